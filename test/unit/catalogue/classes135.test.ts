import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 133, checked with other words than that set's.

describe('classes of blind set 133 (second round)', () => {
  it('reads inseminating cows as the veterinary technician, the inseminator', () => {
    expect(first('reiser rundt på gårdene og inseminerer kuer')).toBe('3240');
  });

  it('reads a title after a long description of tasks', () => {
    expect(first('ordner timebøker, tar telefonen, sender innkallinger og arkiverer papirer for legene, helsesekretær')).toBe('3256');
  });

  it('still reads the tasks when the words after the sixth are no title', () => {
    expect(first('jobbar i heisen i Hemsedal skisenter, skannar heiskort og hjelpe ungar uppi stolheisen')).toBe('8343');
  });
});

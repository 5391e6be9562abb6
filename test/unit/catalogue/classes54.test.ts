import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 54, checked with other words than that set's.

describe('classes of blind set 54', () => {
  it('reads cleaning classrooms and corridors at a school as the cleaner, not the teacher', () => {
    expect(first('vasker korridorer på barneskolen')).toBe('9112');
  });
  it('reads fluoride and cleaning of children’s teeth in the public dental service as the dental hygienist', () => {
    expect(first('gir fluor til barn på tannklinikken')).toBe('3251');
  });
  it('reads keeping old photos in an archive as the archivist, and putting papers in order for lawyers as the legal secretary', () => {
    expect(first('tek vare på gamle foto i byarkivet')).toBe('2621');
    expect(first('skriver brev og ordner arkiv for advokatene')).not.toBe('2621');
  });
});

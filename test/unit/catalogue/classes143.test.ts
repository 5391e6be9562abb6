import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 141, checked with other words than that set's.

describe('classes of blind set 141', () => {
  it('reads a reflexive verb («tar seg av») as another verb than «ta»: what follows names the work', () => {
    expect(['5311', '5312']).toContain(first('tek seg av borna på skulen'));
  });

  it('counts a light verb with only where it is done for nothing', () => {
    // «ta» beside «barn», the dental hygienist's place (ta: tannrens … ~barn), is no fluoride given.
    expect(first('tar med barna på tur')).not.toBe('3251');
    expect(first('gir fluor til barna på tannklinikken')).toBe('3251');
  });

  it('reads a compound whose first part is a title as that title, not as a shorter object inside it', () => {
    expect(first('vaktmeisterarbeid')).toBe('5153');
  });

  it('reads the English «coach» alone as the sports coach', () => {
    expect(first('coach')).toBe('3422');
  });
});

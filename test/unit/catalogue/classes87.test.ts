import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 86, checked with other words than that set's.

describe('classes of blind set 86', () => {
  it('reads the department named by what is done there as that work', () => {
    expect(first('jobbet i vaskingen på hotellet')).toBe('9112');
    expect(first('står på sorteringa på Posten-terminalen')).toBe('4412');
  });

  it('reads having one’s own shop as owning it', () => {
    expect(first('han har egen butikk på hjørnet')).toBe('5221');
  });

  it('keeps the fisher who has his own boat', () => {
    expect(first('fiskar, har eigen båt')).toBe('6222');
  });
});

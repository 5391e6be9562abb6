import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 239 (a restaurant and catering group among them), checked with other words than that
// set's: the kitchen's French and the bar's English titles.

describe('classes of blind set 239', () => {
  it("reads the catering group's French and English titles", () => {
    expect(first('plongeur på restauranten')).toBe('9412');
    expect(first('barback i helgene')).toBe('5132');
  });
});

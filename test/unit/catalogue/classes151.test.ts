import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 151, checked with other words than that set's.

describe('classes of blind set 151', () => {
  it('reads a short word with two typos when nothing else is found, never an empty list', () => {
    expect(first('frsiørr')).toBe('5141');
  });

  it('still finds nothing for letters that are no word at all', () => {
    expect(top('xyzzq')).toEqual([]);
    expect(top('abcdef ghijkl')).toEqual([]);
  });

  it('knows the shopkeeper and the mess girl', () => {
    expect(first('shopkeeper')).toBe('5221');
    expect(first('messejente på hurtigbåten')).toBe('5111');
  });
});

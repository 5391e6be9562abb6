import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 206, checked with other words than that set's: the process industry in Grenland.

describe('classes of blind set 206', () => {
  it('reads an English title of three words before other words by its Norwegian compound', () => {
    expect(first('control room operator på Herøya')).toBe('3133');
    expect(first('control room operator offshore')).toBe('3134');
  });
  it('reads field rounds at a nitric acid plant as the chemical process operator’s', () => {
    expect(first('tar feltrunder på salpetersyreanlegget')).toBe('8131');
    expect(first('går feltrunder på salpetersyrefabrikken')).toBe('8131');
  });
});

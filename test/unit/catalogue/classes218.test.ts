import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The class of blind set 218 (a food producer among them), checked with other words than that set's: the food
// technologist, by title and by developing recipes.

describe('classes of blind set 218', () => {
  it('reads the food technologist by title and by the recipes developed', () => {
    expect(first('matteknolog på meieriet')).toBe('2145');
    expect(first('utvikler nye oppskrifter på meieriet')).toBe('2145');
  });
  it('leaves cooking with the cooks', () => {
    expect(first('lager mat på kjøkkenet')).not.toBe('2145');
  });
});

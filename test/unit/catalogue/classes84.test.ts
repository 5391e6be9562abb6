import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 83, checked with other words than that set's.

describe('classes of blind set 83', () => {
  it('knows the English titles of the assembly line, the drawing office and the restaurant', () => {
    expect(first('CAD-operatør')).toBe('3118');
    expect(first('food & beverage manager på hotellet')).toBe('1412');
  });

  it('reads the gunsmith and the measuring room', () => {
    expect(first('reparerer rifler og hagler')).toBe('7222');
    expect(first('kontrollerer maskindeler i målerommet')).toBe('7543');
  });
});

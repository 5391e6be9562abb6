import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The class of blind set 231 (a railway operator among them), checked with other words than that set's: the train
// workshop's bogies, wheels and brakes, the wagon inspector and the shunting locomotive.

describe('classes of blind set 231', () => {
  it("reads the train workshop's mechanics and the shunting locomotive", () => {
    expect(first('skifter boggier på togsettene')).toBe('7233');
    expect(first('bytter bremser på lokomotivet')).toBe('7233');
    expect(first('vognvisitør')).toBe('7233');
    expect(first('kjører skiftelok')).toBe('8312');
  });
  it("leaves a car's brakes with the car mechanic", () => {
    expect(first('bytter bremser på bilen')).toBe('7231');
  });
});

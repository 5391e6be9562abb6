import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 76, checked with other words than that set's.

describe('classes of blind set 76', () => {
  it('knows drivers by their licence class', () => {
    expect(first('C1-sjåfør')).toBe('8332');
    expect(first('D-sjåfør')).toBe('8331');
  });

  it('reads the lab, the hangar and the tyre hotel told as tasks', () => {
    expect(first('kjører analysene på laboratoriet')).toBe('3212');
    expect(first('skrur på helikoptre i hangaren')).toBe('7232');
    expect(first('jobber på dekkhotell')).toBe('7231');
  });
});

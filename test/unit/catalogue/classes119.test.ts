import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 118, checked with other words than that set's.

describe('classes of blind set 118', () => {
  it('reads selling lift passes as the ticket seller', () => {
    expect(first('sel liftkort på skisenteret')).toBe('5230');
  });
  it('reads a nynorsk estate agent title', () => {
    expect(first('eigedomsmeklar på Voss')).toBe('3334');
  });
  it('reads selling holiday homes as the estate agent', () => {
    expect(first('sel fritidsbustader på fjellet')).toBe('3334');
  });
  it('reads an English technical writer title', () => {
    expect(first('technical writer for an oil company')).toBe('2641');
  });
  it('reads owning an immigrant shop as the shopkeeper', () => {
    expect(first('driver egen innvandrarbutikk på Grønland')).toBe('5221');
  });
});

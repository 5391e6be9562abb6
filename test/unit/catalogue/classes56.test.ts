import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 56, checked with other words than that set's.

describe('classes of blind set 56', () => {
  it('reads construction engineering told as tasks: setting out, dimensioning, calculating bids', () => {
    expect(first('stikker ut veilinja med GPS')).toBe('2165');
    expect(first('dimensjonerer stålkonstruksjoner')).toBe('2142');
    expect(first('kalkulerer anbud for entreprenøren')).toBe('3112');
  });
  it('reads casting hollow-core slabs at a precast plant as concrete products, and knows the pipefitter and «sjukebilsjåfør»', () => {
    expect(first('støper hulldekker på elementfabrikken')).toBe('8114');
    expect(first('pipefitter')).toBe('7126');
    expect(first('sjukebilsjåfør')).toBe('3258');
  });
});

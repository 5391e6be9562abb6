import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 224 (a bank and insurance group among them), checked with other words than that set's:
// the actuary's premiums and reserves, the analyst's risk models and credit assessments, collecting from customers in
// arrears, and the heritage officer by title.

describe('classes of blind set 224', () => {
  it('reads premiums calculated in insurance as the actuary, other calculations where they were', () => {
    expect(first('beregner premier for skadeforsikring')).toBe('2120');
    expect(first('beregner lønn')).not.toBe('2120');
  });
  it('reads risk models and credit assessment in a bank as the financial analyst', () => {
    expect(first('utvikler risikomodeller for banken')).toBe('2413');
    expect(first('kredittvurderer lånesøknader i banken')).toBe('2413');
  });
  it('reads following up customers in arrears as debt collection', () => {
    expect(first('følger opp kunder med mislighold på lånet')).toBe('4214');
  });
  it('reads the county heritage officer as an archivist or curator', () => {
    expect(first('fylkesantikvar')).toBe('2621');
  });
});

import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 208, checked with other words than that set's: a bank and insurance group, boat services,
// old building trades.

describe('classes of blind set 208', () => {
  it('reads insurance, risk and claims titles and the old «assurandør»', () => {
    expect(first('underwriter i skadeforsikring')).toBe('3321');
    expect(first('assurandør')).toBe('3321');
    expect(first('claims adjuster')).toBe('3315');
    expect(first('risikodirektør i banken')).toBe('1211');
  });
  it('reads money-laundering checks, compliance with the rules, and running a bank office', () => {
    expect(first('overvåker transaksjoner i banken for antihvitvask')).toBe('2619');
    expect(first('kontrollerer at banken følger regelverket fra Finanstilsynet')).toBe('2619');
    expect(first('leiar bankkontoret på Lillehammer')).toBe('1346');
  });
  it('reads marketing print design, databases administered, boat wiring and log building as their trades', () => {
    expect(first('lager brosjyrer og annonser i markedsavdelingen')).toBe('2166');
    expect(first('administrerer databaser for kommunen')).toBe('2521');
    expect(first('legger om elanlegg i båter på marinaen')).toBe('7411');
    expect(first('laftesnekker')).toBe('7115');
  });
});

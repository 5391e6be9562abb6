import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 276 (a fastlege in Groruddalen, a Nav-veileder with the oil-service industry and a nynorsk
// Nav-veileder in Hardanger among its writers), checked with other words than that set's: English cleaning titles, the
// ROV pilot, quay workers in nynorsk, plasterboard walls, pipe isometrics, shackling loads, helping in a workshop and
// running power production.

describe('classes of blind set 276', () => {
  it('reads English window cleaning, the ROV pilot and the quay worker in nynorsk', () => {
    expect(first('window washer')).toBe('9123');
    expect(first('ROV pilot offshore')).toBe('3139');
    expect(first('hamnearbeidar')).toBe('9333');
  });

  it('reads plasterboard walls, pipe isometrics and shackling as the trades that do them', () => {
    expect(first('setter opp gipsvegger på kontoret')).toBe('7123');
    expect(first('lager rørisometrier i PDMS')).toBe('3118');
    expect(first('sjakla og rigga på verftet')).toBe('7215');
  });

  it('reads helping in a workshop and running power production', () => {
    expect(first('rydder og feier på verkstedet')).toBe('9329');
    expect(first('styrer kraftproduksjonen')).toBe('3131');
    // Repairing cars in a workshop is the mechanic's.
    expect(first('reparerer biler på verkstedet')).toBe('7231');
  });
});

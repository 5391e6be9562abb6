import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 241 (a car dealer and workshop chain among them), checked with other words than that set's:
// the chain's own titles, what its office and stores staff do, and car sales in nynorsk.

describe('classes of blind set 241', () => {
  it("reads a car chain's titles", () => {
    expect(first('verkstedsjef på bilverkstedet')).toBe('3122');
    expect(first('servicerådgiver verksted')).toBe('4226');
    expect(first('delekonsulent hos bilforhandleren')).toBe('4321');
    expect(first('garantimedarbeider')).toBe('4110');
    expect(first('leasingrådgiver hos bilforhandler')).toBe('3312');
  });

  it('reads what its office, store and workshop staff do', () => {
    expect(first('behandler garantisaker for importøren')).toBe('4110');
    expect(first('henter hjulsettene på dekkhotellet')).toBe('4321');
    expect(first('reparerer batteriet på elbiler')).toBe('7231');
    expect(first('har ansvaret for lønna og timelistene')).toBe('4313');
    expect(first('kjørte biltransporteren for importøren')).toBe('8332');
  });

  it('reads selling cars in nynorsk as sales', () => {
    expect(first('seljar bruktbilar')).toBe('5223');
  });
});

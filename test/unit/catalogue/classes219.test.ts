import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The class of blind set 219 (a hospital trust's procurement among them), checked with other words than that
// set's: managing purchasing sits with supply and logistics managers (ISCO-08 1324, Nav's «Logistikk, lagerarbeid
// og innkjøp»), not with general administration.

describe('classes of blind set 219', () => {
  it('reads the purchasing manager by title, in English and by the department led', () => {
    expect(first('innkjøpsleder i kommunen')).toBe('1324');
    expect(first('procurement manager')).toBe('1324');
    expect(first('leder innkjøpsavdelingen på sykehuset')).toBe('1324');
  });
  it('leaves the buyer who is no manager with the buyers, and the office manager with administration', () => {
    expect(first('innkjøper')).toBe('3323');
    expect(first('administrasjonssjef')).toBe('1219');
  });
});

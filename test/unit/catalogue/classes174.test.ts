import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 174, checked with other words than that set's: a university's own staff, and verbs with
// «om» after them.

describe('classes of blind set 174', () => {
  it("reads a university's library searches, faculty case work, web news and rebuilding carpentry by what is done", () => {
    expect(first('lærer opp studentene i litteratursøk')).toBe('2622');
    expect(first('saksbehandler søknader på instituttet')).toBe('2422');
    expect(first('skriver nyhetssaker til intranettet')).toBe('2432');
    expect(first('bygger om laber på universitetet')).toBe('7115');
    expect(first('seksjonssjef økonomi i kommunen')).toBe('1211');
    // Making web pages stays the web developer's.
    expect(first('lager nettsider for små bedrifter')).toBe('2513');
  });

  it('joins «om» to the verbs listed with it, and reads the word after a particle as its object', () => {
    expect(first('legger om sår')).toBe('2223');
    expect(first('legger om sårene på sykehjemmet')).toBe('2223');
    expect(first('bygger om kontorer')).toBe('7115');
    expect(first('tar imot last og surrer på dekket til en supplybåt')).toBe('8350');
  });
});

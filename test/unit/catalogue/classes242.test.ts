import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 242 (a waste management and recycling company among them), checked with other words than
// that set's: the baling press, the weighbridge, routes for refuse trucks, dismantling, the biogas plant and the
// company's titles.

describe('classes of blind set 242', () => {
  it('reads the work at a recycling plant', () => {
    expect(first('kjører ballepressa på gjenvinningsanlegget')).toBe('8189');
    expect(first('skriver veiesedler i vektbua')).toBe('4321');
    expect(first('planlegger kjøreruter for søppelbilene')).toBe('4323');
    expect(first('demonterer hvitevarer til gjenvinning')).toBe('9612');
    expect(first('passer råtnetanken på biogassanlegget')).toBe('3132');
  });

  it("reads the recycling company's titles", () => {
    expect(first('daglig leder renovasjonsselskap')).toBe('1120');
    expect(first('leder gjenvinningsstasjonen')).toBe('3122');
    expect(first('bærekraftsrådgiver')).toBe('2133');
  });

  it('reads keeping the machines running at a factory as the mechanic', () => {
    expect(first('holder maskinparken i gang på fabrikken')).toBe('7233');
  });
});

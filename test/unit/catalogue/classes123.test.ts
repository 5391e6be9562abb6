import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 122, checked with other words than that set's.

describe('classes of blind set 122', () => {
  it('reads grinding limestone at the works as the mineral processing operator', () => {
    expect(first('maler kalkstein på kalkverket i Verdal')).toBe('8112');
  });
  it('reads writing decisions on appeals as the public administration adviser', () => {
    expect(first('skriv vedtak i klagesaker')).toBe('2422');
  });
  it('reads a festival manager title', () => {
    expect(first('festivalleder for Trænafestivalen')).toBe('1431');
  });
  it('reads an English fish factory worker title', () => {
    expect(first('fish factory worker in Båtsfjord')).toBe('8160');
  });
});

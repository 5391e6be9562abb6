import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 167, checked with other words than that set's: a transport group's trades.

describe('classes of blind set 167', () => {
  it('reads the depot, the dispatch and the station counter of public transport', () => {
    expect(first('reparerer trikker i vognhallen')).toBe('7231');
    expect(first('sender ut bilene og legger opp kjøreruter')).toBe('4323');
    expect(first('kundeveileder Vy')).toBe('4225');
    expect(first('leder godsterminalen')).toBe('1324');
    // A train driver stays one: «togfører» is the driver to most writers.
    expect(first('togfører')).toBe('8311');
  });

  it('reads rail signalling, airport screening and a paint booth by what is done', () => {
    expect(first('feilsøker signalanlegg på jernbanen')).toBe('7421');
    expect(first('binder armering på nybygget')).toBe('7114');
    expect(first('vilkiko vairuotojas')).toBe('8332');
    // Baggage at the airport without the screening is the ground crew's.
    expect(first('jobber på flyplassen med bagasje')).toBe('9333');
  });
});

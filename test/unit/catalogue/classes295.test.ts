import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 295 (a Nav-veileder in Lofoten, an occupational therapist at a rehabilitation centre and a
// Nav-veileder in Groruddalen among its writers), checked with other words than that set's: «doktor» in everyday speech
// is the physician, not the doctoral candidate. (The set's «ansvar for drift av servere» read as leading is not fixed:
// «ansvar for vedlikehold av kirkebyggene» is the property manager, and no sign in the words tells the two apart.)

describe('classes of blind set 295', () => {
  it('reads «doktor» as the physician', () => {
    expect(first('jobbet som doktor i Irak')).toBe('2211');
    expect(first('doktoren på legekontoret')).toBe('2211');
  });

  it('still reads a doctorate as the university', () => {
    expect(first('postdoktor i biologi')).toBe('2310');
    expect(first('doktorgradsstipendiat i fysikk')).toBe('2310');
  });
});

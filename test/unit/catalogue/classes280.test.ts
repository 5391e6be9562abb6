import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 280 (a Nav-veileder in Fredrikstad and Sarpsborg, an occupational therapist and a nynorsk
// Nav-veileder in Sogndal among its writers), checked with other words than that set's: scrap metal and a titanium
// pigment plant. (Picking cherries for a fruit farmer in nynorsk, the set's third class, other phrasings already read.)

describe('classes of blind set 280', () => {
  it('reads scrap metal as recycling and a titanium pigment plant as the chemical industry', () => {
    expect(first('kutter opp skrapjern')).toBe('9612');
    expect(first('jobbet på skraphandelen i mange år')).toBe('9612');
    expect(first('skiftarbeid i titanfabrikken')).toBe('8131');
    // Shift work at the sawmill stays with the sawmill.
    expect(first('skiftarbeid på sagbruket')).toBe('8172');
  });
});

import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 275 (a Nav-veileder at Nav Kongsvinger and a construction contractor's HR adviser among
// its writers), checked with other words than that set's: Swedish shop titles, the sawmill foreman, rock support in
// tunnels and following up apprentices.

describe('classes of blind set 275', () => {
  it('reads the Swedish shop manager and the sawmill foreman', () => {
    expect(first('butikschef')).toBe('1420');
    expect(first('sagformann')).toBe('3122');
    // An apprentice at the sawmill works there, not as its foreman.
    expect(first('lærling på sagbruket')).toBe('8172');
  });

  it('reads assessing rock support as geology and following up apprentices as training', () => {
    expect(first('kartlegger bergmassen og sikringsbehovet i tunnelen')).toBe('2114');
    expect(first('følger opp lærlingene i bedriften')).toBe('2424');
  });
});

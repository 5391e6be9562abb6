import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 82, checked with other words than that set's.

describe('classes of blind set 82', () => {
  it('puts the overhead crane before the plant it runs in, and steers the ferry spelt with g', () => {
    expect(first('kjører traversen i støpehallen på stålverket')).toBe('8343');
    expect(first('fører ferga mellom Moss og Horten')).toBe('3152');
  });

  it('knows antifouling, the ice-cream kiosk and the potroom in English', () => {
    expect(first('smører bunnstoff på seilbåter i båthavna')).toBe('7132');
    expect(first('selger softis i iskiosken')).toBe('5246');
    expect(first('potroom worker på Hydro')).toBe('8121');
  });
});

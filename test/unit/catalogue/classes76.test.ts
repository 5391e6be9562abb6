import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 75, checked with other words than that set's.

describe('classes of blind set 75', () => {
  it('reads research, freight booking and weapons assembly told as tasks', () => {
    expect(first('forsker på fiskesykdommer i oppdrettsfisk')).toBe('2131');
    expect(first('booker containerplass for rederiet')).toBe('3331');
    expect(first('setter sammen våpensystemer på fabrikken')).toBe('8211');
  });

  it('reads English titles narrowed by the field beside them', () => {
    expect(first('front office agent')).toBe('4224');
    expect(first('reparerer propellanlegg på verftet')).toBe('7233');
  });
});

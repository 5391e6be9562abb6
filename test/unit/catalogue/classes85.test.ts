import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 84, checked with other words than that set's.

describe('classes of blind set 84', () => {
  it('reads the press in a factory and the fish feed plant', () => {
    expect(first('legger emner inn i pressa på fabrikken')).toBe('7223');
    expect(first('jobber på fôrfabrikken til laksen')).toBe('8160');
  });

  it('knows crew planning at a shipping company', () => {
    expect(first('setter opp mannskapsplaner i rederiet')).toBe('4416');
  });
});

import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 137, checked with other words than that set's.

describe('classes of blind set 137', () => {
  it('reads a rotation («to veker på og to av») as when, not as words of a title', () => {
    expect(first('jobbar på ferja, to veker på og to av')).toBe('8350');
    expect(first('går på fôrflåten, seks dager på og åtte av')).toBe('6221');
  });

  it('reads keeping personnel files as the personnel clerk', () => {
    expect(first('arkiverer personalmappene og arbeidskontrakter')).toBe('4416');
  });

  it('reads carrying the internal mail between buildings as the messenger', () => {
    expect(first('bærer internpost mellom byggene på campus')).toBe('9621');
  });
});

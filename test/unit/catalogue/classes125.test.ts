import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 124, checked with other words than that set's.

describe('classes of blind set 124', () => {
  it('reads sorting the papers for vessels at the quay as the shipping agent', () => {
    expect(first('ordner papirene for fartøy som kommer til kai i Kirkenes')).toBe('3331');
  });
  it('reads checking access cards at the gate as the security guard', () => {
    expect(first('sjekker adgangskort og passer porten på fabrikken')).toBe('5414');
  });
  it('reads an English welding inspector title', () => {
    expect(first('welding inspector offshore')).toBe('3119');
  });
});

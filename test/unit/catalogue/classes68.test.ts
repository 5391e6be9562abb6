import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 68, checked with other words than that set's.

describe('classes of blind set 68', () => {
  it('finds hospital jobs told as tasks: the social worker, the plumber, the messenger, the chaplain', () => {
    expect(first('hjelper pasientene med boligsøknad og Nav før de skrives ut')).toBe('2635');
    expect(first('skifter rør og tetter lekkasjer i kjelleren')).toBe('7126');
    expect(first('kjører internpost mellom avdelingene')).toBe('9621');
    expect(first('holder minnestund på sykehuset')).toBe('2636');
    // Driving for the post office is still the post.
    expect(first('kjører for posten')).not.toBe('9621');
  });
  it('finds filling explosives as chemical process work, and brakes on the line as assembly', () => {
    expect(first('fyller sprengstoff i granater')).toBe('8131');
    expect(first('monterer bremser på linja i fabrikken')).toBe('8211');
  });
});

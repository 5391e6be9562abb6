import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 191, checked with other words than that set's: a lighting factory and a retail chain's
// marketing.

describe('classes of blind set 191', () => {
  it('reads assembling light fittings as electrical assembly and the offer leaflets as marketing', () => {
    expect(first('setter sammen lamper på fabrikken')).toBe('8212');
    expect(first('lager tilbudsavisa og driver kundeklubben')).toBe('2431');
  });
});

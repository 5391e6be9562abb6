import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 269 (an HR adviser at a regional airport operator among its writers), checked with other
// words than that set's: the airport's own vehicles, cabin cleaning, load lists, aircraft engineers, the safety demo.

describe('classes of blind set 269', () => {
  it('reads the airport’s own vehicles: the pushback tractor and the crash tender', () => {
    expect(first('kjører pushbacktraktor på Gardermoen')).toBe('8344');
    expect(first('kjører krasjtender på flyplassen i Bodø')).toBe('5411');
    expect(first('pakker mattraller til flyene hos Gate Gourmet')).not.toBe('8344');
  });

  it('reads cabin cleaning, load lists, aircraft engineers and the safety demo', () => {
    expect(first('vasker setelommer og kabinen på flyene')).toBe('9112');
    expect(first('lager lasteliste til hver avgang')).toBe('4323');
    expect(first('aircraft engineer hos Widerøe')).toBe('7232');
    expect(first('viser sikkerhetsdemoen før avgang')).toBe('5111');
  });
});

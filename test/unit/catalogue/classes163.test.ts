import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 163, checked with other words than that set's.

describe('classes of blind set 163', () => {
  it('reads tunnel face work, a Slavic loan word and power-line posts as the trades they are', () => {
    expect(first('sprøyter betong på stuffen i tunnelen')).toBe('8111');
    expect(first('shakhter')).toBe('8111');
    expect(first('skifter stolper på linjene for nettselskapet')).toBe('7413');
    // Posts along a road are no power line.
    expect(first('skifter kantstolper langs veiene')).not.toBe('7413');
  });

  it('reads a police office, a kennel and guided dog-sled trips by their place and what is done', () => {
    expect(first('var på lensmannskontoret i mange år')).toBe('3355');
    expect(first('fôrer hundene på hundegården')).toBe('5164');
    expect(first('tar folk med på hundesledetur')).toBe('5113');
  });

  it('reads a project secretary, a BIM coordinator and a road-work helper', () => {
    expect(first('prosjektsekretær')).toBe('3343');
    expect(first('BIM coordinator')).toBe('3118');
    expect(first('hjelpemann på anlegg')).toBe('9312');
  });
});

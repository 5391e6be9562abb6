import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 293 (a Nav-veileder in Harstad and Kvæfjord, a union representative in Oslo and a fastlege
// on Røros among its writers), checked with other words than that set's: «gamle» before a thing says how old the thing
// is, not that the work is care for the old; and the older words for one who drives a horse.

describe('classes of blind set 293', () => {
  it('reads «gamle» before a thing as the thing, not as caring for the old', () => {
    expect(first('tar vare på gamle klær i museet')).toBe('2621');
  });

  it('still reads «gamle» and «eldre» as people where no thing follows, or a comma or «hjemme» does', () => {
    expect(top('steller gamle på sykehjemmet', 2)).toContain('5321');
    expect(first('handler og støvsuger for eldre, kommunen betaler')).toBe('5322');
    expect(first('hjelper eldre hjemme med dusj')).toBe('5321');
  });

  it('reads a horse driver by the older titles and by what is driven', () => {
    expect(first('hestekusk')).toBe('9331');
    expect(first('kjøyrer hest og slede for turistar')).toBe('9331');
  });
});

import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The class of blind set 223 (a Hamar veileder among them), checked with other words than that set's: a machine named
// by what it does in a clause after it («maskina som pakker») is that machine, and the person minds it.

describe('classes of blind set 223', () => {
  it('reads the machine that packs or bottles as the packing or bottling machine', () => {
    expect(first('passer maskina som pakker fiskefilet')).toBe('8183');
    expect(first('kjører maskinen som tapper brus på bryggeriet')).toBe('8183');
  });
  it('leaves packing by hand with the hand packers', () => {
    expect(first('pakker egg for hånd på pakkeriet')).not.toBe('8183');
  });
});

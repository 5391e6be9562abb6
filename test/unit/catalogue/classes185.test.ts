import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 185, checked with other words than that set's: a quarry, a grocery wholesaler's warehouse
// and its cold stores.

describe('classes of blind set 185', () => {
  it('reads leading the crew in a quarry as the mining supervisor', () => {
    expect(first('leder arbeidslaget i steinbruddet')).toBe('3121');
    // Leading a crew on a building site stays the construction supervisor's.
    expect(first('leder arbeidslaget på byggeplassen')).not.toBe('3121');
  });

  it('reads wrapping pallets, ripening bananas and keeping cold-store compressors running as the trades they are', () => {
    expect(first('plaster inn pallene og setter på etikett')).toBe('9321');
    expect(first('modner bananer på lageret')).toBe('8160');
    expect(first('holder kompressorene på kjølerommet i gang')).toBe('7127');
  });
});

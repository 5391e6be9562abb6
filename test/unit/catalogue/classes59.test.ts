import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 59, checked with other words than that set's.

describe('classes of blind set 59', () => {
  it('reads tapping beer in a bar as bartending, and on bottles or at a brewery as the bottling line', () => {
    expect(first('tapper øl på puben')).toBe('5132');
    expect(first('tapper øl på flasker')).toBe('8183');
    expect(first('tapper øl på bryggeriet')).toBe('8183');
  });
  it('reads fixing robots as the repair mechanic’s work, and a steward offshore as catering, not cabin crew', () => {
    expect(first('fikser roboter på fabrikken')).toBe('7233');
    expect(first('steward offshore')).toBe('9412');
    expect(first('steward på flyet')).toBe('5111');
  });
  it('knows the spray painter typed without æøå', () => {
    expect(first('sproytemaler')).toBe('7132');
    expect(top('sprøytemalar på verkstaden')).toContain('7132');
  });
});

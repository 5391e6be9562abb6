import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 92, checked with other words than that set's.

describe('classes of blind set 92', () => {
  it('puts the older «barnepleier» with the kindergarten and child-care workers, as eight of nine writers label it', () => {
    expect(first('barnepleiar')).toBe('5311');
    // …and a neonatal unit still names the health-care assistant.
    expect(top('barnepleier på nyfødtavdelingen')).toContain('5321');
  });
});

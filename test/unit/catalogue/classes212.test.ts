import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The class of blind set 212, checked with other words than that set's: booking rooms is the hotel front desk's
// work only where the rooms are a hotel's; a meeting room at the office stays the office clerk's.

describe('classes of blind set 212', () => {
  it('reads booking hotel rooms for guests as the hotel receptionist’s', () => {
    expect(first('booker rom til gjestene')).toBe('4224');
    expect(first('reserverer hotellrom for kundene')).toBe('4224');
  });
  it('leaves booking a meeting room with the office', () => {
    expect(first('booker møterom på kontoret')).not.toBe('4224');
  });
});

import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 298 (a Nav-veileder in Mo i Rana and Mosjøen, an HR adviser in an Oslo city district and a
// fastlege on Stord among its writers), checked with other words than that set's: «ped.» is the shorthand of
// «pedagogisk» as «ass.» is of «assistent»; a city district's director is a top leader in public administration, as the
// municipality's is; «skolebetjent» is the school caretaker's older title.

describe('classes of blind set 298', () => {
  it('reads «ped.» as «pedagogisk»', () => {
    expect(first('ped. leder på småbarnsavdelingen')).toBe('2342');
  });

  it('reads the older and official titles of the set', () => {
    expect(first('skulebetjent')).toBe('5153');
    expect(first('bydelsdirektør i Oslo kommune')).toBe('1112');
  });

  it('still reads a prison officer as a prison officer', () => {
    expect(first('betjent i fengselet')).toBe('5413');
  });
});

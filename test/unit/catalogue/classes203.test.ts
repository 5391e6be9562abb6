import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 203, checked with other words than that set's: a municipality's technical and cultural
// services, an aerospace workshop and a woodcarver.

describe('classes of blind set 203', () => {
  it('reads fire inspections, booking artists and running a swimming hall as their trades', () => {
    expect(first('driver branntilsyn i kommunen')).toBe('3119');
    expect(first('booker band til festivalen')).toBe('3332');
    expect(top('leder svømmehallen i kommunen', 3)).toContain('1431');
    expect(first('rodemeister på veien')).toBe('3123');
  });
  it('reads jet engines, a CNC machinist and carved chairs', () => {
    expect(first('overhaler jetmotorer i hangaren')).toBe('7232');
    expect(first('CNC machinist')).toBe('7223');
    expect(first('skjærer ut kubbestoler')).toBe('7317');
    // Repairing wagons in a workshop stays a mechanic's, not an aircraft mechanic's.
    expect(top('reparerer lok og vogner på verkstedet', 3)).not.toContain('7232');
  });
});

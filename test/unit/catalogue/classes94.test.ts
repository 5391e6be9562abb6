import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 93, checked with other words than that set's.

describe('classes of blind set 93', () => {
  it('reads leading a welding or assembly crew as the production supervisor, not a squad of soldiers', () => {
    expect(first('leder sveiselaget på verkstedet')).toBe('3122');
    expect(first('leiar monteringslaget på fabrikken')).toBe('3122');
  });
  it('reads handing out badges at a conference as the receptionist', () => {
    expect(first('deler ut adgangskort til deltakerne på konferansen')).toBe('4226');
  });
  it('knows the piping engineer as a mechanical engineer', () => {
    expect(first('piping-ingeniør')).toBe('2144');
  });
});

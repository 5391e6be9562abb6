import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 158, checked with other words than that set's.

describe('classes of blind set 158', () => {
  it('reads packing finished furniture by hand as the hand packer, not the packing-machine operator', () => {
    expect(first('pakket sofaer i kartonger på fabrikken')).toBe('9321');
  });

  it('reads a machine making bolts and nuts as the machine-tool operator', () => {
    expect(first('passer maskinene som lager muttere og bolter')).toBe('7223');
  });

  it('knows the manager of a building firm and the railway signal fitter', () => {
    expect(first('daglig leder byggefirma')).toBe('1323');
    expect(first('signalmontør på jernbanen')).toBe('7412');
  });

  it('reads the alarm centre, the caretaker’s small repairs and emptying parking meters', () => {
    expect(first('jobber på alarmsentralen og overvåker kameraene')).toBe('5414');
    expect(first('gjør småreparasjoner i borettslaget')).toBe('5153');
    expect(first('tømte parkeringsautomatene i sentrum')).toBe('9623');
  });
});

import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 180, checked with other words than that set's: a contractor's site titles and night
// cleaning of production.

describe('classes of blind set 180', () => {
  it("reads leading the shift on a tunnel or site as the site supervisor's, in a workshop hall as industry's", () => {
    expect(first('fordeler gjengen på tunnelanlegget')).toBe('3123');
    expect(first('leder skiftet i verkstedhallen')).toBe('3122');
    expect(first('grunnarbeidar')).toBe('9312');
  });

  it('reads washing down production at a slaughterhouse or dairy as cleaning', () => {
    expect(first('rengjør produksjonen på meieriet')).toBe('9112');
    expect(first('vasker produksjonen på fabrikken om natta')).toBe('9112');
  });
});

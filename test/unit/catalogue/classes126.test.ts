import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 125, checked with other words than that set's.

describe('classes of blind set 125', () => {
  it('reads an English reefer title as the refrigeration mechanic', () => {
    expect(first('reefer-tekniker i havna')).toBe('7127');
    expect(first('refrigeration technician')).toBe('7127');
  });
  it('reads the edge bander at a furniture plant as the cabinet-maker group', () => {
    expect(first('jobber ved kantlimeren på kjøkkenfabrikken')).toBe('7522');
  });
  it('reads laying glass fibre in moulds as the plastics operator', () => {
    expect(first('legger glassfibermatter i formene på en båtfabrikk')).toBe('8142');
  });
  it('reads driving the work boat and changing nets at a fish farm as aquaculture', () => {
    expect(first('skifter nøter på merdanlegget')).toBe('6221');
    expect(first('køyrer arbeidsbåten på oppdrettsanlegget')).toBe('6221');
  });
  it('keeps driving a lorry with the dialect verb as the lorry driver', () => {
    expect(first('kjøyrer tømmerbil')).toBe('8332');
  });
});

import { describe, expect, it } from 'vitest';
import { has, severity } from './_test-utils.ts';

describe('no-reasons: a conclusion without its reasons', () => {
  it('flags a bare legal conclusion in the AEV', () => {
    expect(severity('Arbeidsevnen er nedsatt med minst 50 %.', 'no-reasons', 'aev.vurdering')).toBe('warning');
    expect(has('Vilkårene i § 11-5 er oppfylt. Spesielt tilpasset innsats.', 'no-reasons', 'aev.begrunnelse')).toBe(true);
    expect(has('Spesielt tilpasset innsats.', 'no-reasons', 'aev.innsatsbehov')).toBe(true);
  });
  it('accepts a conclusion that rests on function', () => {
    const t = 'Arbeidsevnen er nedsatt med minst 50 % fordi hun bare tåler 4 timer lett arbeid per dag og ikke kan løfte over 5 kg.';
    expect(has(t, 'no-reasons', 'aev.vurdering')).toBe(false);
  });
  it('is not asked of the doctor', () => {
    expect(has('Arbeidsevnen er nedsatt.', 'no-reasons', 'l40.5.1')).toBe(false);
  });
  it('does not take «før hun kan jobbe igjen» for a reason: being able to work is the conclusion again', () => {
    const t = 'Bruker har redusert arbeidsevne pga helse. Hun har fått god behandling. Vi mener hun trenger mer tid før hun kan jobbe igjen.';
    expect(has(t, 'no-reasons', 'aev.vurdering')).toBe(true);
    expect(has('Standard innsats. Ortoped har friskmeldt uten restriksjoner.', 'no-reasons', 'aev.innsatsbehov')).toBe(false);
  });
});

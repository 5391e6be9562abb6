import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 257 (a technical building services company among them), checked with other words than that
// set's: fire alarms and emergency lights, inspecting electrical installations, dispatching technicians, selling service
// contracts, lift service rounds, and the company's titles.

describe('classes of blind set 257', () => {
  it('reads the work of a technical building services company', () => {
    expect(first('installerer røykvarslere og nødlysanlegg i skoler')).toBe('7411');
    expect(first('driver med termografering av tavler')).toBe('3113');
    expect(first('fordeler serviceoppdragene på teknikerne')).toBe('4110');
    expect(first('selger vedlikeholdsavtaler til næringsbygg')).toBe('3322');
    expect(first('går serviceruter på heisene i sentrum')).toBe('7412');
    expect(first('montasjeleder')).toBe('3123');
    expect(first('energirådgivar')).toBe('3119');
    expect(first('blekkenslager')).toBe('7213');
    expect(first('regnskapsdame på kontoret')).toBe('4311');
  });

  it('keeps the postman and ventilation fitters where they were', () => {
    expect(first('går med posten i boligfeltet')).toBe('4412');
    expect(first('henger opp ventilasjonskanaler i nybygg')).not.toBe('1323');
  });
});

import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 287 (a Nav-veileder at Nav Kongsvinger and Eidskog, an occupational therapist in Drammen and
// a student health service fastlege in Bergen among its writers), checked with other words than that set's.

describe('classes of blind set 287', () => {
  it('reads assembling machines at a factory as the assembler, not the mechanic who repairs them', () => {
    expect(first('skrur sammen gravemaskiner på fabrikken')).toBe('8211');
    expect(first('reparerer gravemaskiner på verkstedet')).not.toBe('8211');
  });

  it('reads a smallholding with sheep as the livestock farmer', () => {
    expect(first('driver et småbruk med søyer og lam')).toBe('6121');
  });

  it('reads pipetting in a lab as the lab technician', () => {
    expect(first('pipetterer prøver på laben')).toBe('3141');
  });

  it('reads giving private lessons as the other teachers', () => {
    expect(first('gir privattimer til elever')).toBe('2359');
  });
});

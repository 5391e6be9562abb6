import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 226 (a process plant's engineering and maintenance department among them), checked with
// other words than that set's: condition monitoring, weld testing, the high-voltage plant, safe-job analyses, discharge
// reporting, hearing tests in occupational health, the chemical-process apprentice and the reliability engineer.

describe('classes of blind set 226', () => {
  it('reads maintenance and testing work in a plant', () => {
    expect(first('gjør vibrasjonsanalyse på kompressorene')).toBe('3115');
    expect(first('tar ultralyd av sveisene på rørene')).toBe('7543');
    expect(first('ansvar for transformatorene på anlegget')).toBe('3113');
    expect(first('reliability engineer på fabrikken')).toBe('2144');
  });
  it('reads HSE, environment and occupational health in a plant', () => {
    expect(first('skriver SJA og følger opp avvik i HMS-systemet')).toBe('2263');
    expect(first('rapporterer utslipp til Miljødirektoratet')).toBe('2133');
    expect(first('tar hørselstester i bedriftshelsetjenesten')).toBe('2223');
  });
  it('reads the chemical-process apprentice', () => {
    expect(first('lærling i kjemiprosessfaget')).toBe('8131');
  });
});

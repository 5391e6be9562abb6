import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 273 (an HR adviser in a municipality and a fastlege in Ålesund among its writers), checked
// with other words than that set's: running a youth club, following up people with addictions and deciding their
// cases, the managing director of a trading firm, and the fish worker's old title.

describe('classes of blind set 273', () => {
  it('reads running a youth club as youth work and deciding addiction cases as social work', () => {
    expect(first('har ansvaret for ungdomsklubben i bydelen')).toBe('3412');
    expect(first('følger opp rusavhengige og skriver vedtak')).toBe('2635');
    expect(first('leder økonomiavdelingen')).toBe('1211');
  });

  it('reads the managing director of an export firm as a trade manager and the fish worker as food production', () => {
    expect(first('daglig leder i et eksportfirma')).toBe('1420');
    expect(first('fiskearbeider')).toBe('8160');
    expect(first('fisker på sjarken')).not.toBe('8160');
  });
});

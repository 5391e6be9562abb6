import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 71, checked with other words than that set's.

describe('classes of blind set 71', () => {
  it('knows the county governor by its older titles, and nynorsk «-gjevar» as «-giver»', () => {
    expect(first('sysselmester')).toBe('1112');
    expect(first('fylkesmann')).toBe('1112');
    expect(first('rådgjevar i kommunen')).toBe('2422');
  });

  it('reads the ore harbour: the ship loader and the conveyor belts from the control room', () => {
    expect(first('kjører shiploaderen på kaia')).toBe('8343');
    expect(first('styrer transportbåndene fra kontrollrommet')).toBe('3139');
    // Watching the process from a control room is still the process operators'.
    expect(first('overvaker prosessen i kontrollrommet på raffineriet')).not.toBe('3139');
  });
});

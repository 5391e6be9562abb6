import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 132, checked with other words than that set's.

describe('classes of blind set 132', () => {
  it('reads tapping metal from the furnace as the smelter operator', () => {
    expect(first('tapper ovnene')).toBe('8121');
  });
  it('reads an English «stage manager» as the stage worker group (inspisient)', () => {
    expect(first('stage manager på teateret')).toBe('3439');
  });
  it('reads painting and renovating flats as the painter', () => {
    expect(first('maler og pusser opp bad og rom')).toBe('7131');
  });
  it('reads organising artists and volunteers for a festival as the event planner', () => {
    expect(first('organiserer frivillige og artister til festivalen')).toBe('3332');
  });
});

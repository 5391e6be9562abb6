import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 201, checked with other words than that set's: a hotel and restaurant chain and a supply
// base.

describe('classes of blind set 201', () => {
  it('reads the night audit, rigging a conference hall and the breakfast host as hotel trades', () => {
    expect(first('kjører nattrevisjon på hotellet')).toBe('4224');
    expect(first('rigger konferansesalen før møtene')).toBe('9629');
    expect(first('frokostvertinne på hotellet')).toBe('5131');
  });
  it('reads loanword and compound titles and running a grocery store', () => {
    expect(first('patissier')).toBe('7512');
    expect(first('spasjef')).toBe('1439');
    expect(first('materialkoordinator på basen')).toBe('4321');
    expect(first('styrer dagligvarebutikken')).toBe('1420');
    // Steering a crane is still a crane operator's.
    expect(first('styrer kranen på kaia')).toBe('8343');
    expect(top('styrer kranen på kaia', 1)).not.toContain('1420');
  });
});

import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 197, checked with other words than that set's: a power and grid company, a marina and a
// tourist office.

describe('classes of blind set 197', () => {
  it('reads the grid, dam safety, unpaid power bills and PC help as their trades', () => {
    expect(first('prosjekterer lavspentnettet i kommunen')).toBe('3113');
    expect(top('jobber med damsikkerhet i kraftselskapet', 3)).toContain('2142');
    expect(first('hjelper kollegaene når datamaskinen ikke virker')).toBe('3512');
    expect(top('følger opp ubetalte strømregninger', 3)).toContain('4214');
  });
  it('reads launching boats with a crane truck, the tourist office and fish in a regulated river', () => {
    expect(first('tar opp båtene med kranbilen i småbåthavna')).toBe('8343');
    expect(first('jobber på turistkontoret i sentrum')).toBe('4225');
    expect(top('kartlegger fiskebestanden i vassdraget', 3)).toContain('2131');
  });
});

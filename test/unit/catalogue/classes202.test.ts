import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 202, checked with other words than that set's: a public transport and ferry company.

describe('classes of blind set 202', () => {
  it('reads drawing up timetables for buses, trams and ferries as a transport clerk’s work', () => {
    expect(first('setter opp rutetabellene for ferjene')).toBe('4323');
    // Driving by the timetable is still driving.
    expect(first('kjører bussene etter rutetabellen')).toBe('8331');
  });
});

import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 96, checked with other words than that set's.

describe('classes of blind set 96', () => {
  it('reads a first officer at an airline as a pilot, and keeps the ship officer for the bare title', () => {
    expect(first('first officer i SAS')).toBe('3153');
    expect(top('first officer')).toEqual(expect.arrayContaining(['3152', '3153']));
  });
  it('reads teaching at an agricultural school as the vocational teacher', () => {
    expect(first('lærer på naturbruksskolen')).toBe('2320');
  });
  it('reads «legge opp strøm» as the electrician', () => {
    expect(first('legger opp strøm i nye boliger')).toBe('7411');
  });
});

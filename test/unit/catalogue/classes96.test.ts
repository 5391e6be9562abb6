import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 95, checked with other words than that set's.

describe('classes of blind set 95', () => {
  it('reads running a bar or a pub as the restaurant manager, not a kindergarten', () => {
    expect(first('daglig leder på puben')).toBe('1412');
    expect(first('driver bar i sentrum')).toBe('1412');
  });
  it('leaves a time of day out («fra klokka fem om morgenen»): no bell-ringer', () => {
    expect(first('steker brød på bakeriet fra klokka fem om morgenen')).toBe('7512');
  });
  it('reads «teamleader» written as one word as «teamleder»', () => {
    expect(first('teamleader i kundeservice')).toBe('3341');
  });
});

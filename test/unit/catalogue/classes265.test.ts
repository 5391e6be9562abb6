import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 265 (a regional airport operator and a Hardanger GP among them), checked with other words
// than that set's: pruning fruit trees, a conveyor at the airport, wheelchair users helped onto the aircraft.

describe('classes of blind set 265', () => {
  it('reads pruning fruit trees as farm work', () => {
    expect(first('skjer eplatrea om våren')).toBe('9211');
    expect(first('klipper epletrea på garden')).toBe('9211');
  });

  it('reads the airport’s belt mechanic and the assistance to wheelchair users', () => {
    expect(first('reparerer transportbåndet på flyplassen')).toBe('7233');
    expect(first('hjelper rullestolbrukere om bord i flyet')).toBe('9629');
  });

  it('keeps wheelchair users in a care home with the carers', () => {
    expect(first('hjelper rullestolbrukere på sykehjemmet')).toBe('5322');
  });
});

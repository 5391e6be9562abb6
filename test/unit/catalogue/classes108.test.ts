import { describe, expect, it } from 'vitest';
import { first, top } from './real.ts';

// The classes of blind set 107, checked with other words than that set's.

describe('classes of blind set 107', () => {
  it('reads pressing or extruding aluminium profiles as the metal works', () => {
    expect(first('ekstruderer aluminiumsprofiler på verket')).toBe('8121');
    expect(first('presser profiler i aluminium')).toBe('8121');
  });
  it('reads chairs made at a furniture factory as furniture, not a summer dairy farm («støl»)', () => {
    expect(first('snekrer stoler på møbelfabrikken')).toBe('7522');
    expect(top('snekrer stoler på møbelfabrikken')).not.toContain('7513');
  });
  it('reads milling furniture parts as furniture, not metal turning', () => {
    expect(first('freser møbeldeler på CNC')).toBe('7522');
  });
});

import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 64, checked with other words than that set's.

describe('classes of blind set 64', () => {
  it('reads planning freight out to the rigs and platforms as forwarding', () => {
    expect(first('planlegger frakt ut til plattformene')).toBe('3331');
  });
  it('knows the CTO as an IT manager and the old camp cook', () => {
    expect(first('CTO i et IT-selskap')).toBe('1330');
    expect(first('brakkekokk')).toBe('5120');
    // A head of research is still one.
    expect(first('teknologisjef')).toBe('1223');
  });
});

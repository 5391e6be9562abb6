import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 128, checked with other words than that set's.

describe('classes of blind set 128', () => {
  it('reads doing carpentry («snekrer») on a building site as the carpenter', () => {
    expect(first('snekrer på et bygg i sentrum, pendler med buss')).toBe('7115');
  });
  it('reads a mechanic at a tractor workshop as the machinery mechanic', () => {
    expect(first('mekaniker på maskinverkstedet')).toBe('7233');
  });
  it('reads putting up a wind barrier as the insulation worker, and laying roofs stays the roofer', () => {
    expect(first('legger vindsperre og dampsperre på hytter')).toBe('7124');
    expect(first('legger tak på hytter')).toBe('7121');
  });
  it('reads an English reach truck title as the forklift driver, not the lorry driver', () => {
    expect(first('reach truck operator')).toBe('8344');
  });
});

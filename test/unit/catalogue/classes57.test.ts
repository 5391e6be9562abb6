import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 57, checked with other words than that set's.

describe('classes of blind set 57', () => {
  it('takes «pensjonert» for a status, not the pension titles, and carrying a named paper («Bladet») for the paper round', () => {
    expect(first('pensjonist, bærer ut aviser om morgenen')).toBe('9621');
    expect(first('går med Bladet før frokost')).toBe('9621');
  });
  it('reads slaughtering an animal by name, and selling phones in a shop as shop work', () => {
    expect(first('jobber på slaktelinja, slakter kylling')).toBe('7511');
    expect(first('selger mobilabonnement i butikken')).toBe('5223');
    // Over the phone it is still telephone sales.
    expect(first('telefonselger, ringer folk og selger mobilabonnement')).toBe('5244');
  });
  it('knows the supply teacher, the ship superintendent and the cinema host', () => {
    expect(first('lærervikar på ungdomsskolen')).toBe('2341');
    expect(first('technical superintendent')).toBe('2144');
    expect(first('kinovert')).toBe('5230');
  });
});

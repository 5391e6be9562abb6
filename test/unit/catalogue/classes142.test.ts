import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 140, checked with other words than that set's.

describe('classes of blind set 140', () => {
  it('reads Danish seining or purse seining as the fisher', () => {
    expect(first('trekker snurrevad utenfor Båtsfjord')).toBe('6222');
  });

  it('reads the dynamic-positioning operator as the deck officer', () => {
    expect(first('dynamic positioning operator')).toBe('3152');
  });

  it('reads an English hairdresser title split in two, and the old cabin maid', () => {
    expect(first('hair dresser')).toBe('5141');
    expect(first('lugarpike')).toBe('9112');
  });
});

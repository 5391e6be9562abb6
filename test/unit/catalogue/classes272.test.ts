import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 272 (a case officer in an introduction programme for refugees among its writers), checked
// with other words than that set's: religious work in a mosque, mixed farming at home, and bricklaying with blocks.

describe('classes of blind set 272', () => {
  it('reads leading prayer in a mosque as clergy and teaching the Koran as religious teaching', () => {
    expect(first('leder fredagsbønnen i moskeen')).toBe('2636');
    expect(first('underviser koranen for ungdom')).toBe('3413');
    // Teaching children something else is not religious work.
    expect(first('lærer ungar å symje')).toBe('3423');
  });

  it('reads crops and animals together as mixed farming', () => {
    expect(first('dyrket ris og hadde geiter i hjemlandet')).toBe('6130');
    expect(first('hadde geiter og laget ost')).not.toBe('6130');
  });
});

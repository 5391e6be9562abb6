import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 60, checked with other words than that set's.

describe('classes of blind set 60', () => {
  it('reads measuring the aurora as physics, not painting, and aurora tours as guiding', () => {
    expect(first('måler nordlyset ved observatoriet')).toBe('2111');
    expect(first('kjører turister på nordlysjakt')).toBe('5113');
    // A painter is still a painter.
    expect(first('maler hus om sommeren')).toBe('7131');
  });
  it('knows the air-ambulance nurse, making up hotel rooms and driving a tank', () => {
    expect(first('flight nurse i luftambulansen')).toBe('2221');
    expect(first('gjør klar hotellrom')).toBe('9112');
    expect(first('kjører panservogn i Hæren')).toBe('0310');
  });
  it('knows the cider maker and the old «pakkerske»', () => {
    expect(first('ciderprodusent på gården')).toBe('7514');
    expect(first('pakkerske')).toBe('9321');
  });
});

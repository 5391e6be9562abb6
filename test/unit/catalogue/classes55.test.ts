import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 55, checked with other words than that set's.

describe('classes of blind set 55', () => {
  it('reads selling ship equipment to yards as sales, anodising profiles as surface treatment, a crisps factory’s line as food production', () => {
    expect(first('sel propellar til verft')).toBe('3322');
    expect(first('anodiserer profiler på fabrikken')).toBe('8122');
    expect(first('står på linja på chipsfabrikken')).toBe('8160');
  });
  it('knows the school health service, «GP» and the piping designer', () => {
    expect(first('jobber i skolehelsetjenesten')).toBe('2221');
    expect(first('GP')).toBe('2211');
    expect(first('piping designer')).toBe('3118');
  });
});

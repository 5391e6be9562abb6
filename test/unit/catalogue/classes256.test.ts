import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 256 (a dairy cooperative among them), checked with other words than that set's:
// developing new dairy products, the milk powder dryer, the milk lorry by its old names, advising milk producers.

describe('classes of blind set 256', () => {
  it('reads the work of a dairy cooperative', () => {
    expect(first('driver produktutvikling av nye meieriprodukter')).toBe('2145');
    expect(first('styrer pulvertørka på meieriet')).toBe('8160');
    expect(first('mjølkekjørar')).toBe('8332');
    expect(first('besøker melkebønder og gir råd')).toBe('2132');
  });

  it('keeps taxi driving and control rooms elsewhere', () => {
    expect(first('kjører Uber på kveldene')).not.toBe('8160');
    expect(first('sitter i kontrollrommet og styrer ovnene på smelteverket')).not.toBe('8160');
  });
});

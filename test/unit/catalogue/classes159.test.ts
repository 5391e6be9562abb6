import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 159, checked with other words than that set's.

describe('classes of blind set 159', () => {
  it('reads warehouse and transport floor work: a distribution van, washing lorries, leading the picking', () => {
    expect(first('kjørte distribusjonsbil for grossisten')).toBe('8332');
    expect(first('vasket trailerne og varebilene på terminalen')).toBe('9122');
    expect(first('fordeler plukkerne på sonene på lageret')).toBe('1324');
  });

  it('reads buying goods in, customer complaints and invoicing as office work', () => {
    expect(first('kjøpte inn grønnsaker fra utlandet for kjeden')).toBe('3323');
    expect(first('tar imot reklamasjoner fra butikkene')).toBe('4222');
    expect(first('følger opp utestående og purringer')).toBe('4311');
  });

  it('reads a river boat for salmon anglers as the guide', () => {
    expect(first('kjørte elvebåt for laksefiskarar i Tana')).toBe('5113');
  });
});

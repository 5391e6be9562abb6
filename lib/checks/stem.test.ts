import { describe, expect, it } from 'vitest';
import { foldLetters } from './fold.ts';
import { stem } from './stem.ts';

const s = (w: string) => stem(foldLetters(w));

describe('stem: one stem for every inflection, bokmål and nynorsk', () => {
  it.each([
    ['redusert', 'reduserte', 'redusere', 'reduseres'],
    ['begrenset', 'begrensa', 'begrensede'],
    ['svekket', 'svekka'],
    ['utholdenhet', 'utholdenheten'],
    ['kapasitet', 'kapasiteten'],
    ['toleranse', 'toleransen'],
    ['vansker', 'vanskar', 'vanskane', 'vanskene'],
    ['smerter', 'smertene'],
    ['funksjonsevne', 'funksjonsevna', 'funksjonsevnen'],
    ['sitte', 'sitter', 'sittende'],
    ['løfte', 'løfter', 'løftet'],
    ['trapper', 'trappene'],
  ])('%s', (...forms: string[]) => {
    expect(new Set(forms.map(s)).size).toBe(1);
  });
  it('does not strip -ing from nouns that are not verbal nouns of the lexicon («stilling» ≠ «stiller»)', () => {
    expect(s('stilling')).not.toBe(s('stiller'));
  });
  it('leaves short words alone', () => {
    expect(s('gå')).toBe('ga');
    expect(s('kne')).toBe('kne');
  });
});

import { describe, expect, it } from 'vitest';
import { englishWord, readEnglish } from '../../../lib/catalogue/english.ts';
import { isLittleWord } from '../../../lib/catalogue/activity.ts';
import { normalize } from '../../../lib/catalogue/fold.ts';

const NORWEGIAN = new Set(['truck', 'som', 'as', 'is', 'to', 'for', 'i', 'pa']);
const read = (q: string, open = -1) =>
  readEnglish(
    normalize(q).split(' '),
    (w) => NORWEGIAN.has(w),
    (k) => k === open,
  ).tokens.join(' ');

describe('English words in a query', () => {
  it('are read as the Norwegian words that mean the same, one for one', () => {
    expect(read('worked as a nurse in the Philippines')).toBe('jobbet som en nurse i den philippines');
    expect(read('taught maths at a high school')).toBe(normalize('underviste matematikk på en videregående i'));
    expect(englishWord('drove')).toBe('kjorte');
  });
  it('read a word that is Norwegian too as English only in a query that reads as English', () => {
    expect(read('drove truck to Germany')).toBe('kjorte lastebil til germany');
    expect(read('kjører truck på lageret')).toBe('kjorer truck pa lageret');
    expect(read('selger is på stranda')).toBe('selger is pa stranda');
    expect(read('jobber i et as')).toBe('jobber i et as');
  });
  it('leave a word that may still be being typed alone', () => {
    expect(read('nurse in', 1)).toBe('nurse in');
  });
  it('read two English nouns in a row as one compound whose head is the last', () => {
    expect(read('worked in a hospital laundry')).toBe('jobbet i en sykehusvaskeri i');
    expect(read('drove a school bus')).toBe('kjorte en skolebuss i');
  });
  it('keep the verb and particle of «took care of» apart for the lexicon to join', () => {
    expect(read('took care of elderly')).toBe('ta vare av eldre');
  });
});

describe('countries', () => {
  it('are little words in Norwegian and English, languages are not', () => {
    for (const w of ['Polen', 'Poland', 'Filippinene', 'Philippines', 'Eritrea', 'hjemlandet', 'Østerrike']) expect(isLittleWord(normalize(w)), w).toBe(true);
    for (const w of ['engelsk', 'polsk', 'arabisk']) expect(isLittleWord(normalize(w)), w).toBe(false);
  });
});

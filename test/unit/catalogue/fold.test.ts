import { describe, expect, it } from 'vitest';
import { fold, loosen, normalize } from '../../../lib/catalogue/fold.ts';

describe('fold', () => {
  it('maps æ, ø, å explicitly and strips other diacritics', () => {
    expect(fold('Bærplukker på Sørlandet')).toBe('baerplukker pa sorlandet');
    expect(fold('Kafé-medarbeider')).toBe('kafe medarbeider');
    expect(fold('SJÅFØR')).toBe('sjafor');
    expect(fold('Bäcker Öl')).toBe('backer ol');
  });
  it('turns punctuation into single spaces', () => {
    expect(fold('  IT-konsulent / (senior) ')).toBe('it konsulent senior');
  });
  it('merges nynorsk and gender variants on both sides', () => {
    expect(normalize('sjukepleiar')).toBe(normalize('sykepleier'));
    expect(normalize('arbeidar')).toBe(normalize('arbeider'));
    expect(normalize('fagkvinne')).toBe(normalize('fagmann'));
    expect(loosen('bar')).toBe('bar');
  });
});

describe('nynorsk stems', () => {
  it('maps common nynorsk parts of job titles to bokmål on both sides', () => {
    expect(normalize('dagleg leiar')).toBe(normalize('daglig leder'));
    expect(normalize('heimehjelp')).toBe('hjemehjelp');
    expect(normalize('sjukepleiar')).toBe('sykepleier');
    expect(normalize('grunnskulelærar')).toBe(normalize('grunnskolelærer'));
    expect(normalize('vegarbeidar')).toBe(normalize('veiarbeider'));
    expect(normalize('vegg')).toBe('vegg');
    expect(normalize('taksi')).toBe(normalize('taxi'));
  });
});

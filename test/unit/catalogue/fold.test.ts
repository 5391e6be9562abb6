import { describe, expect, it } from 'vitest';
import { fold, loosen, normalize } from '../../../lib/catalogue/fold.ts';

describe('fold', () => {
  it('maps æ, ø, å explicitly and strips other diacritics', () => {
    expect(fold('Bærplukker på Sørlandet')).toBe('baerplukker pa sorlandet');
    expect(fold('Kafé-medarbeider')).toBe('kafe medarbeider');
    expect(fold('SJÅFØR')).toBe('sjafor');
    // The project's one folding (lib/checks/fold.ts) writes ä as ae, as Norwegian does (Bäcker → Baecker).
    expect(fold('Bäcker Öl')).toBe('baecker ol');
  });
  it('folds letters of other Latin alphabets that have no decomposed form instead of splitting the word', () => {
    expect(fold('złota rączka')).toBe('zlota raczka');
    expect(fold('Łódź kaynakçı Đuro')).toBe('lodz kaynakci duro');
  });
  it('reads nynorsk «rekneskap» and «saman» as «regnskap» and «sammen»', () => {
    expect(normalize('rekneskapsførar')).toBe(normalize('regnskapsfører'));
    expect(normalize('fører rekneskapen')).toBe(normalize('fører regnskapen'));
    expect(normalize('set saman lampar')).toBe(normalize('set sammen lamper'));
  });
  it('turns punctuation into single spaces', () => {
    expect(fold('  IT-konsulent / (senior) ')).toBe('it konsulent senior');
  });
  it('merges nynorsk and gender variants on both sides', () => {
    expect(normalize('sjukepleiar')).toBe(normalize('sykepleier'));
    expect(normalize('arbeidar')).toBe(normalize('arbeider'));
    expect(normalize('fagkvinne')).toBe(normalize('fagmann'));
    expect(loosen('bar')).toBe('bar');
    expect(normalize('vaskekone')).toBe(normalize('vaskedame'));
    expect(normalize('vaskekjerring')).toBe(normalize('vaskekone'));
    expect(normalize('butikkbestyrer')).toBe(normalize('butikkleder'));
    expect(normalize('hotellbestyrerinne')).toBe(normalize('hotelleder'));
    expect(normalize('hotellleder')).toBe(normalize('hotelleder'));
    expect(normalize('bobestyrer')).toBe('bobestyrer');
  });
  it("reads old feminine and -søster titles as today's titles", () => {
    expect(normalize('syerske')).toBe(normalize('syer'));
    expect(normalize('servitrise')).toBe(normalize('servitør'));
    expect(normalize('ekspeditrise')).toBe(normalize('ekspeditør'));
    expect(normalize('vertinne')).toBe(normalize('vert'));
    expect(normalize('kvinne')).toBe('kvinne');
    expect(normalize('sykesøster')).toBe(normalize('sykepleier'));
    expect(normalize('helsesøster')).toBe(normalize('helsesykepleier'));
    expect(normalize('avdelingssøster')).toBe(normalize('avdelingssykepleier'));
    expect(normalize('helsesyster')).toBe(normalize('helsesykepleier'));
  });
});

describe('nynorsk stems', () => {
  it('maps common nynorsk parts of job titles to bokmål on both sides', () => {
    expect(normalize('dagleg leiar')).toBe(normalize('daglig leder'));
    expect(normalize('heimehjelp')).toBe('hjemmehjelp');
    expect(normalize('heimetenesta')).toBe(normalize('hjemmetjenesta'));
    expect(normalize('vaktmeister')).toBe(normalize('vaktmester'));
    expect(normalize('sjukepleiar')).toBe('sykepleier');
    expect(normalize('grunnskulelærar')).toBe(normalize('grunnskolelærer'));
    expect(normalize('vegarbeidar')).toBe(normalize('veiarbeider'));
    expect(normalize('vegg')).toBe('vegg');
    expect(normalize('taksi')).toBe(normalize('taxi'));
    expect(normalize('vidaregåande skule')).toBe(normalize('videregående skole'));
    // skular, skulane (nynorsk plural) as well as skule, skulen; not skulptør.
    expect([normalize('skulane'), normalize('skular')]).toEqual([normalize('skolane'), normalize('skoler')]);
    expect(normalize('skulptør')).toBe('skulptor');
    expect(normalize('gardsavløysar')).toBe(normalize('gardsavløser'));
    expect(normalize('røntgenbilete')).toBe(normalize('røntgenbilde'));
    expect(normalize('kyrkja')).toBe(normalize('kirka'));
    expect(normalize('kyrkjetenar')).toBe(normalize('kirketjener'));
    expect(normalize('kyrkjegarden')).toBe(normalize('kirkegården'));
    expect(normalize('gudstenestene')).toBe(normalize('gudstjenestene'));
    expect(normalize('passar born')).toBe(normalize('passer barn'));
    expect(normalize('bufellesskap')).toBe(normalize('bofellesskap'));
    expect(normalize('kornet')).toBe('kornet');
  });
  it('reads nynorsk «lækjar» as «leger» (matched with «lege» like any plural)', () => {
    expect(normalize('dyrlækjar')).toBe(normalize('dyrleger'));
    expect(normalize('tannlekjar')).toBe(normalize('tannleger'));
  });
  it('reads the old EDB as IT', () => {
    expect(normalize('EDB-konsulent')).toBe(normalize('IT-konsulent'));
    expect(normalize('edbsjef')).toBe(normalize('itsjef'));
    expect(normalize('redbull')).toBe('redbull');
  });
});

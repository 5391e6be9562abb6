import { describe, expect, it } from 'vitest';
import { readEnglish } from '../../../lib/catalogue/english.ts';
import { first, real } from './real.ts';

// The classes of blind set 34, checked with words of neither that set nor probe batch e16.

describe('classes of blind set 34', () => {
  it('knows Northern Sámi and Finnish titles of the north, shown with the language', () => {
    expect(first('boazoeaiggát')).toBe('6129');
    expect(real.search('boazoeaiggát', 1)[0]?.matched).toBe('boazoeaiggát (nordsamisk)');
    expect(first('opettaja')).toBe('2341');
    expect(first('lääkäri')).toBe('2211');
  });
  it('ranks an English supervisor or manager title by what is supervised', () => {
    expect(
      readEnglish(
        ['diving', 'superintendent'],
        () => false,
        () => false,
      ).tokens,
    ).toEqual(['ledet', 'dykking']);
    expect(first('diving superintendent')).toBe('7541');
    expect(first('catering supervisor')).toBe('5151');
    // A title the catalogue has stays as typed.
    expect(first('shift supervisor')).toBe('3122');
    expect(first('stabilitetsoperatør')).toBe('3152');
  });
  it('knows older ship titles', () => {
    expect(first('donkeymann')).toBe('8350');
    expect(first('kullemper')).toBe('8350');
  });
  it('knows gig, culture and social-media titles', () => {
    expect(first('tiktoker')).toBe('2659');
    expect(first('diskjockey')).toBe('2659');
  });
  it('names inspection and testing of materials by the object inspected, over the imaging instrument', () => {
    expect(first('NDT-tekniker')).toBe('7543');
    expect(first('trykktester')).toBe('7543');
    expect(first('NDT inspector')).toBe('3119');
    expect(first('kontrollerer sveisesømmer på verftet')).toBe('7543');
    expect(first('tar røntgen av sveisene')).toBe('7543');
    // X-rays of patients stay the radiographer's.
    expect(first('tar røntgen på sykehuset')).toBe('3211');
  });
  it('reads building and tearing down stages and rigs at events as the stage and event crews', () => {
    expect(first('river scenen etter konserten')).toMatch(/^(9629|3439)$/);
    expect(first('setter opp lysrigg på festivalen')).toBe('3439');
    expect(first('backline-tekniker')).toBe('3439');
    expect(first('festivalcrew')).toBe('9629');
  });
  it('knows institution-kitchen (forpleining) titles', () => {
    expect(first('forpleiningsarbeider')).toBe('9412');
    expect(first('cateringmedarbeider offshore')).toBe('9412');
  });
});

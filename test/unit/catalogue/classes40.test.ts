import { describe, expect, it } from 'vitest';
import { readEnglish } from '../../../lib/catalogue/english.ts';
import { first, real } from './real.ts';

// The classes of blind set 40, checked with words of neither that set nor probe batch e20.

describe('classes of blind set 40', () => {
  it('closes up an English pair found only inside a longer title, so the domain word beside it decides', () => {
    expect(first('project manager tunnelprosjekt')).toBe('1323');
    // The longer title typed whole stays that title.
    expect(first('IT project manager')).toBe('1330');
  });
  it('ranks a stage manager by the stage, not by the generic «manager»', () => {
    expect(
      readEnglish(
        ['stage', 'manager'],
        () => false,
        () => false,
      ).tokens,
    ).toEqual(['ledet', 'scene']);
    expect(first('stage manager på Nationaltheatret')).toBe('3439');
  });
  it('knows the community manager as communication work', () => {
    expect(first('community manager i et spillselskap')).toBe('2432');
  });
  it('reads common Swedish titles of cross-border commuters', () => {
    expect(first('vaktmästare')).toBe('5153');
    expect(first('tandläkare i Strömstad')).toBe('2261');
    expect(first('truckförare')).toBe('8344');
  });
  it('reads running ads and campaigns online as marketing, not driving', () => {
    expect(first('kjører annonser på nett for en klesbutikk')).toBe('2431');
    expect(first('kjører instagram-annonser for en frisørsalong')).toBe('2431');
  });
  it('knows the older advertising draughtsman as a graphic designer', () => {
    expect(first('reklametegnar')).toBe('2166');
  });
  it('lets the verb and its object decide over a place or an object word of another group', () => {
    expect(first('sjekker vogntog på tollstasjonen')).toBe('3351');
    expect(first('tar blodprøver på legesenteret')).toBe('3256');
    expect(first('selger kaffe og pølser på Esso')).toBe('5245');
    expect(first('stiller inn maskiner som lager plastkanner')).toBe('8142');
    expect(first('kjører truck med aluminium på smelteverket')).toBe('8344');
    // The caretaker by what he does to the school buildings, not only by the place.
    expect(real.search('fikser alt mulig på skolebyggene for kommunen', 1)[0]).toMatchObject({ code: '5153', matchKind: 'activity' });
  });
  it('reads research by its subject when the subject is a compound of a singular object («rov|fugl»)', () => {
    expect(first('forsker på rovfugl')).toBe('2131');
  });
});

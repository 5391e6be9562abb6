import { describe, expect, it } from 'vitest';
import { V_PAIR, V_SPLIT, V_WEAK } from '../../../lib/catalogue/activity.ts';
import { normalize } from '../../../lib/catalogue/fold.ts';
import { first, real } from './real.ts';

// The classes of blind set 39, checked with words of neither that set nor probe batch e19.

describe('classes of blind set 39', () => {
  it('reads a misspelt title whose catalogue form is plural as that title, over the place beside it', () => {
    expect(first('ergoterapaut på sykehjemmet')).toBe('2267');
  });
  it('lets a trade verb of one rule pair with the object of another rule of the same group', () => {
    expect(V_WEAK < V_SPLIT && V_SPLIT < V_PAIR).toBe(true);
    expect(first('skrur på fly på lufthavna')).toBe('7232');
  });
  it('reads where a load goes (sørover, gjennom) as little words, so a title word after «med» does not beat a verb and its object', () => {
    expect(first('kjører vogntog med fisk sørover gjennom Sverige')).toBe('8332');
  });
  it('reads «dra» as going somewhere', () => {
    expect(first('drar på linefiske fra Båtsfjord')).toBe('6222');
  });
  it('reads the nynorsk verkstad as verksted and screws on vehicles as the mechanic', () => {
    expect(normalize('verkstaden')).toBe('verksteden');
    expect(first('jobbar på verkstaden')).toBe('7231');
    expect(first('skrur på motorsyklar på verkstaden')).toBe('7231');
  });
  it('reads the dialect pronouns and «ungan» as little words and children', () => {
    expect(normalize('ungan')).toBe('barna');
    expect(normalize('ungar')).toBe('barn');
    expect(normalize('unge voksne')).toBe('unge voksne');
    expect(first('æ e med ungan på SFO')).toBe('5311');
  });
  it('knows the English titles of airline check-in and ticket desks', () => {
    expect(first('ticket agent på Torp')).toBe('4221');
    expect(first('check in clerk')).toBe('4221');
  });
  it('reads driving around in home care as the home help', () => {
    expect(real.search('kjører rundt til brukerne i hjemmetjenesten', 1)[0]?.matched).toContain('kjøre');
  });
});

import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 300 (a Nav-veileder in Kongsvinger and Solør, a youth employment counsellor in Oslo and a
// fastlege in Ørsta and Volda), checked with other words than that set's: the hospital and the nursing home said
// without the linking -e- («sjukhus», «sykhjem»); the prefix «e-» written with or without its hyphen; gig work
// (e-sports, flyers); a machine tended at a factory named by the food it makes.

describe('classes of blind set 300', () => {
  it('reads «sjukhus» and «sykhjem» as sykehus and sykehjem', () => {
    expect(first('gjør rent på sjukhuset')).toBe('9112');
    expect(first('vasker gulv på sykhuset')).toBe('9112');
    expect(first('pleieassistent på sykhjemmet')).toBe('5329');
  });

  it('reads e-sport with or without the hyphen as the athlete', () => {
    expect(first('spiller e-sport')).toBe('3421');
    expect(first('esportspiller')).toBe('3421');
    expect(first('e-sportspiller')).toBe('3421');
  });

  it('reads handing out flyers as the advertising distributor', () => {
    expect(first('deler ut flyers')).toBe('9510');
    expect(first('deler ut løpesedler i postkasser')).toBe('9510');
  });

  it('reads tending machines at a sweets factory as the food-production operator', () => {
    expect(first('betjener maskinene på kjeksfabrikken')).toBe('8160');
    expect(first('passer maskinen på godterifabrikken')).toBe('8160');
  });
});

import { describe, expect, it } from 'vitest';
import { readEnglish } from '../../../lib/catalogue/english.ts';
import { normalize } from '../../../lib/catalogue/fold.ts';
import { expandAbbreviations } from '../../../lib/catalogue/search.ts';
import { first, top } from './real.ts';

// The classes of blind set 45, checked with other words than that set's.

describe('classes of blind set 45', () => {
  it('reads an English «X engineer» or «X manager» by its field, not by the other fields’ titles with the same head', () => {
    expect(
      readEnglish(
        ['mud', 'engineer'],
        () => false,
        () => false,
      ).tokens,
    ).toEqual(['boreslam', normalize('ingeniør')]);
    expect(first('mud engineer på plattformen')).toBe('3117');
    expect(['3331', '3324']).toContain(first('chartering manager'));
  });
  it('reads HSE as HMS, and a title typed with a hyphen as that title, not its head as leading the place', () => {
    expect(normalize('HSE-ansvarlig')).toBe(normalize('HMS-ansvarlig'));
    expect(first('HSE-ansvarlig på anlegget')).toBe('2263');
  });
  it('reads a first word one typo from a title and from a verb as the title unless the verb is done to a word after it', () => {
    expect(first('tømmrer hos Veidekke')).toBe('7115');
    expect(first('tømmrer for Selvaag')).toBe('7115');
    // The verb reading stays where its object follows («levrer mat»: one typo from «leverer» and from «lærer»).
    expect(first('levrer mat for foodora med sykkel')).toBe('9621');
  });
  it('reads older whaling and shipyard titles, and «X mek.» as the engineering works', () => {
    expect(first('flensa hval på kokeriet')).toBe('6224');
    expect(first('jernarbeider på Bergens mek.')).toBe('7214');
    expect(expandAbbreviations('nagler på Akers mek. verksted')).toBe('nagler på Akers verft');
    // Not a «mek.» that follows no name.
    expect(expandAbbreviations('lærling bil og mek.')).toBe('lærling bil og mek.');
  });
  it('reads a road by its number, a railway line and a newspaper by its name, and the dialects’ «vinter’n»', () => {
    expect(['8342', '8332']).toContain(first('brøyter E6 over Saltfjellet'));
    expect(['8342', '8332']).toContain(first('brøyter rv 13 for Mesta'));
    // After a preposition the number says where: no road work.
    expect(first('tar kveldsvakter på Esso ved E18')).toBe('5245');
    expect(first('legger om sporet på Nordlandsbanen')).toBe('9312');
    expect(first('skifter skinner på Raumabanen')).toBe('9312');
    expect(first('skriver for Agderposten')).toBe('2642');
    expect(expandAbbreviations("om vinter'n på hytt'a")).toBe('om vinteren på hytta');
    expect(top("står i kassa om sommer'n")).not.toContain('2223');
  });
  it('lets the ward, the trade certificate, the engine room and the task decide over the bare place or verb', () => {
    expect(first('pleier pasienter på sykehuset, har fagbrev')).toBe('5321');
    expect(first('går vakter i maskinrommet på ferja')).toBe('3151');
    expect(first('reparerer borekroner på verkstedet')).toBe('7233');
    expect(first('forhandler fraktrater med rederier')).toBe('3324');
    expect(first('driver liten klesbutikk')).toBe('5221');
    expect(first('tråkker løyper for kommunen')).toBe('8342');
    expect(first('laftar stabbur')).toBe('7115');
  });
});

import { describe, expect, it } from 'vitest';
import { buildCatalogue, parseCsv } from '../../../lib/catalogue/build.ts';
import { entry } from './fixture.ts';

const styrkCsv = [
  'code,level,parentCode,name',
  '5,1,,Salgs- og serviceyrker',
  '53,2,5,"Pleie, omsorg mv."',
  '532,3,53,Pleiemedarbeidere',
  '5321,4,532,Helsefagarbeidere',
  '5322,4,532,Hjemmehjelpere',
  '7,1,,Håndverkere',
  '7411,4,741,Elektrikere',
].join('\n');
const navCsv =
  'Styrk code;Styrk description;Category level 1;Category level 2\n5321;Helsefagarbeidere;Helse og sosial ;Helsefagarbeider\n5322;Hjemmehjelp;Helse og sosial;Pleie\n';

function source(code: string, synonyms: string[]) {
  const { code: _c, title: _t, navTitle: _n, category: _k, ...rest } = entry(code, 'Testyrke', synonyms);
  return { code, ...rest };
}

describe('parseCsv', () => {
  it('handles quoted fields with commas and doubled quotes', () => {
    expect(parseCsv('a,"b, c","d ""e"""\r\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'd "e"'],
      ['1', '2', '3'],
    ]);
  });
});

describe('buildCatalogue', () => {
  it('merges SSB, NAV and content, and lists groups still without content', () => {
    const { catalogue, problems } = buildCatalogue({
      styrkCsv,
      navCsv,
      sources: { 'major-5.json': JSON.stringify([source('5321', ['hjelpepleier', 'omsorgsarbeider', 'hjelpepleiar'])]) },
    });
    expect(problems).toEqual([]);
    expect(catalogue.entries.map((e) => e.code)).toEqual(['5321', '5322', '7411']);
    expect(catalogue.missing).toEqual(['5322', '7411']);
    expect(catalogue.groups['53']).toBe('Pleie, omsorg mv.');
    const h = catalogue.entries[0]!;
    expect(h.category).toEqual(['Helse og sosial', 'Helsefagarbeider']);
    expect(h.tasks?.length).toBe(4);
    expect(catalogue.entries[1]!.navTitle).toBe('Hjemmehjelp');
    expect(catalogue.entries[2]!.description).toBeUndefined();
  });
  it('drops synonyms that repeat the title or each other and reports shared synonyms', () => {
    const { catalogue, sharedSynonyms } = buildCatalogue({
      styrkCsv,
      navCsv,
      sources: {
        'major-5.json': JSON.stringify([
          source('5321', ['Helsefagarbeidere', 'hjelpepleier', ' Hjelpepleier ', 'pleier']),
          source('5322', ['pleier', 'hjemmehjelp', 'heimehjelp']),
        ]),
      },
    });
    expect(catalogue.entries[0]!.synonyms).toEqual(['hjelpepleier', 'pleier']);
    expect(catalogue.entries[1]!.synonyms).toEqual(['pleier', 'heimehjelp']);
    expect(sharedSynonyms).toEqual([['pleier', ['5321', '5322']]]);
  });
  it('reports invalid entries, unknown codes, wrong major groups and bad JSON without dropping the rest', () => {
    const bad = { ...source('5322', ['a1', 'b2', 'c3']), tasks: ['for kort'] };
    const { catalogue, problems } = buildCatalogue({
      styrkCsv,
      navCsv,
      sources: {
        'major-5.json': JSON.stringify([source('5321', ['hjelpepleier', 'x1', 'x2']), bad, source('5999', ['y1', 'y2', 'y3'])]),
        'major-7.json': '[{',
        'major-9.json': JSON.stringify([source('7411', ['elektromontør', 'z1', 'z2'])]),
      },
    });
    expect(catalogue.missing).toEqual(['5322']);
    expect(problems.some((p) => p.startsWith('major-5.json[1] 5322'))).toBe(true);
    expect(problems).toContain('major-5.json: ukjent STYRK-kode 5999');
    expect(problems.some((p) => p.startsWith('major-7.json: ugyldig JSON'))).toBe(true);
    expect(problems).toContain('major-9.json: 7411 hører ikke til denne hovedgruppen');
  });
});

describe('titles in other languages in the build', () => {
  it('keeps them apart from the synonyms and reports one that is a Norwegian title too', () => {
    const withForeign = { ...source('5321', ['hjelpepleier', 'x1', 'x2']), foreignTitles: ['pl: opiekunka', 'ru: sidelka', 'sv: elektromontör'] };
    const { catalogue, problems } = buildCatalogue({
      styrkCsv,
      navCsv,
      sources: { 'major-5.json': JSON.stringify([withForeign]), 'major-7.json': JSON.stringify([source('7411', ['elektromontør', 'z1', 'z2'])]) },
    });
    expect(catalogue.entries[0]!.foreignTitles).toEqual(['pl: opiekunka', 'ru: sidelka', 'sv: elektromontör']);
    expect(catalogue.entries[0]!.synonyms).toEqual(['hjelpepleier', 'x1', 'x2']);
    expect(problems).toEqual(['5321: fremmedspråklig tittel «elektromontör» er også en norsk tittel eller et synonym (7411)']);
  });
  it('rejects a title without a known language code', () => {
    const bad = { ...source('5321', ['hjelpepleier', 'x1', 'x2']), foreignTitles: ['xx: opiekunka', 'opiekunka'] };
    const { problems } = buildCatalogue({ styrkCsv, navCsv, sources: { 'major-5.json': JSON.stringify([bad]) } });
    expect(problems.some((p) => p.startsWith('major-5.json[0] 5321'))).toBe(true);
  });
});

describe('activities and the prior in the build', () => {
  it('keeps activity rules, reports an unknown verb, and gives every group its prior class', () => {
    const withActs = { ...source('5321', ['hjelpepleier', 'x1', 'x2']), activities: ['stelle: eldre ~sykehjem', '*: sykehjem', 'flyge: drager'] };
    const prior = JSON.stringify({
      about: 'Hvor vanlig yrket er, som dokumentert skjønn for testen; brukes bare til å skille like treff.',
      default: 1,
      classes: { '4': ['5321'], '0': ['7411'] },
    });
    const { catalogue, problems } = buildCatalogue({ styrkCsv, navCsv, sources: { 'major-5.json': JSON.stringify([withActs]) }, prior });
    expect(catalogue.entries[0]!.activities).toEqual(['stelle: eldre ~sykehjem', '*: sykehjem', 'flyge: drager']);
    expect(problems).toEqual([expect.stringMatching(/^major-5\.json: 5321: aktivitet «flyge: drager»: ukjent verb «flyge»/)]);
    expect(catalogue.entries.map((e) => e.prior)).toEqual([4, 1, 0]);
  });
  it('reports a prior file with an unknown code or a group in two classes', () => {
    const prior = JSON.stringify({
      about: 'Hvor vanlig yrket er, som dokumentert skjønn for testen; brukes bare til å skille like treff.',
      default: 1,
      classes: { '4': ['5321', '9999'], '2': ['5321'] },
    });
    const { problems } = buildCatalogue({ styrkCsv, navCsv, sources: {}, prior });
    expect(problems).toContain('prior.json: ukjent STYRK-kode 9999');
    expect(problems).toContain('prior.json: 5321 står i flere klasser');
  });
});

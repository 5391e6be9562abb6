import { FUNCTION_AREAS } from '../../../lib/checks/areas.ts';
import { WORK_CONDITIONS } from '../../../lib/catalogue/source-schema.ts';
import type { Catalogue, CatalogueEntry } from '../../../lib/catalogue/schema.ts';

type Lv = Partial<Record<string, number>>;
export function entry(code: string, title: string, synonyms: string[], demands: Lv = {}, conditions: Lv = {}): CatalogueEntry {
  return {
    code,
    title,
    navTitle: title,
    category: ['Test', 'Test'],
    synonyms,
    description: `${title} er en testgruppe med en beskrivelse som er lang nok til å passere skjemaet i testene.`,
    tasks: [`utføre oppgave én som ${title.toLowerCase()}`, 'utføre oppgave to i testen', 'utføre oppgave tre i testen', 'utføre oppgave fire i testen'],
    education: 'Fagbrev eller tilsvarende erfaring',
    skillLevel: 2,
    demands: Object.fromEntries(
      FUNCTION_AREAS.map((a) => [a, { level: demands[a] ?? 0, reason: `begrunnelse for ${a} i testen` }]),
    ) as CatalogueEntry['demands'],
    conditions: Object.fromEntries(
      WORK_CONDITIONS.map((c) => [c, { level: conditions[c] ?? 0, reason: `begrunnelse for ${c} i testen` }]),
    ) as CatalogueEntry['conditions'],
  };
}

export function miniCatalogue(): Catalogue {
  return {
    version: 1,
    attribution: 'Testdata: STYRK-08 fra SSB, korttitler fra NAV, faktagrunnlag ISCO-08 © ILO via ESCO.',
    derivation: 'Kravnivåene i testdata er satt for hånd for å prøve søket og sammenligningen.',
    groups: {
      '5': 'Salgs- og serviceyrker',
      '53': 'Pleie',
      '532': 'Pleiemedarbeidere',
      '2': 'Akademiske yrker',
      '23': 'Undervisning',
      '234': 'Lærere',
      '8': 'Operatører',
      '83': 'Førere',
      '833': 'Sjåfører',
    },
    missing: [],
    entries: [
      entry('5321', 'Helsefagarbeidere', ['hjelpepleier', 'omsorgsarbeider', 'helsefagarbeidar'], { lift: 3, mobility: 3, stress: 2 }, { shift: 3 }),
      entry('2342', 'Barnehagelærere', ['førskolelærer', 'pedagogisk leder i barnehage'], { mobility: 2, social: 3 }),
      entry('2341', 'Lærere i grunnskolen', ['grunnskolelærer', 'barneskolelærer', 'lærer'], { social: 3, stress: 2 }),
      entry('8322', 'Sjåfører', ['taxisjåfør', 'drosjesjåfør', 'budbilsjåfør'], { sit: 3, senses: 3 }, { driving: 3 }),
      entry('7411', 'Elektrikere', ['elektromontør', 'installatør'], { hands: 3, heights: 2 }),
      entry('2223', 'Sykepleiere', ['sjukepleiar', 'offentlig godkjent sykepleier'], { lift: 2, stress: 3 }, { shift: 3 }),
    ],
  };
}

/**
 * Fix templates, bokmål and nynorsk, fitted to what the statement is about: lifting → kg and frequency,
 * standing → minutes at a time, concentration → minutes of focused work, social contact → with whom and how
 * long. The caret goes to the first «__».
 */
import type { Analysis, StatementKind } from '../analyze.ts';
import type { Fix, Lang } from './types.ts';

const BLANK = '__';

/** From the first sentence's start to the last one's end: where a rule about the text as a whole points. */
export function wholeText(an: Analysis): { start: number; end: number } | null {
  const first = an.sentences[0];
  return first ? { start: first.start, end: an.sentences[an.sentences.length - 1]!.end } : null;
}

export function withCursor(title: string, start: number, end: number, replacement: string): Fix {
  const c = replacement.indexOf(BLANK);
  return c >= 0 ? { title, start, end, replacement, cursor: c } : { title, start, end, replacement };
}

/** Upper-case the template's first letter when the replaced text started with one. */
export function matchCase(text: string, at: number, s: string): string {
  const c = text[at];
  return c && c !== c.toLowerCase() ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** A sentence added at the end of the text, on its own line. */
export function appendFix(text: string, title: string, body: string): Fix {
  const end = text.length;
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  const last = text[i - 1];
  const sep = i === 0 ? '' : (last && '.!?:'.includes(last) ? '' : '.') + '\n';
  return withCursor(title, i, end, sep + body);
}

type ByLang = Record<Lang, string>;

/** The question a vague statement leaves open, by what it is about. */
export const QUESTION: Record<StatementKind, string> = {
  lift: 'hvor mange kg, hvor ofte?',
  stand: 'hvor mange minutter om gangen?',
  walk: 'hvor mange meter eller minutter?',
  sit: 'hvor mange minutter om gangen?',
  hands: 'hvor lenge, hvor mye, hvor ofte?',
  senses: 'hvor lenge, i hvilke situasjoner?',
  cognitive: 'hvor mange minutter konsentrert arbeid?',
  stress: 'i hvilke situasjoner, hvor lenge, hvor ofte?',
  social: 'med hvem, hvor mange, hvor lenge?',
  endurance: 'hvor mange timer, hvor ofte pause?',
  generic: 'hvor mye, hvor lenge, hvor ofte?',
};

/** Bending, kneeling or crouching is measured by how often and how long, not in metres. */
export const BEND_QUESTION = 'hvor ofte, hvor lenge om gangen?';
export const BEND_MEASURE: ByLang = {
  nb: ' (dvs. over __ ganger per time / __ minutter om gangen)',
  nn: ' (dvs. over __ gonger per time / __ minutt om gongen)',
};

/** Replaces a negated statement with what the person can do, measured. */
export const POSITIVE: Record<StatementKind, ByLang> = {
  lift: { nb: 'kan løfte inntil __ kg fra __ til __, __ ganger per __', nn: 'kan lyfte inntil __ kg frå __ til __, __ gonger per __' },
  stand: { nb: 'kan stå inntil __ minutter om gangen, totalt __ timer per dag', nn: 'kan stå inntil __ minutt om gongen, totalt __ timar per dag' },
  walk: {
    nb: 'kan gå inntil __ meter (ca. __ minutter) på flatt underlag, __ etasjer i trapp',
    nn: 'kan gå inntil __ meter (ca. __ minutt) på flat mark, __ etasjar i trapp',
  },
  sit: { nb: 'kan sitte inntil __ minutter om gangen, deretter pause i __ minutter', nn: 'kan sitje inntil __ minutt om gongen, deretter pause i __ minutt' },
  hands: {
    nb: 'kan bruke armene/hendene i __ minutter om gangen og løfte inntil __ kg',
    nn: 'kan bruke armane/hendene i __ minutt om gongen og lyfte inntil __ kg',
  },
  senses: { nb: 'klarer __ i inntil __ minutter om gangen', nn: 'klarar __ i inntil __ minutt om gongen' },
  cognitive: {
    nb: 'klarer konsentrert arbeid i __ minutter om gangen, totalt __ timer per dag',
    nn: 'klarar konsentrert arbeid i __ minutt om gongen, totalt __ timar per dag',
  },
  stress: {
    nb: 'tåler __ (f.eks. tidsfrister, flere oppgaver samtidig) i inntil __ timer per dag',
    nn: 'toler __ (t.d. tidsfristar, fleire oppgåver samstundes) i inntil __ timar per dag',
  },
  social: { nb: 'klarer samtaler med inntil __ personer i __ minutter om gangen', nn: 'klarar samtalar med inntil __ personar i __ minutt om gongen' },
  endurance: {
    nb: 'klarer __ timer lett aktivitet per dag, __ dager i uka, med pause etter __ minutter',
    nn: 'klarar __ timar lett aktivitet per dag, __ dagar i veka, med pause etter __ minutt',
  },
  generic: { nb: 'klarer __ i inntil __ minutter om gangen / __ kg', nn: 'klarar __ i inntil __ minutt om gongen / __ kg' },
};

/** Appended right after the vague words: the measure that is missing. */
export const MEASURE: Record<StatementKind, ByLang> = {
  lift: { nb: ' (dvs. over __ kg, __ ganger per __)', nn: ' (dvs. over __ kg, __ gonger per __)' },
  stand: { nb: ' (dvs. over __ minutter om gangen)', nn: ' (dvs. over __ minutt om gongen)' },
  walk: { nb: ' (dvs. over __ meter / __ minutter)', nn: ' (dvs. over __ meter / __ minutt)' },
  sit: { nb: ' (dvs. over __ minutter om gangen)', nn: ' (dvs. over __ minutt om gongen)' },
  hands: { nb: ' (dvs. __ minutter om gangen, inntil __ kg)', nn: ' (dvs. __ minutt om gongen, inntil __ kg)' },
  senses: { nb: ' (dvs. etter __ minutter, i situasjoner som __)', nn: ' (dvs. etter __ minutt, i situasjonar som __)' },
  cognitive: { nb: ' (klarer konsentrert arbeid i __ minutter om gangen)', nn: ' (klarar konsentrert arbeid i __ minutt om gongen)' },
  stress: { nb: ' (i situasjoner som __; tåler det i __ minutter/timer)', nn: ' (i situasjonar som __; toler det i __ minutt/timar)' },
  social: { nb: ' (med __ personer, i __ minutter om gangen)', nn: ' (med __ personar, i __ minutt om gongen)' },
  endurance: { nb: ' (klarer __ timer per dag, pause etter __ minutter)', nn: ' (klarar __ timar per dag, pause etter __ minutt)' },
  generic: { nb: ' (hvilke funksjoner, og hvor mye: __ kg / __ minutter / __ meter)', nn: ' (kva funksjonar, og kor mykje: __ kg / __ minutt / __ meter)' },
};

export const APPEND: Record<string, ByLang> = {
  'symptoms-only': { nb: 'Funksjon: klarer __ i inntil __ minutter; klarer ikke __.', nn: 'Funksjon: klarar __ i inntil __ minutt; klarar ikkje __.' },
  'no-capacity': {
    nb: 'Kan: __ (f.eks. sitte inntil __ minutter, gå __ meter, løfte __ kg).',
    nn: 'Kan: __ (t.d. sitje inntil __ minutt, gå __ meter, lyfte __ kg).',
  },
  'no-duration': { nb: 'Forventet varighet: __ uker/måneder. Prognose: __.', nn: 'Forventa varigheit: __ veker/månader. Prognose: __.' },
  'no-participation': {
    nb: 'For arbeid betyr dette: forventer økning fra __ % til __ % innen __ uker.',
    nn: 'For arbeidet tyder dette: ventar auke frå __ % til __ % innan __ veker.',
  },
  'no-work-relation': { nb: 'I arbeidet betyr dette: __ (arbeidsoppgave: __).', nn: 'I arbeidet tyder dette: __ (arbeidsoppgåve: __).' },
  'no-tasks': {
    nb: 'Oppgaver i jobben pasienten ikke kan gjøre: __ (f.eks. løfte __ kg, stå over __ minutter).',
    nn: 'Oppgåver i jobben pasienten ikkje kan gjere: __ (t.d. lyfte __ kg, stå over __ minutt).',
  },
  'no-demands': {
    nb: 'Oppgaver og krav: __ (f.eks. løft inntil __ kg, __ timer stående per dag, tempo __).',
    nn: 'Oppgåver og krav: __ (t.d. lyft inntil __ kg, __ timar ståande per dag, tempo __).',
  },
  'no-occupations': {
    nb: 'Aktuelle yrker: __ (f.eks. __), med oppgaver som __ i inntil __ timer per dag.',
    nn: 'Aktuelle yrke: __ (t.d. __), med oppgåver som __ i inntil __ timar per dag.',
  },
  'no-reasons': {
    nb: 'Begrunnelse: på grunn av __ klarer bruker ikke __, men kan __ i __ timer per dag.',
    nn: 'Grunngjeving: på grunn av __ klarar brukaren ikkje __, men kan __ i __ timar per dag.',
  },
  'too-short': {
    nb: 'Kan: __ i inntil __ minutter / __ kg. Kan ikke: __. Forventet varighet: __.',
    nn: 'Kan: __ i inntil __ minutt / __ kg. Kan ikkje: __. Forventa varigheit: __.',
  },
  'too-short-other': { nb: '__', nn: '__' },
};

export const VERDICT_TEMPLATE: ByLang = {
  nb: 'har nedsatt funksjon: klarer __ i inntil __ timer per dag, men ikke __',
  nn: 'har nedsett funksjon: klarar __ i inntil __ timar per dag, men ikkje __',
};

export const REFERENCE_TEMPLATE: ByLang = {
  nb: '__ (kort oppsummering av det som er relevant for funksjon og arbeid)',
  nn: '__ (kort samandrag av det som er relevant for funksjon og arbeid)',
};

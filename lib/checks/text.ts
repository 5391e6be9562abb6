/**
 * Tokenizer and sentence splitter for clinical prose as doctors type it: abbreviations ("pas.", "ca.",
 * "f.eks."), missing spaces after full stops ("langt.Har"), lists on separate lines, decimal commas and
 * ranges ("2-3 kg", "0,3"). One linear pass over the string; offsets are UTF-16 indices into the original.
 */

import { foldLetters } from './fold.ts';
import { classify2, EMPTY_CLASS } from './lexicon.ts';

export const Kind = { Word: 0, Num: 1, Punct: 2 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

export interface Token {
  /** Start offset (UTF-16) in the original text. */
  s: number;
  /** End offset (exclusive). */
  e: number;
  /** Folded form: lower case, æ→ae, ø→o, å→a, accents stripped. Punctuation keeps its character. */
  f: string;
  k: Kind;
  /** Numeric value for Num tokens (NaN otherwise). */
  v: number;
  /** True when the original started with an upper-case letter. */
  cap: boolean;
  /** Index of the sentence the token belongs to (filled by splitSentences). */
  sent: number;
}

/** Norwegian folding (fold.ts): lower case and explicit æ/ø/å folding, other characters kept. */
export const fold = foldLetters;

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

/** «arb» before a glued point: the short form of «arbeids-». */
const ARB = /^arb$/i;

const FRACTIONS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3 };

/**
 * Words after which a full stop does not end the sentence. Units are listed separately: after a unit
 * ("20 min.") a capitalised next word does start a new sentence.
 */
const ABBREV = new Set([
  'pas',
  'pt',
  'ca',
  'dvs',
  'evt',
  'ev',
  'bl',
  'eks',
  'f',
  'mm',
  'osv',
  'pga',
  'ift',
  'mtp',
  'jf',
  'jfr',
  'kl',
  'nr',
  'pkt',
  'st',
  've',
  'ho',
  'dx',
  'sin',
  'bilat',
  'us',
  'tlf',
  'etc',
  'hhv',
  'inkl',
  'ekskl',
  'vha',
  'mht',
  'iht',
  'ang',
  'tidl',
  'o',
  'a',
  'm',
  'stk',
  'dr',
  'spl',
  'avd',
  'kap',
  's',
  'p',
  'sp',
  'pos',
  'neg',
  'obj',
  'subj',
  'dgl',
  'ml',
  'td',
  't.d',
  'f.eks',
  'bl.a',
  's.p',
  'o.l',
  'ifm',
  'iforb',
  'vs',
  'p.t',
  't.o.m',
  'f.o.m',
  'e.l',
  'm.m',
  'o.a',
  'i.e',
  'iflg',
  'vedr',
  'jmf',
  'gj',
  'gjsn',
  'max',
  'maks',
  'min',
  'mnd',
  'sek',
  'ant',
  'prox',
  'dist',
  'sup',
  'inf',
  'lat',
  'med',
  'pr',
  'hø',
  'v',
  'h',
  // («samtaler hos psyk. sykepleier», «spes. sykepleier», «komm. barnehage», «ped. leder»: a title cut short.)
  'psyk',
  'spes',
  'komm',
  'ped',
  'adm',
  'beh',
  // Months: «siden aug. pga …» goes on; «i des. Han …» ends.
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'des',
]);
/** Abbreviations that never end a sentence, even before a capital ("Pas. Kari", "ca. Mars", "dvs. Over"). */
const NEVER_FINAL = new Set([
  'pas',
  'pt',
  'ca',
  'dvs',
  'evt',
  'ev',
  'f.eks',
  'bl.a',
  'pga',
  'jf',
  'jfr',
  'ift',
  'mtp',
  'kl',
  'nr',
  'pkt',
  'dr',
  'iht',
  'mht',
  'vha',
  's.p',
  't.d',
  'inkl',
  'ang',
  'tidl',
  'eks',
  // «iflg. lege», «Iflg. Nav», «vedr. Sykmelding», «t.o.m. uke 12» («p.t.» may end a sentence: «ikke arbeidsfør p.t. Sammensatt …»)
  'iflg',
  't.o.m',
  'f.o.m',
  'vedr',
  'jmf',
]);

export interface Tokenized {
  tokens: Token[];
  /** Sentence spans [start, end) as token index ranges. */
  sentences: { t0: number; t1: number; s: number; e: number }[];
}

/**
 * A word typed without å or ø on a foreign keyboard: «daarlig», «paa», «loefte», «hoeyre». «aa» is å in every
 * Norwegian word; «oe» is ø only where the word is unknown and the word with ø is known («noe», «poeng» stay).
 */
function typedWithout(raw: string): string {
  const g = fold(raw.replace(/aa/gi, 'a'));
  if (!/oe/i.test(raw)) return g;
  const h = fold(raw.replace(/aa/gi, 'a').replace(/oe/gi, 'o'));
  return classify2(g) === EMPTY_CLASS && classify2(h) !== EMPTY_CLASS ? h : g;
}

/**
 * A word as typed, its folded form, and what the analysis knows of that form (analyze.ts fills it in on first use):
 * kept on the entry itself, which the tokenizer has just read, rather than in a second object to fetch.
 */
export interface WordEntry {
  readonly raw: string;
  readonly f: string;
  /** The fields below are filled in. */
  known: boolean;
  fl: number;
  g: number;
  sp: number;
  w: number;
  m: number;
}

function newEntry(raw: string, f: string): WordEntry {
  return { raw, f, known: false, fl: 0, g: 0, sp: 0, w: 0, m: 0 };
}

// Every word as typed, once (words repeat within a text and across texts): an open-addressing table keyed by a hash of
// the word's characters, taken while scanning it. A string's own hash is computed outside JavaScript on its first
// lookup, which costs more than the rest of a lookup; the comparison of the candidate with the word stays exact.
// Every token of a word shares its one folded string. At most 65,536 slots, emptied when half full.
let slotHash = new Int32Array(0);
let slotEntry: (WordEntry | undefined)[] = [];
let slotsUsed = 0;

function place(h: number, e: WordEntry): void {
  const mask = slotEntry.length - 1;
  let slot = (h ^ (h >>> 15)) & mask;
  while (slotEntry[slot] !== undefined) slot = (slot + 1) & mask;
  slotHash[slot] = h;
  slotEntry[slot] = e;
  slotsUsed++;
}

/** Makes room for one more entry: a table twice the size with the same entries, or an empty one at the largest size. */
function grow(): void {
  const size = slotEntry.length;
  if (size > 0 && 2 * (slotsUsed + 1) <= size) return;
  const oldHash = slotHash;
  const oldEntry = slotEntry;
  const next = size === 0 ? 4096 : Math.min(2 * size, 65536);
  slotHash = new Int32Array(next);
  slotEntry = new Array<WordEntry | undefined>(next).fill(undefined);
  slotsUsed = 0;
  if (next === size) return;
  for (let k = 0; k < size; k++) {
    const e = oldEntry[k];
    if (e !== undefined) place(oldHash[k]!, e);
  }
}

/** Dialect spellings of small words, folded, read as the written form: negations («itj» in Trøndersk, «ikkji», «kji» in
 * Hallingmål) and «nåkka» (noe). */
const DIALECT = new Map([
  ['itj', 'ikkje'],
  ['ittj', 'ikkje'],
  ['ikkji', 'ikkje'],
  ['kji', 'ikkje'],
  ['nakka', 'noe'],
  ['nokka', 'noe'],
]);

/**
 * The entry of the word raw = text[i, j) with hash h (h = h * 31 + c over its characters), made on first sight.
 * `plain`: lower-case ASCII letters, digits, «-» and «.» only; `aaOe`: «aa» or «oe» may be in it (see typedWithout).
 */
function wordEntry(raw: string, h: number, plain: boolean, aaOe: boolean): WordEntry {
  const mask = slotEntry.length - 1;
  if (mask > 0) {
    let slot = (h ^ (h >>> 15)) & mask;
    for (let e = slotEntry[slot]; e !== undefined; e = slotEntry[slot]) {
      if (slotHash[slot] === h && e.raw === raw) return e;
      slot = (slot + 1) & mask;
    }
  }
  // A plain word is its own folded form.
  let f = plain ? raw : fold(raw);
  // (On what was typed: «ståande» folds to «staande» and is no «aa».)
  if (aaOe && /aa|oe/i.test(raw)) f = typedWithout(raw);
  // «tåle» (to bear) and «tale» (speech) fold alike: «tåle» takes the other written form of the verb, «tole».
  if (f === 'tale' && /^t(å|aa)le$/i.test(raw)) f = 'tole';
  // «kan itj kjøre», «ikkji», «det ble itj nåkka a det»: dialect spellings, read as the written word.
  f = DIALECT.get(f) ?? f;
  const e = newEntry(raw, f);
  grow();
  place(h, e);
  return e;
}

/**
 * The tokens of a text. With `entries` (empty), the WordEntry of every word token is pushed there, in order (a number
 * glued to letters gets one of its own).
 */
export function tokenize(text: string, entries?: WordEntry[]): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 0xa0) {
      i++;
      continue;
    }
    if (c === 10) {
      out.push({ s: i, e: i + 1, f: '\n', k: Kind.Punct, v: NaN, cap: false, sent: 0 });
      i++;
      continue;
    }
    // (The fractions are all past U+00BB: letters and digits never look them up.)
    const frac = c > 0xbb ? FRACTIONS[text[i]!] : undefined;
    if (frac !== undefined) {
      out.push({ s: i, e: i + 1, f: text[i]!, k: Kind.Num, v: frac, cap: false, sent: 0 });
      i++;
      continue;
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      // Decimal comma or point: "0,3", "1.5" (but "20." followed by space is an ordinal or sentence end).
      if (j + 1 < n && (text[j] === ',' || text[j] === '.') && isDigit(text.charCodeAt(j + 1))) {
        j++;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
      }
      // Digits glued to letters ("L5", "3x") stay one word token; pure numbers become Num.
      if (j < n && isLetter(text.charCodeAt(j))) {
        let k = j;
        while (k < n && (isLetter(text.charCodeAt(k)) || isDigit(text.charCodeAt(k)))) k++;
        const raw = text.slice(i, k);
        // "20min", "5kg": split into number + unit so quantities still parse.
        const num = text.slice(i, j);
        const rest = fold(text.slice(j, k));
        if (/^(kg|min|t|km|m|mnd|timer|uker|sek)$/.test(rest)) {
          out.push({ s: i, e: j, f: num, k: Kind.Num, v: parseFloat(num.replace(',', '.')), cap: false, sent: 0 });
          out.push({ s: j, e: k, f: rest, k: Kind.Word, v: NaN, cap: false, sent: 0 });
          entries?.push(newEntry(text.slice(j, k), rest));
        } else {
          const f = fold(raw);
          out.push({ s: i, e: k, f, k: Kind.Word, v: NaN, cap: false, sent: 0 });
          entries?.push(newEntry(raw, f));
        }
        i = k;
        continue;
      }
      const num = text.slice(i, j);
      out.push({ s: i, e: j, f: num, k: Kind.Num, v: parseFloat(num.replace(',', '.')), cap: false, sent: 0 });
      i = j;
      continue;
    }
    // «u/ problemer», «m/ pause»: the shorthand for «uten» and «med», read as the word (not «km/t», not «m/s»).
    if ((c === 117 || c === 109 || c === 85 || c === 77) && text.charCodeAt(i + 1) === 47 && (i === 0 || !isLetter(text.charCodeAt(i - 1)))) {
      const after = i + 2 < n ? text.charCodeAt(i + 2) : 32;
      if (after === 32 || after === 9 || after === 10 || after === 0xa0) {
        const f = c === 117 || c === 85 ? 'uten' : 'med';
        out.push({ s: i, e: i + 2, f, k: Kind.Word, v: NaN, cap: false, sent: 0 });
        entries?.push(newEntry(text.slice(i, i + 2), f));
        i += 2;
        continue;
      }
    }
    if (isLetter(c)) {
      let j = i + 1;
      // Only lower-case ASCII letters, digits and joining marks: the word is its own folded form.
      let plain = c >= 97 && c <= 122;
      // «aa» or «oe» may be in the word when plain (see typedWithout); `prev` is the character before j.
      let aaOe = !plain;
      let prev = c;
      // The word's hash for the word table (wordEntry), over every character it takes.
      let h = c;
      for (;;) {
        for (; j < n; j++) {
          const d = text.charCodeAt(j);
          if (d >= 97 && d <= 122) {
            if ((d === 97 && prev === 97) || (d === 101 && prev === 111)) aaOe = true;
          } else if (!isDigit(d)) {
            if (!isLetter(d)) break;
            plain = false;
            aaOe = true;
          }
          prev = d;
          h = (Math.imul(h, 31) + d) | 0;
        }
        // Internal hyphen joins compounds ("PC-en", "SI-ledd"); internal slash does not.
        if (j + 1 < n && text.charCodeAt(j) === 45 && isLetter(text.charCodeAt(j + 1))) {
          h = (Math.imul(h, 31) + 45) | 0;
          j++;
          continue;
        }
        // «F33.1», «M79.7»: an ICD-10 code with its subcategory is one word, no sentence end.
        if (
          j - i === 3 &&
          isUpper(c) &&
          isDigit(text.charCodeAt(i + 1)) &&
          isDigit(text.charCodeAt(i + 2)) &&
          j + 1 < n &&
          text.charCodeAt(j) === 46 &&
          isDigit(text.charCodeAt(j + 1))
        ) {
          h = (Math.imul(h, 31) + 46) | 0;
          j++;
          continue;
        }
        // "f.eks", "bl.a", "s.p": a 1–2 letter piece glued by a point to more letters.
        if (j + 1 < n && text.charCodeAt(j) === 46 && isLetter(text.charCodeAt(j + 1)) && !isUpper(text.charCodeAt(j + 1))) {
          let seg = j - 1;
          while (seg >= i && text.charCodeAt(seg) !== 46) seg--;
          // («arb.evne», «arb.giver»: «arb.» glued to a word is the first part of a compound, read below.)
          if (j - (seg + 1) <= 2 || (seg + 1 === i && j - i === 3 && ARB.test(text.slice(i, j)))) {
            h = (Math.imul(h, 31) + 46) | 0;
            j++;
            continue;
          }
        }
        break;
      }
      // «ingen fysiske el. psykiske plager»: «el.» between two words is «eller», its point no sentence end.
      if (
        j - i === 2 &&
        (c === 101 || c === 69) &&
        (text.charCodeAt(i + 1) === 108 || text.charCodeAt(i + 1) === 76) &&
        text.charCodeAt(j) === 46 &&
        text.charCodeAt(j + 1) === 32 &&
        isLetter(text.charCodeAt(j + 2)) &&
        !isUpper(text.charCodeAt(j + 2))
      ) {
        const entry = newEntry(text.slice(i, j + 1), 'eller');
        entries?.push(entry);
        out.push({ s: i, e: j + 1, f: entry.f, k: Kind.Word, v: NaN, cap: isUpper(c), sent: 0 });
        i = j + 1;
        continue;
      }
      // «Arb.evne nedsatt», «arb.dag», «arb.giver»: «arb.» is «arbeids-», one compound word.
      const entry =
        j - i > 4 && text.charCodeAt(i + 3) === 46 && ARB.test(text.slice(i, i + 3))
          ? newEntry(text.slice(i, j), 'arbeids' + fold(text.slice(i + 4, j)))
          : wordEntry(text.slice(i, j), h, plain, aaOe);
      entries?.push(entry);
      out.push({ s: i, e: j, f: entry.f, k: Kind.Word, v: NaN, cap: isUpper(c), sent: 0 });
      i = j;
      continue;
    }
    out.push({ s: i, e: i + 1, f: text[i]!, k: Kind.Punct, v: NaN, cap: false, sent: 0 });
    i++;
  }
  return out;
}

/** Splits into sentences and records each token's sentence index. */
export function splitSentences(_text: string, tokens: Token[]): Tokenized['sentences'] {
  const sentences: Tokenized['sentences'] = [];
  let t0 = 0;
  const close = (t1: number) => {
    // Drop leading/trailing punctuation-only sentences (blank lines, list bullets).
    let a = t0;
    while (a < t1 && tokens[a]!.k === Kind.Punct) a++;
    if (a < t1) {
      let b = t1 - 1;
      while (b > a && tokens[b]!.k === Kind.Punct && tokens[b]!.f !== '.' && tokens[b]!.f !== ')') b--;
      sentences.push({ t0, t1, s: tokens[a]!.s, e: tokens[b]!.e });
      const idx = sentences.length - 1;
      for (let k = t0; k < t1; k++) tokens[k]!.sent = idx;
    } else {
      for (let k = t0; k < t1; k++) tokens[k]!.sent = Math.max(0, sentences.length - 1);
    }
    t0 = t1;
  };
  // («Kan ikke kjøre buss (førerkortkrav; MMSE 25 …)»: a «;» inside a bracket parts the bracket's items, not sentences.)
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.k !== Kind.Punct) continue;
    const f = t.f;
    if (f === '(') depth++;
    else if (f === ')') depth = Math.max(0, depth - 1);
    if (f === ';' && depth > 0) continue;
    if (f === '\n' || f === '!' || f === '?' || f === ';') {
      depth = 0;
      close(i + 1);
      continue;
    }
    if (f !== '.') continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (!next) {
      close(i + 1);
      continue;
    }
    const glued = next.s === t.e; // no space: "langt.Har" vs "pas.kan"
    if (prev && prev.e === t.s && prev.k === Kind.Word && ABBREV.has(prev.f)) {
      if (!NEVER_FINAL.has(prev.f) && next.cap) close(i + 1);
      continue;
    }
    if (prev && prev.k === Kind.Num && prev.e === t.s && !next.cap && next.f !== '\n') continue; // "hver 20. minutt"
    if (glued && next.k === Kind.Word && !next.cap) continue;
    close(i + 1);
  }
  if (t0 < tokens.length) close(tokens.length);
  return sentences;
}

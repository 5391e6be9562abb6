/**
 * What the reuse tests share (test/unit/checks/reuse*.test.ts): the labelled corpus, a seeded generator, the edits a
 * writer makes, and the comparison of an analysis that reused a kept one with the analysis from scratch. The corpus
 * check is split over two files so that the two halves run side by side.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type Analysis, analyzeSteps, drain, forgetAnalyses } from '../../../lib/checks/analyze.ts';
import { type LintResult, lint } from '../../../lib/checks/lint.ts';
import { tuning } from '../../../lib/checks/reuse.ts';

const corpusDir = join(import.meta.dirname, '../../corpus/checks');
export interface Item {
  id: string;
  field: string;
  text: string;
}
// The development set only: a check that built its documents from the held-out blind set would, when it failed, have
// to be diagnosed by reading held-out texts.
export const corpus: Item[] = ['dev'].flatMap((set) =>
  readdirSync(join(corpusDir, set))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(corpusDir, set, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Item),
    ),
);

/** A small seeded generator (mulberry32), so a failure can be run again. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '.',
  '. ',
  ', ',
  ':',
  ': ',
  '\n',
  '\n\n',
  '\n- ',
  '\n• ',
  '\n1. ',
  '(',
  ')',
  ' (ca. 20 min)',
  ' kan ikke',
  ' ikkje',
  ' Kan ikke:\n- ',
  '\nI nåværende arbeid kan han ikke:\n',
  '\nKlarer ikkje:\n',
  '\nMestrer: ',
  ' løfte tungt',
  ' stå lenge',
  ' gå 300 m',
  ' 5 kg',
  ' 2-3 ',
  ' før ',
  ' pga',
  ' men ikke langt',
  ' 4/5',
  ' kraft',
  ' Nedsatt kraft',
  ' gruppe 2',
  ' førerkort',
  ' lang erfaring',
  ' om gangen',
  ' hele dagen',
  ' i 3 mnd',
  ' fra januar',
  ' NEI',
  ' snakker lite norsk',
  '3',
  'a',
  'e',
  'K',
  ' ',
];

/** One random edit of text, of the kinds a writer makes. */
export function edit(text: string, r: () => number, others: string[]): string {
  const at = Math.floor(r() * (text.length + 1));
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const x = r();
  if (x < 0.3) return text.slice(0, at) + pick(PIECES) + text.slice(at); // type or insert a piece
  if (x < 0.45) return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 3)); // delete
  if (x < 0.6) return text.slice(0, at) + pick(['a', '.', ',', ':', '\n', ' ', 'ø', '5', '-']) + text.slice(at + 1); // replace
  if (x < 0.7) {
    // Join two sentences (a full stop or a line break taken out) or split one.
    const stop = text.indexOf(r() < 0.5 ? '.' : '\n', at);
    if (stop >= 0) return text.slice(0, stop) + (r() < 0.5 ? '' : ' og') + text.slice(stop + 1);
    return `${text.slice(0, at)}. ${text.slice(at)}`;
  }
  if (x < 0.8) return text.slice(0, at) + pick(['\n- ', '\n* ', '\n2) ']) + pick(others).slice(0, 80) + text.slice(at); // a list item
  if (x < 0.85) return text.slice(0, at) + pick(others) + text.slice(at); // paste
  if (x < 0.9) return text.slice(0, at) + text.slice(at + Math.floor(r() * 300)); // cut
  if (x < 0.95) return pick([`${text}${pick(PIECES)}`, `${pick(PIECES)}${text}`]); // at either end
  return text.slice(0, at) + pick(['\nKan ikke:', '\nKan ikkje:\n', '\nBør unngå:\n', '\nFunksjon:\n', ' – ']) + text.slice(at); // a heading
}

interface Result {
  an: Analysis;
  lint: LintResult;
}

/** lint() and the analysis of each text, from scratch (nothing kept, nothing reused). */
export function fromScratch(texts: string[], field: string): Result[] {
  const keep = tuning.keep;
  tuning.keep = 0;
  try {
    return texts.map((t) => {
      forgetAnalyses();
      return { an: drain(analyzeSteps(t)), lint: lint(t, field) };
    });
  } finally {
    tuning.keep = keep;
    forgetAnalyses();
  }
}

/** lint() and the analysis of each text in turn, reusing what was kept from the texts before. */
export function inTurn(texts: string[], field: string): Result[] {
  return texts.map((t) => {
    const l = lint(t, field);
    return { an: drain(analyzeSteps(t)), lint: l };
  });
}

/** The paths where a and b differ (the first few), for a readable failure. */
export function differences(a: unknown, b: unknown, path = '', out: string[] = []): string[] {
  if (out.length >= 8 || Object.is(a, b)) return out;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    out.push(`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
    return out;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out);
  return out;
}

/** Where the two differ: the first text that does not match, or null. */
export function firstDifference(texts: string[], field: string): { i: number; text: string; error: string } | null {
  const want = fromScratch(texts, field);
  const got = inTurn(texts, field);
  for (let i = 0; i < texts.length; i++) {
    const d = [...differences(got[i]!.an, want[i]!.an, 'analysis'), ...differences(got[i]!.lint, want[i]!.lint, 'lint')];
    if (d.length) return { i, text: texts[i]!, error: d.join('\n') };
  }
  return null;
}

/** A long document from corpus texts of one field, joined the ways writers join them. */
export function documentFrom(items: Item[], r: () => number, chars: number): string {
  let s = '';
  while (s.length < chars) s += (s ? (['\n', ' ', '\n\n', '\n- '] as const)[Math.floor(r() * 4)] : '') + items[Math.floor(r() * items.length)]!.text;
  return s;
}

/** Sentences whose first word reads the sentence before it (clause() looks two tokens back: «… etter. Tungt …»). */
const OPENERS = ['Tungt arbeid går ikke. ', 'Lenge ståing går dårlig. ', 'Sliten etter kort tid. ', 'Mye gange er vanskelig. ', 'Redusert kraft. '];
/** Last words that change how the next sentence's first word reads. */
const CLOSERS = [' etter', ' er', ' ved', ' blir', ' med', ' uten', ' for'];

export function sequence(start: string, steps: number, r: () => number, others: string[]): string[] {
  const texts = [start];
  for (let i = 0; i < steps; i++) {
    const text = texts[texts.length - 1]!;
    const stop = text.indexOf('. ', Math.floor(r() * text.length));
    if (r() < 0.15 && stop > 0) {
      // Two edits: a sentence that opens with a word that reads the one before, then a new last word before it,
      // so that only the context of the new sentence changes.
      const opened = text.slice(0, stop + 2) + OPENERS[Math.floor(r() * OPENERS.length)]! + text.slice(stop + 2);
      texts.push(opened, opened.slice(0, stop) + CLOSERS[Math.floor(r() * CLOSERS.length)]! + opened.slice(stop));
      i++;
    } else texts.push(edit(text, r, others));
  }
  return texts;
}

/** Texts by field, the fields with at least 20 of them, and every seventh text's opening as a pasted snippet. */
function grouped(items: Item[]) {
  const byField = new Map<string, Item[]>();
  for (const x of items) byField.set(x.field, [...(byField.get(x.field) ?? []), x]);
  const longFields = [...byField].filter(([, xs]) => xs.length >= 20).map(([f]) => f);
  const snippets = items.filter((_, i) => i % 7 === 0).map((x) => x.text.slice(0, 120));
  return { byField, longFields, snippets };
}
export const { byField, longFields, snippets } = grouped(corpus);

/**
 * The corpus as it stood when the check of the key was tuned (the first 184 blind writers and d1–d6): the tests that
 * must show a key part is needed build their documents from it, so that new blind sets do not change which edits they
 * try.
 */
const frozen = corpus.filter((x) => {
  const m = /^b(\d+)-/.exec(x.id);
  return m ? Number(m[1]) <= 184 : /^d\d-/.test(x.id);
});
export const { byField: frozenByField, longFields: frozenLongFields, snippets: frozenSnippets } = grouped(frozen);

/**
 * Every other text of the frozen corpus: the check's cost no longer grows with each blind set (it took 35 s per half
 * on 13,600 texts and kept growing), and 5,000-odd texts of 190 writers still give every shape of text it needs.
 */
export const reuseSample = frozen.filter((_, i) => i % 2 === 0);

/** The sample's texts in the batches of 50 numbered shard, shard + of, …: each edited a keystroke at a time. */
export function checkCorpus(shard: number, of: number): void {
  // Every length goes through the reuse here, not only long texts.
  tuning.minChars = 0;
  const r = rng(1 + shard);
  for (let i = shard * 50; i < reuseSample.length; i += 50 * of) {
    const items = reuseSample.slice(i, i + 50);
    const texts: string[] = [];
    for (const x of items) texts.push(...sequence(x.text, 2, r, snippets));
    // One field for the batch: the rules that apply do not change what reuse must keep equal.
    const diff = firstDifference(texts, items[0]!.field);
    if (diff) throw new Error(`corpus ${items[0]!.id}…: text ${diff.i} differs:\n${JSON.stringify(diff.text)}\n${diff.error}`);
  }
}

/** Long documents put together from the corpus, under random edit sequences (seeds from … to). */
export function checkLongDocuments(from: number, to: number): void {
  for (let seed = from; seed <= to; seed++) {
    const r = rng(seed);
    const field = longFields[seed % longFields.length]!;
    const doc = documentFrom(byField.get(field)!, r, seed % 3 === 0 ? 12_000 : 4_000);
    const texts = sequence(doc, 40, r, snippets);
    const diff = firstDifference(texts, field);
    if (diff) throw new Error(`seed ${seed}, step ${diff.i} differs:\n${diff.error}`);
  }
}

/** After each test of the calling file: the reuse tuning as it was, and nothing kept from that test's analyses. */
export function restoreAfterEach(): void {
  const defaults = { ...tuning };
  afterEach(() => {
    Object.assign(tuning, defaults);
    forgetAnalyses();
  });
}

/**
 * Yrke search over the catalogue: codes, SSB and NAV titles and synonyms (synonyms are extra haystack
 * entries that point to their unit group). Tiered: exact > prefix > word prefix > compound part > infix >
 * typo (bit-parallel fuzzy) > words in description/tasks. Pure and DOM-free.
 */
import type { Catalogue, CatalogueEntry } from './schema.ts';
import { parentNames } from './schema.ts';
import { normalize } from './fold.ts';
import { charMask, compilePattern, fuzzyDistance, popcount, type Pattern } from './fuzzy.ts';
import catalogueData from './data/catalogue.json';

export type { Catalogue, CatalogueEntry } from './schema.ts';

export interface YrkeHit {
  code: string;
  title: string;
  navTitle: string;
  category: [string, string];
  /** Major, sub-major and minor group names, broadest first. */
  parents: string[];
  score: number;
  /** The title or synonym that matched (or the code, or «beskrivelse» for a full-text hit). */
  matched: string;
  synonyms: string[];
  description: string;
  tasks: string[];
  education: string;
  skillLevel: number | null;
  demands: NonNullable<CatalogueEntry['demands']> | null;
  conditions: NonNullable<CatalogueEntry['conditions']> | null;
  /** False while the hand-written content for this group is missing from the build. */
  complete: boolean;
}

export interface Searcher {
  search(query: string, limit?: number): YrkeHit[];
}

const enum Kind { Title = 0, Nav = 1, Synonym = 2 }

interface Item {
  entry: number;
  text: string;
  norm: string;
  mask: number;
  kind: Kind;
}

// Token tiers; the gaps leave room for the small length/kind adjustments below.
const T_WORD = 100;
const T_PREFIX = 92;
const T_WORD_PREFIX = 86;
const T_COMPOUND = 80;
const T_INFIX = 60;
const T_FUZZY = 50;
const T_FULLTEXT = 25;

export function createSearcher(catalogue: Catalogue): Searcher {
  const entries = catalogue.entries;
  const items: Item[] = [];
  const fulltext: string[] = [];
  entries.forEach((e, i) => {
    const add = (text: string, kind: Kind) => {
      const norm = normalize(text);
      if (!norm || items.some((it) => it.entry === i && it.norm === norm)) return;
      items.push({ entry: i, text, norm, mask: charMask(norm), kind });
    };
    add(e.title, Kind.Title);
    add(e.navTitle, Kind.Nav);
    for (const s of e.synonyms) add(s, Kind.Synonym);
    fulltext.push(' ' + normalize([e.description ?? '', ...(e.tasks ?? [])].join(' ')) + ' ');
  });

  function toHit(i: number, score: number, matched: string): YrkeHit {
    const e = entries[i]!;
    return {
      code: e.code, title: e.title, navTitle: e.navTitle, category: e.category, parents: parentNames(catalogue, e.code),
      score: Math.round(score * 100) / 100, matched, synonyms: e.synonyms,
      description: e.description ?? '', tasks: e.tasks ?? [], education: e.education ?? '', skillLevel: e.skillLevel ?? null,
      demands: e.demands ?? null, conditions: e.conditions ?? null, complete: !!e.description,
    };
  }

  function tokenScore(tok: string, pat: Pattern | null, tmask: number, k: number, it: Item): number {
    const s = it.norm;
    const pos = s.indexOf(tok);
    if (pos >= 0) {
      const wordStart = pos === 0 || s.charCodeAt(pos - 1) === 32;
      let end = s.indexOf(' ', pos + tok.length);
      if (end < 0) end = s.length;
      const rest = end - pos - tok.length;
      if (wordStart && rest === 0) return T_WORD;
      if (wordStart) return (pos === 0 ? T_PREFIX : T_WORD_PREFIX) - Math.min(4, rest * 0.3);
      // The head of a Norwegian compound is its last part (barnehage|lærer), allowing plural endings.
      if (rest <= 3) return T_COMPOUND - rest;
      return T_INFIX;
    }
    if (!pat || popcount(tmask & ~it.mask) > k) return 0;
    const d = fuzzyDistance(pat, s, k);
    return d <= k ? T_FUZZY - 8 * d : 0;
  }

  function search(query: string, limit = 10): YrkeHit[] {
    const q = normalize(query);
    if (!q || limit <= 0) return [];
    const tokens = q.split(' ');

    if (tokens.every((t) => /^\d+$/.test(t))) {
      const code = tokens.join('');
      return entries
        .map((e, i) => ({ i, e }))
        .filter(({ e }) => e.code.startsWith(code))
        .slice(0, limit)
        .map(({ i, e }) => toHit(i, e.code === code ? 100 : 90, e.code));
    }

    const words = tokens.filter((t) => !/^\d+$/.test(t));
    const codes = tokens.filter((t) => /^\d+$/.test(t));
    const compiled = words.map((t) => {
      // Typo tolerance grows with length; 1–3 letters are still being typed, so only exact parts count.
      const k = t.length >= 8 ? 2 : t.length >= 4 ? 1 : 0;
      return { t, k, pat: k ? compilePattern(t) : null, mask: charMask(t) };
    });

    const best = new Float64Array(entries.length);
    const bestItem = new Int32Array(entries.length).fill(-1);
    const nMatched = new Uint16Array(entries.length);
    for (let n = 0; n < items.length; n++) {
      const it = items[n]!;
      if (codes.length && !codes.every((c) => entries[it.entry]!.code.startsWith(c))) continue;
      let sum = 0;
      let ok = true;
      for (const c of compiled) {
        const sc = tokenScore(c.t, c.pat, c.mask, c.k, it);
        if (!sc) { ok = false; break; }
        sum += sc;
      }
      if (!ok) continue;
      let score = it.norm === q ? 100 : Math.min(99, sum / compiled.length);
      // Among equals, the string closest in length to the query and the official title win.
      score -= Math.min(6, Math.max(0, it.norm.length - q.length) * 0.08);
      score += it.kind === Kind.Title ? 0.6 : it.kind === Kind.Nav ? 0.4 : 0;
      nMatched[it.entry]!++;
      if (score > best[it.entry]!) { best[it.entry] = score; bestItem[it.entry] = n; }
    }

    let found = 0;
    for (let i = 0; i < entries.length; i++) if (bestItem[i]! >= 0) found++;
    // Only when titles run short: words that appear in the description or tasks ("sveising", "barnehage").
    const fullHit = new Uint8Array(entries.length);
    if (found < limit && q.length >= 4) {
      for (let i = 0; i < entries.length; i++) {
        if (bestItem[i]! >= 0) continue;
        if (codes.length && !codes.every((c) => entries[i]!.code.startsWith(c))) continue;
        if (words.every((w) => fulltext[i]!.includes(' ' + w))) { best[i] = T_FULLTEXT; fullHit[i] = 1; }
      }
    }

    const ranked: number[] = [];
    for (let i = 0; i < entries.length; i++) if (bestItem[i]! >= 0 || fullHit[i]) ranked.push(i);
    // Several matching titles/synonyms make a group slightly more likely what was meant.
    const final = (i: number) => best[i]! + Math.min(1, (nMatched[i]! - 1) * 0.2) + (entries[i]!.description ? 0.1 : 0);
    ranked.sort((a, b) => final(b) - final(a) || entries[a]!.code.localeCompare(entries[b]!.code));
    return ranked.slice(0, limit).map((i) => toHit(i, final(i), fullHit[i] ? 'beskrivelse' : items[bestItem[i]!]!.text));
  }

  return { search };
}

/** The committed catalogue. Import this module lazily (dynamic import) so the data loads only when needed. */
export function loadCatalogue(): Catalogue {
  return catalogueData as unknown as Catalogue;
}

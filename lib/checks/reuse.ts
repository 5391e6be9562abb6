/**
 * Reuse between analyses of nearly the same text (issue 9, speed). When a user types, one sentence changes and the
 * rest of a long field is what it was a keystroke ago. analyzeSteps asks this module which parts of a kept analysis
 * it may take over, redoes the rest, and hands the new analysis back to be kept for the next keystroke. Run with or
 * without a kept analysis, analyze() returns exactly the same (test/unit/checks/reuse.test.ts proves it over the
 * labelled corpus and random edits).
 *
 * What a part of the result depends on, and so when it is taken over:
 * - Tokens. The tokenizer starts afresh after a whitespace character and looks past one only to read the first
 *   letter of the next word («el.» before a lowercase word is «eller», text.ts), so the tokens of a text are those of
 *   its pieces between whitespace, each seeing the next word's first letter. The piece around the edit (from the
 *   whitespace before the word before the first changed character to the whitespace after the last) is tokenized
 *   again; the tokens before and after it are copied, the ones after shifted by the change in length.
 * - Word classes (`specials`): a function of the token alone; copied for every copied token.
 * - Lexicon flags: a token's flags depend on the tokens around it (idiom() looks up to 8 tokens back and 3 ahead,
 *   and clears the flags of the token before). They are classified again for `tuning.tokens` tokens either side of
 *   the new tokens and copied beyond.
 * - Quantities, the time perspective, answers across sentences (answerNearby) and the rules: done again over the
 *   whole text (they are cheap, and the last two look across the whole text).
 * - The statements of a sentence (clause() and the merges in analyzeSteps's loop over sentences), before
 *   answerNearby. Their key: the sentence's own tokens and text plus `tuning.tokens` tokens and
 *   `tuning.charsBefore`/`tuning.charsAfter` characters either side (clause() reads neighbouring tokens and their
 *   flags, a list bullet a few characters before the sentence, a colon after it, and «før» up to 48 characters after
 *   a measure) are unchanged, which the diff against the kept text tells without hashing anything; the state carried
 *   in from the sentence before (`negListHeader`, a negated list heading over the items that follow) is the same;
 *   the quantities that start in the sentence are the same, field by field (a quantity may take tokens from the
 *   sentence before); and the sentence is the first one in both texts or in neither (punctuation before the first
 *   sentence counts as part of it).
 *
 * Nothing handed out is shared: the kept analysis is private data (token fields in typed arrays, private copies of
 * statements and quantities), and every token, statement and sentence in an analysis is a new object. A few
 * analyses are kept (a page may hold several long fields), only of long texts (a short one is cheap to redo).
 */
import type { Statement } from './analyze.ts';
import type { Quantity } from './measures.ts';
import { type Kind, type Token, type WordEntry, tokenize } from './text.ts';

/** How much is kept and how far a sentence's result reaches; tests change it to prove the key needs every part. */
export const tuning = {
  /** Shorter texts are analysed from scratch and not kept. */
  minChars: 1000,
  /** Analyses kept (a page may hold several long fields). */
  keep: 3,
  /**
   * Tokens either side of a sentence (and of a changed token, for the lexicon flags) that must be unchanged. A word's
   * class may depend on a word up to `tokens − clearReach` before it: «noen» after a negation up to 14 words back
   * («skal ikke eksponeres for isocyanater (billakk, PU-skum, enkelte lim) i noen konsentrasjon», analyze.ts) needs 20
   * (with 16, deleting that «ikke» left «noen» with its old flags).
   */
  tokens: 20,
  /**
   * How far back a word's step in the lexicon pass may clear the flags of a word before it: «lang og stabil
   * yrkeserfaring» clears «lang» three back, «utfordringa er lite røynsle» a heading up to five back (analyze.ts).
   * The last this many words of the range classified again take their kept flags. A rule that reaches further must
   * raise it.
   */
  clearReach: 5,
  /** Characters before a sentence and after it (or after its last measure) that must be unchanged. */
  charsBefore: 8,
  charsAfter: 64,
  /** Part of the key: the state carried in from the sentence before. */
  carried: true,
  /** Part of the key: the quantities that start in the sentence. */
  quantities: true,
};

/**
 * A statement as kept: a private copy with its offsets and token indices from the sentence's first character and
 * token, and its quantities as indices from the sentence's first quantity.
 */
interface KeptStatement {
  st: Statement;
  q: number[];
}

/** An analysis as kept for the next one: private plain data, never handed out. */
interface Kept {
  text: string;
  // Tokens, field by field.
  ts: Int32Array;
  te: Int32Array;
  tk: Uint8Array;
  tcap: Uint8Array;
  tv: Float64Array;
  tf: string[];
  sp: Uint16Array;
  wb: Uint32Array;
  marks: Uint32Array;
  flags: Uint32Array;
  flags2: Uint32Array;
  /** A token's flags as classified, before idiom() cleared them from the next token (the counts read these). */
  step: Uint32Array;
  // Sentences.
  st0: Int32Array;
  st1: Int32Array;
  ss: Int32Array;
  se: Int32Array;
  negIn: Uint8Array;
  negOut: Uint8Array;
  qFirst: Int32Array;
  qCount: Int32Array;
  /** The statements of each sentence, or null when they were not kept. */
  said: (KeptStatement[] | null)[];
  quantities: Quantity[];
}

let kept: Kept[] = [];

/** Forgets every kept analysis: the next analysis of any text is done from scratch (the cold benchmark). */
export function forgetKept(): void {
  kept = [];
}

interface Sent {
  t0: number;
  t1: number;
  s: number;
  e: number;
}

/**
 * The reuse for one analysis: the tokens of the text (copied where the kept analysis has them), which token ranges
 * to classify again, and the statements of the sentences that can be taken over. Created by analyzeSteps.
 */
export class Reuse {
  readonly tokens: Token[];
  /** The WordEntry of every word token in [fresh0, fresh1), in order (text.ts tokenize). */
  readonly entries: WordEntry[] = [];
  /** Tokens [fresh0, fresh1) were tokenized again; the rest are copies. */
  readonly fresh0: number;
  readonly fresh1: number;
  /** Tokens [flags0, flags1) must be classified again; the rest are copied by copyFlags(). */
  readonly flags0: number;
  readonly flags1: number;
  private readonly base: Kept | null;
  private readonly text: string;
  /** Characters [0, same0) are the kept text's; so are [same1, length), shifted by dChar. */
  private readonly same0: number;
  private readonly same1: number;
  private readonly dChar: number;
  /** Tokens from fresh1 on are the kept ones from fresh1 - dTok on. */
  private readonly dTok: number;
  // The new analysis as it is built, to be kept.
  private readonly keeping: boolean;
  private negIn: Uint8Array;
  private negOut: Uint8Array;
  private qFirst: Int32Array;
  private qCount: Int32Array;
  private said: (KeptStatement[] | null)[];
  private j = 0;
  private qp = 0;
  /** What the last taken-over sentence leaves for the next one. */
  negAfter = false;
  qAfter = 0;

  constructor(text: string) {
    this.text = text;
    this.keeping = text.length >= tuning.minChars && tuning.keep > 0;
    this.negIn = new Uint8Array(0);
    this.negOut = this.negIn;
    this.qFirst = new Int32Array(0);
    this.qCount = this.qFirst;
    this.said = [];
    const base = this.keeping ? pickBase(text) : null;
    if (!base) {
      this.base = null;
      this.tokens = tokenize(text, this.entries);
      this.fresh0 = this.flags0 = 0;
      this.fresh1 = this.flags1 = this.tokens.length;
      this.same0 = this.same1 = this.dChar = this.dTok = 0;
      return;
    }
    const old = base.kept;
    this.base = old;
    const n = text.length;
    const on = old.text.length;
    this.same0 = base.prefix;
    this.same1 = n - base.suffix;
    this.dChar = n - on;
    // Tokenize again from the whitespace before the first changed character to the whitespace after the last —
    // and the word before that too: «el.» reads the first letter after its space (text.ts), so an edit there can
    // change how the word before it is split.
    let a = this.same0;
    while (a > 0 && !isSpace(text.charCodeAt(a - 1))) a--;
    if (a > 0) {
      a--;
      while (a > 0 && !isSpace(text.charCodeAt(a - 1))) a--;
    }
    let b = this.same1;
    while (b < n && !isSpace(text.charCodeAt(b))) b++;
    const oldCount = old.ts.length;
    const iA = firstAtOrAfter(old.ts, a);
    const iB = firstAtOrAfter(old.ts, b - this.dChar);
    const middle = tokenize(text.slice(a, b), this.entries);
    const tokens: Token[] = new Array(iA + middle.length + (oldCount - iB));
    for (let i = 0; i < iA; i++) tokens[i] = tokenAt(old, i, 0);
    for (let i = 0; i < middle.length; i++) {
      const t = middle[i]!;
      t.s += a;
      t.e += a;
      tokens[iA + i] = t;
    }
    const m1 = iA + middle.length;
    for (let i = iB; i < oldCount; i++) tokens[m1 + i - iB] = tokenAt(old, i, this.dChar);
    this.tokens = tokens;
    this.fresh0 = iA;
    this.fresh1 = m1;
    this.dTok = m1 - iB;
    this.flags0 = Math.max(0, iA - tuning.tokens);
    this.flags1 = Math.min(tokens.length, m1 + tuning.tokens);
  }

  /** Copies the word classes and word tests of the copied tokens; the caller fills [fresh0, fresh1). */
  copySpecials(sp: Uint16Array, wb: Uint32Array, marks: Uint32Array): void {
    const old = this.base;
    if (!old) return;
    sp.set(old.sp.subarray(0, this.fresh0), 0);
    sp.set(old.sp.subarray(this.fresh1 - this.dTok), this.fresh1);
    wb.set(old.wb.subarray(0, this.fresh0), 0);
    wb.set(old.wb.subarray(this.fresh1 - this.dTok), this.fresh1);
    // (The analysis hands its marks out: the kept ones are copies, like its flags.)
    marks.set(old.marks.subarray(0, this.fresh0), 0);
    marks.set(old.marks.subarray(this.fresh1 - this.dTok), this.fresh1);
  }

  /**
   * Copies the flags of the tokens before [flags0, flags1), with the token just before the range as it was when
   * classified (the range's first step may clear it again, as the full pass does). Call before classifying the range.
   */
  copyFlagsBefore(flags: Uint32Array, flags2: Uint32Array, step: Uint32Array): void {
    const old = this.base;
    if (!old) return;
    const r0 = this.flags0;
    flags.set(old.flags.subarray(0, r0), 0);
    flags2.set(old.flags2.subarray(0, r0), 0);
    step.set(old.step.subarray(0, r0), 0);
    if (r0 > 0) flags[r0 - 1] = old.step[r0 - 1]!;
  }

  /**
   * Copies the flags from the last `tuning.clearReach` tokens of [flags0, flags1) on: the kept ones include what the steps
   * after the range cleared, which are not run again. (Those tokens are classified in the range as they were, being
   * far enough from the change.)
   */
  copyFlagsAfter(flags: Uint32Array, flags2: Uint32Array, step: Uint32Array): void {
    const old = this.base;
    if (!old || this.flags1 >= flags.length) return;
    const from = Math.max(this.flags1 - tuning.clearReach, this.fresh1);
    flags.set(old.flags.subarray(from - this.dTok), from);
    flags2.set(old.flags2.subarray(from - this.dTok), from);
    step.set(old.step.subarray(this.flags1 - this.dTok), this.flags1);
  }

  /** Starts the loop over sentences. */
  beginSentences(count: number): void {
    if (!this.keeping) return;
    this.negIn = new Uint8Array(count);
    this.negOut = new Uint8Array(count);
    this.qFirst = new Int32Array(count);
    this.qCount = new Int32Array(count);
    this.said = new Array(count).fill(null);
  }

  /**
   * The statements of sentence si taken over from the kept analysis (new objects, moved to where the sentence now
   * is), or null when it must be analysed. Call for every sentence in order; then noteSentence() for one analysed.
   */
  sentence(si: number, sent: Sent, negIn: boolean, quantities: Quantity[]): Statement[] | null {
    if (!this.keeping) return null;
    // The quantities that start in the sentence (sorted by start, as findQuantities finds them).
    let qp = this.qp;
    while (qp < quantities.length && quantities[qp]!.start < sent.s) qp++;
    let qe = qp;
    while (qe < quantities.length && quantities[qe]!.start < sent.e) qe++;
    this.qp = qp;
    this.negIn[si] = negIn ? 1 : 0;
    this.qFirst[si] = qp;
    this.qCount[si] = qe - qp;
    const old = this.base;
    if (!old) return null;
    const M = tuning.tokens;
    let dc: number;
    let dt: number;
    if (sent.t1 + M <= this.fresh0) {
      dc = 0;
      dt = 0;
    } else if (sent.t0 - M >= this.fresh1 && sent.s - tuning.charsBefore >= this.same1) {
      dc = this.dChar;
      dt = this.dTok;
    } else return null;
    // The kept sentence that starts at the same token.
    let j = this.j;
    while (j < old.st0.length && old.st0[j]! < sent.t0 - dt) j++;
    this.j = j;
    if (j >= old.st0.length || old.st0[j] !== sent.t0 - dt || old.st1[j] !== sent.t1 - dt || old.ss[j] !== sent.s - dc || old.se[j] !== sent.e - dc)
      return null;
    const said = old.said[j];
    if (!said || (j === 0) !== (si === 0)) return null;
    if (tuning.carried && old.negIn[j] !== this.negIn[si]) return null;
    const count = qe - qp;
    if (tuning.quantities && (old.qCount[j] !== count || !sameQuantities(quantities, qp, old.quantities, old.qFirst[j]!, count, dc))) return null;
    // What the sentence reads after itself must be unchanged too (before the edit; after it, the text is the same).
    if (dc === 0 && dt === 0) {
      let hi = sent.e;
      for (let q = qp; q < qe; q++) hi = Math.max(hi, quantities[q]!.end);
      if (hi + tuning.charsAfter > this.same0) return null;
    }
    this.negOut[si] = old.negOut[j]!;
    this.said[si] = said;
    this.negAfter = old.negOut[j] === 1;
    this.qAfter = qe;
    const out: Statement[] = new Array(said.length);
    for (let k = 0; k < said.length; k++) out[k] = relocate(said[k]!, si, sent, quantities, qp);
    return out;
  }

  /** Keeps the statements of sentence si, as analysed (statements[from…]), and what it leaves for the next one. */
  noteSentence(si: number, sent: Sent, negOut: boolean, statements: Statement[], from: number, quantities: Quantity[]): void {
    if (!this.keeping) return;
    this.negOut[si] = negOut ? 1 : 0;
    const q0 = this.qFirst[si]!;
    const qn = this.qCount[si]!;
    const said: KeptStatement[] = new Array(statements.length - from);
    for (let k = from; k < statements.length; k++) {
      const st = statements[k]!;
      const q: number[] = new Array(st.quantities.length);
      for (let x = 0; x < q.length; x++) {
        const at = quantities.indexOf(st.quantities[x]!, q0);
        if (at < 0 || at >= q0 + qn) return; // not one of the sentence's own: not kept
        q[x] = at - q0;
      }
      // Kept relative to the sentence (its first character and token), so it holds wherever the sentence moves.
      const s = sent.s;
      said[k - from] = {
        st: {
          ...st,
          start: st.start - s,
          end: st.end - s,
          sentence: 0,
          areas: st.areas.slice(),
          cue: st.cue && { start: st.cue.start - s, end: st.cue.end - s },
          quantities: [],
          t0: st.t0 - sent.t0,
          t1: st.t1 - sent.t0,
        },
        q,
      };
    }
    this.said[si] = said;
  }

  /** Keeps the finished analysis for the next one. */
  finish(parts: {
    tokens: Token[];
    sp: Uint16Array;
    wb: Uint32Array;
    marks: Uint32Array;
    flags: Uint32Array;
    flags2: Uint32Array;
    step: Uint32Array;
    sents: Sent[];
    quantities: Quantity[];
  }): void {
    const text = this.text;
    if (!this.keeping) return;
    const { tokens, sents } = parts;
    const n = tokens.length;
    const old = this.base;
    // The kept per-token arrays share one buffer (a typed array of its own costs an allocation outside the heap each);
    // the analysis hands its flags and marks out, so the kept ones are copies.
    const buf = new ArrayBuffer(30 * n);
    const tv = new Float64Array(buf, 0, n);
    const ts = new Int32Array(buf, 8 * n, n);
    const te = new Int32Array(buf, 12 * n, n);
    const flags = new Uint32Array(buf, 16 * n, n);
    const flags2 = new Uint32Array(buf, 20 * n, n);
    const marks = new Uint32Array(buf, 24 * n, n);
    const tk = new Uint8Array(buf, 28 * n, n);
    const tcap = new Uint8Array(buf, 29 * n, n);
    flags.set(parts.flags);
    flags2.set(parts.flags2);
    marks.set(parts.marks);
    let tf: string[];
    if (old) {
      // Copied tokens are the kept ones: their fields are copied as arrays.
      const a = this.fresh0;
      const b = this.fresh1;
      const ob = b - this.dTok;
      ts.set(old.ts.subarray(0, a));
      te.set(old.te.subarray(0, a));
      tk.set(old.tk.subarray(0, a));
      tcap.set(old.tcap.subarray(0, a));
      tv.set(old.tv.subarray(0, a));
      tk.set(old.tk.subarray(ob), b);
      tcap.set(old.tcap.subarray(ob), b);
      tv.set(old.tv.subarray(ob), b);
      const d = this.dChar;
      for (let i = b; i < n; i++) {
        ts[i] = old.ts[i - this.dTok]! + d;
        te[i] = old.te[i - this.dTok]! + d;
      }
      fill(tokens, a, b, ts, te, tk, tcap, tv);
      tf = old.tf.slice(0, a);
      for (let i = a; i < b; i++) tf.push(tokens[i]!.f);
      for (let i = ob; i < old.tf.length; i++) tf.push(old.tf[i]!);
    } else {
      fill(tokens, 0, n, ts, te, tk, tcap, tv);
      tf = new Array(n);
      for (let i = 0; i < n; i++) tf[i] = tokens[i]!.f;
    }
    const count = sents.length;
    const st0 = new Int32Array(count);
    const st1 = new Int32Array(count);
    const ss = new Int32Array(count);
    const se = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const s = sents[i]!;
      st0[i] = s.t0;
      st1[i] = s.t1;
      ss[i] = s.s;
      se[i] = s.e;
    }
    const quantities: Quantity[] = new Array(parts.quantities.length);
    for (let i = 0; i < quantities.length; i++) quantities[i] = { ...parts.quantities[i]! };
    const k: Kept = {
      text,
      ts,
      te,
      tk,
      tcap,
      tv,
      tf,
      sp: parts.sp,
      wb: parts.wb,
      marks,
      flags,
      flags2,
      step: parts.step,
      st0,
      st1,
      ss,
      se,
      negIn: this.negIn,
      negOut: this.negOut,
      qFirst: this.qFirst,
      qCount: this.qCount,
      said: this.said,
      quantities,
    };
    kept = [k, ...kept.filter((x) => x.text !== text)].slice(0, tuning.keep);
  }
}

/** The fields of tokens [a, b) into the kept arrays (a plain function: no closure per analysis). */
function fill(tokens: Token[], a: number, b: number, ts: Int32Array, te: Int32Array, tk: Uint8Array, tcap: Uint8Array, tv: Float64Array): void {
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    ts[i] = t.s;
    te[i] = t.e;
    tk[i] = t.k;
    tcap[i] = t.cap ? 1 : 0;
    tv[i] = t.v;
  }
}

function isSpace(c: number): boolean {
  // What tokenize() skips or makes a line-break token of: no token ever spans one.
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 10;
}

function firstAtOrAfter(xs: Int32Array, at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function tokenAt(k: Kept, i: number, d: number): Token {
  return { s: k.ts[i]! + d, e: k.te[i]! + d, f: k.tf[i]!, k: k.tk[i] as Kind, v: k.tv[i]!, cap: k.tcap[i] === 1, sent: 0 };
}

/** The kept analysis that shares the most text with this one (as a common beginning and end). */
function pickBase(text: string): { kept: Kept; prefix: number; suffix: number } | null {
  let best: { kept: Kept; prefix: number; suffix: number } | null = null;
  const n = text.length;
  for (const k of kept) {
    const o = k.text;
    const p = commonPrefix(text, o);
    const s = commonSuffix(text, o, Math.min(n, o.length) - p);
    if (!best || p + s > best.prefix + best.suffix) best = { kept: k, prefix: p, suffix: s };
    // The text a keystroke ago: nothing else can share more.
    if (p + s + 8 >= n) break;
  }
  // Too little in common to be worth the bookkeeping.
  return best && best.prefix + best.suffix >= n / 4 ? best : null;
}

// Common beginnings and ends by halving: comparing substrings is a memory comparison in the engine, many times faster
// than comparing character by character in a loop.
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let lo = 0;
  let hi = max;
  if (a.slice(0, max) === b.slice(0, max)) return max;
  while (hi - lo > 32) {
    const mid = (lo + hi) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid;
  }
  while (lo < max && a.charCodeAt(lo) === b.charCodeAt(lo)) lo++;
  return lo;
}

/** The length of the common end of a and b, at most max. */
function commonSuffix(a: string, b: string, max: number): number {
  const an = a.length;
  const bn = b.length;
  if (a.slice(an - max) === b.slice(bn - max)) return max;
  let lo = 0;
  let hi = max;
  while (hi - lo > 32) {
    const mid = (lo + hi) >> 1;
    if (a.slice(an - mid, an - lo) === b.slice(bn - mid, bn - lo)) lo = mid;
    else hi = mid;
  }
  while (lo < max && a.charCodeAt(an - 1 - lo) === b.charCodeAt(bn - 1 - lo)) lo++;
  return lo;
}

/** The quantities xs[xi…] and ys[yi…] are the same, field by field, the first moved by d characters. */
function sameQuantities(xs: Quantity[], xi: number, ys: Quantity[], yi: number, count: number, d: number): boolean {
  for (let k = 0; k < count; k++) {
    const x = xs[xi + k]!;
    const y = ys[yi + k]!;
    if (x.start !== y.start + d || x.end !== y.end + d) return false;
    let keys = 0;
    for (const key in x) {
      keys++;
      if (key === 'start' || key === 'end') continue;
      const a = x[key as keyof Quantity];
      const b = y[key as keyof Quantity];
      if (a !== b && !(Number.isNaN(a) && Number.isNaN(b))) return false;
    }
    for (const _key in y) keys--;
    if (keys !== 0) return false;
  }
  return true;
}

/** A new statement from a kept one, moved into sentence si. */
function relocate(k: KeptStatement, si: number, sent: Sent, quantities: Quantity[], q0: number): Statement {
  const o = k.st;
  const s = sent.s;
  const qs: Quantity[] = new Array(k.q.length);
  for (let x = 0; x < qs.length; x++) qs[x] = quantities[q0 + k.q[x]!]!;
  return {
    ...o,
    start: o.start + s,
    end: o.end + s,
    sentence: si,
    areas: o.areas.slice(),
    cue: o.cue && { start: o.cue.start + s, end: o.cue.end + s },
    quantities: qs,
    t0: o.t0 + sent.t0,
    t1: o.t1 + sent.t0,
  };
}

/**
 * jargon: dense specialist terms and abbreviations the Nav-veileder, the employer and the patient do not
 * share. A hint, with a plain-language replacement where one is known.
 */
import { F } from '../lexicon.ts';
import { M_JARGON_PART, M_VERTEBRA } from '../marks.ts';
import { Kind, type Token } from '../text.ts';
import { withCursor } from './fixes.ts';
import { defineRule, type RuleContext } from './types.ts';

/** Plain-language replacements offered for common terms. */
const PLAIN: Record<string, string> = {
  bilat: 'på begge sider',
  ischialgi: 'isjias (nervesmerter ned i beinet)',
  lumbago: 'akutte korsryggsmerter',
  myalgi: 'muskelsmerter',
  parestesier: 'prikking og nummenhet',
  parestesi: 'prikking og nummenhet',
  hypestesi: 'nedsatt følelse',
  radikulopati: 'nerverotaffeksjon',
  paravertebral: 'langs ryggraden',
  palpasjonsom: 'øm ved trykk',
  hypertensjon: 'høyt blodtrykk',
  ekstensjon: 'strekk',
  fleksjon: 'bøy',
  abduksjon: 'løfte ut til siden',
  residiverende: 'tilbakevendende',
  persisterende: 'vedvarende',
  ve: 'venstre',
  dx: 'høyre',
  dyspne: 'tung pust',
  vertigo: 'svimmelhet',
  afasi: 'språkvansker',
  ejeksjonsfraksjon: 'hjertets pumpeevne',
};

/** Everyday acronyms that a Nav reader knows. */
const COMMON_ACRONYMS = new Set([
  'nav',
  'pc',
  'mr',
  'ct',
  'dps',
  'aap',
  'bup',
  'it',
  'ok',
  'kg',
  'km',
  'tv',
  'ptsd',
  'adhd',
  'kols',
  'ms',
  'als',
  'hms',
  'ia',
  'eu',
  'cv',
  'aev',
  'usa',
  'oslo',
  'sfo',
  'nrk',
  'ppt',
  'bpa',
  'rop',
  'kpi',
  'ui',
]);

/** "TKA", "ROM": a 2–4 letter all-caps token in otherwise mixed-case text (not a shouted sentence). */
function isClinicalAcronym(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const len = t.e - t.s;
  if (len < 2 || len > 4 || !t.cap) return false;
  // A lower-case second letter («Kan», «Han»: most capitalised words) is no acronym; known without slicing the text.
  const c1 = text.charCodeAt(t.s + 1);
  if (c1 >= 97 && c1 <= 122) return false;
  if (COMMON_ACRONYMS.has(t.f)) return false;
  const raw = text.slice(t.s, t.e);
  if (raw !== raw.toUpperCase() || /[^A-ZÆØÅ]/.test(raw)) return false;
  for (const k of [i - 1, i + 1, i - 2, i + 2]) {
    const n = tokens[k];
    if (!n || n.k !== Kind.Word || n.e - n.s < 3) continue;
    const r = text.slice(n.s, n.e);
    if (r === r.toUpperCase()) return false;
  }
  return true;
}

function detectJargon(ctx: RuleContext, fixTitle: string): void {
  const { an, text } = ctx;
  // (The word tests are the analysis's marks: marks.ts.)
  const { tokens, flags, marks } = an;
  const terms: { i: number; key: string }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.k !== Kind.Word) continue;
    const m = marks[i]!;
    let is = (flags[i]! & F.JARGON) !== 0;
    // "ve."/"dx." only as abbreviations.
    if (is && (t.f === 've' || t.f === 'dx') && tokens[i + 1]?.f !== '.') is = false;
    // A hyphenated word with a jargon part.
    if (!is && m & M_JARGON_PART) is = true;
    if (!is && t.cap && t.e - t.s <= 4 && isClinicalAcronym(text, tokens, i)) is = true;
    // "L4/L5", "L5/S1": tokenised as l4 / l5.
    if (!is && m & M_VERTEBRA && tokens[i + 1]?.f !== 'time') is = true;
    if (!is) continue;
    const key = m & M_VERTEBRA ? 'vertebra' : t.f;
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push({ i, key });
  }
  const n = terms.length;
  if (n < 2 || (n < 3 && n / Math.max(1, an.words) < 0.2)) return;
  for (const { i } of terms.slice(0, 6)) {
    const t = tokens[i]!;
    const end = (t.f === 've' || t.f === 'dx') && tokens[i + 1]?.f === '.' ? tokens[i + 1]!.e : t.e;
    const plain = PLAIN[t.f];
    const fixes = plain ? [withCursor(fixTitle, t.s, end, plain)] : undefined;
    ctx.report({ start: t.s, end, ...(fixes ? { fixes } : {}), message: `Fagspråk: «${text.slice(t.s, end)}» – skriv så alle parter forstår.` });
  }
}

export const jargon = defineRule(
  {
    id: 'jargon',
    severity: 'hint',
    scope: 'span',
    message: 'Fagspråk: skriv så Nav-veileder og arbeidsgiver forstår.',
    why:
      'Teksten leses av Nav-veiledere og noen ganger av arbeidsgiver og pasient. Syfo-veiledere ber om mindre ' +
      'fagspråk; en vedtakstekst skal kunne forstås av «en alminnelig, oppegående person».',
    source: 'Kilde: Oxford Research for Nav (seed 001, linje 1556–1558); SINTEF (seed 004, linje 5097–5100)',
    appliesTo: ['function'],
    fixes: ['Bytt til vanlig språk'],
  },
  (ctx) => detectJargon(ctx, jargon.def.fixes[0]!),
);

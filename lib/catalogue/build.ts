/**
 * Pure core of scripts/build-catalogue.ts: merges SSB's STYRK-08 list, NAV's titles/categories and the
 * hand-written content files into a Catalogue, reporting what is missing or invalid instead of failing,
 * so the product keeps working while some major groups are still being written.
 */
import { z } from 'zod';
import { parseForeignTitle, PriorFileSchema, SourceEntrySchema, type SourceEntry } from './source-schema.ts';
import { normalize } from './fold.ts';
import { CatalogueSchema, type Catalogue, type CatalogueEntry } from './schema.ts';
import { ruleProblems, verbLexicon } from './activity.ts';

/** RFC 4180-ish parser: SSB's file quotes names that contain commas. */
export function parseCsv(text: string, sep = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      cell = '';
      if (row.some((x) => x !== '')) rows.push(row);
      row = [];
    } else cell += c;
  }
  row.push(cell);
  if (row.some((x) => x !== '')) rows.push(row);
  return rows;
}

export const ATTRIBUTION = [
  'Yrkeskoder og titler: STYRK-08, Statistisk sentralbyrå (SSB), Klass klassifikasjon 7, lisens NLOD/CC BY 4.0.',
  'Korttitler og yrkeskategorier: NAV (navikt/pam-styrk-yrkeskategori-mapper, MIT).',
  'Faktagrunnlag for beskrivelser og oppgaver: ISCO-08 © ILO, via ESCO v1.2 (Europakommisjonen); teksten er skrevet på norsk for Skjemahjelp og er ikke en oversettelse.',
  'Norske nasjonale avvik (bl.a. 2221, 2223, 2224, 2267, 2269, 3439) er beskrevet ut fra norske forhold, ikke ISCO-tekst.',
].join(' ');

export const DERIVATION = [
  'Kravnivåene (0 = nesten ingen krav, 3 = høye/avgjørende krav) og arbeidsforholdene er veiledende.',
  'De er satt skjønnsmessig av prosjektet ut fra de typiske oppgavene i yrkesgruppen, med en kort begrunnelse per område,',
  'og sier ingenting om krav i en bestemt stilling. Sjekk alltid mot den konkrete arbeidsplassen.',
].join(' ');

export interface BuildInput {
  styrkCsv: string;
  navCsv: string;
  /** File name (major-<d>.json) → raw text. */
  sources: Record<string, string>;
  /** Raw text of prior.json (how common each occupation is), if present. */
  prior?: string;
}

export interface BuildResult {
  catalogue: Catalogue;
  problems: string[];
  /** Synonyms (lower-cased) given to more than one unit group, with their codes. */
  sharedSynonyms: [string, string[]][];
}

export function buildCatalogue(input: BuildInput): BuildResult {
  const groups: Record<string, string> = {};
  const units: { code: string; title: string }[] = [];
  for (const [code, level, , name] of parseCsv(input.styrkCsv).slice(1)) {
    if (!code || !name) continue;
    if (level === '4') units.push({ code, title: name.trim() });
    else groups[code] = name.trim();
  }
  const unitCodes = new Set(units.map((u) => u.code));
  const nav = new Map<string, { title: string; category: [string, string] }>();
  for (const [code, title, c1, c2] of parseCsv(input.navCsv, ';').slice(1)) {
    if (code) nav.set(code, { title: (title ?? '').trim(), category: [(c1 ?? '').trim(), (c2 ?? '').trim()] });
  }

  const content = new Map<string, SourceEntry>();
  const problems: string[] = [];
  for (const f of Object.keys(input.sources).sort()) {
    let raw: unknown;
    try {
      raw = JSON.parse(input.sources[f]!);
    } catch (e) {
      problems.push(`${f}: ugyldig JSON (${(e as Error).message})`);
      continue;
    }
    if (!Array.isArray(raw)) {
      problems.push(`${f}: forventet en liste`);
      continue;
    }
    const major = f.match(/major-(\d)/)?.[1];
    // Entry by entry, so one bad entry in a colleague's file does not drop the whole major group.
    raw.forEach((item, i) => {
      const r = SourceEntrySchema.safeParse(item);
      if (!r.success) {
        problems.push(`${f}[${i}] ${(item as { code?: string } | null)?.code ?? '?'}: ${z.prettifyError(r.error).replace(/\n/g, ' ')}`);
        return;
      }
      if (major && !r.data.code.startsWith(major)) problems.push(`${f}: ${r.data.code} hører ikke til denne hovedgruppen`);
      if (!unitCodes.has(r.data.code)) {
        problems.push(`${f}: ukjent STYRK-kode ${r.data.code}`);
        return;
      }
      if (content.has(r.data.code)) problems.push(`${f}: ${r.data.code} finnes flere ganger; siste brukes`);
      for (const p of ruleProblems(r.data.activities ?? [], verbLexicon())) problems.push(`${f}: ${r.data.code}: ${p}`);
      content.set(r.data.code, r.data);
    });
  }

  const prior = new Map<string, number>();
  let priorDefault: number | undefined;
  if (input.prior !== undefined) {
    let raw: unknown;
    try {
      raw = JSON.parse(input.prior);
    } catch (e) {
      problems.push(`prior.json: ugyldig JSON (${(e as Error).message})`);
    }
    const r = raw === undefined ? null : PriorFileSchema.safeParse(raw);
    if (r && !r.success) problems.push(`prior.json: ${z.prettifyError(r.error).replace(/\n/g, ' ')}`);
    if (r?.success) {
      priorDefault = r.data.default;
      for (const [cls, codes] of Object.entries(r.data.classes)) {
        for (const code of codes) {
          if (!unitCodes.has(code)) problems.push(`prior.json: ukjent STYRK-kode ${code}`);
          else if (prior.has(code) && prior.get(code) !== +cls) problems.push(`prior.json: ${code} står i flere klasser`);
          else prior.set(code, +cls);
        }
      }
    }
  }

  const entries: CatalogueEntry[] = [];
  const missing: string[] = [];
  const owners = new Map<string, string[]>();
  for (const u of units) {
    const n = nav.get(u.code) ?? { title: u.title, category: ['', ''] as [string, string] };
    const c = content.get(u.code);
    if (!c) missing.push(u.code);
    const seen = new Set([u.title.toLowerCase(), n.title.toLowerCase()]);
    const synonyms: string[] = [];
    for (const s of c?.synonyms ?? []) {
      const t = s.trim().replace(/\s+/g, ' ');
      if (!t || seen.has(t.toLowerCase())) continue;
      seen.add(t.toLowerCase());
      synonyms.push(t);
      owners.set(t.toLowerCase(), [...(owners.get(t.toLowerCase()) ?? []), u.code]);
    }
    entries.push({
      code: u.code,
      title: u.title,
      navTitle: n.title || u.title,
      category: n.category,
      ...(c
        ? { description: c.description, tasks: c.tasks, education: c.education, skillLevel: c.skillLevel, demands: c.demands, conditions: c.conditions }
        : {}),
      synonyms,
      ...(c?.foreignTitles?.length ? { foreignTitles: c.foreignTitles } : {}),
      ...(c?.activities ? { activities: c.activities } : {}),
      ...(prior.has(u.code) || priorDefault !== undefined ? { prior: prior.get(u.code) ?? priorDefault } : {}),
    });
  }
  // A title in another language that is also a Norwegian title or synonym (of any group) would pull that word to
  // the foreign title's group, or be pulled from it: each must be a word of its own.
  const norwegian = new Map<string, string>();
  for (const e of entries) for (const t of [e.title, e.navTitle, ...e.synonyms]) norwegian.set(normalize(t), e.code);
  for (const e of entries)
    for (const f of e.foreignTitles ?? []) {
      const title = parseForeignTitle(f)?.title ?? f;
      const owner = norwegian.get(normalize(title));
      if (owner) problems.push(`${e.code}: fremmedspråklig tittel «${title}» er også en norsk tittel eller et synonym (${owner})`);
    }
  const catalogue = CatalogueSchema.parse({ version: 1, attribution: ATTRIBUTION, derivation: DERIVATION, groups, missing, entries });
  return { catalogue, problems, sharedSynonyms: [...owners].filter(([, o]) => o.length > 1) };
}

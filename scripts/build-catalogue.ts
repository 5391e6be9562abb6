/**
 * Builds lib/catalogue/data/catalogue.json from SSB's STYRK-08 list, NAV's short titles/categories and the
 * hand-written Norwegian content in scripts/catalogue-src/major-*.json. Run: `npm run build:catalogue`.
 * Only this script reads ../shared; the product reads the committed output.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { SourceEntrySchema, type SourceEntry } from '../lib/catalogue/source-schema.ts';
import { CatalogueSchema, compactCatalogue, expandCatalogue, StoredCatalogueSchema, type Catalogue, type CatalogueEntry } from '../lib/catalogue/schema.ts';
import { isDeepStrictEqual } from 'node:util';

const root = new URL('../', import.meta.url);
const shared = new URL('../../shared/data/', import.meta.url);
const srcDir = new URL('scripts/catalogue-src/', root);
const outFile = new URL('lib/catalogue/data/catalogue.json', root);

/** RFC 4180-ish parser: SSB's file quotes names that contain commas. */
export function parseCsv(text: string, sep = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); cell = '';
      if (row.some((x) => x !== '')) rows.push(row);
      row = [];
    } else cell += c;
  }
  row.push(cell);
  if (row.some((x) => x !== '')) rows.push(row);
  return rows;
}

const ATTRIBUTION = [
  'Yrkeskoder og titler: STYRK-08, Statistisk sentralbyrå (SSB), Klass klassifikasjon 7, lisens NLOD/CC BY 4.0.',
  'Korttitler og yrkeskategorier: NAV (navikt/pam-styrk-yrkeskategori-mapper, MIT).',
  'Faktagrunnlag for beskrivelser og oppgaver: ISCO-08 © ILO, via ESCO v1.2 (Europakommisjonen); teksten er skrevet på norsk for Skjemahjelp og er ikke en oversettelse.',
  'Norske nasjonale avvik (bl.a. 2221, 2223, 2224, 2267, 2269, 3439) er beskrevet ut fra norske forhold, ikke ISCO-tekst.',
].join(' ');

const DERIVATION = [
  'Kravnivåene (0 = nesten ingen krav, 3 = høye/avgjørende krav) og arbeidsforholdene er veiledende.',
  'De er satt skjønnsmessig av prosjektet ut fra de typiske oppgavene i yrkesgruppen, med en kort begrunnelse per område,',
  'og sier ingenting om krav i en bestemt stilling. Sjekk alltid mot den konkrete arbeidsplassen.',
].join(' ');

function main(): number {
  const styrk = parseCsv(readFileSync(new URL('styrk08/styrk08.csv', shared), 'utf8')).slice(1);
  const groups: Record<string, string> = {};
  const units: { code: string; title: string }[] = [];
  for (const [code, level, , name] of styrk) {
    if (!code || !name) continue;
    if (level === '4') units.push({ code, title: name.trim() });
    else groups[code] = name.trim();
  }
  const nav = new Map<string, { title: string; category: [string, string] }>();
  for (const [code, title, c1, c2] of parseCsv(readFileSync(new URL('styrk08/nav_styrk_yrkeskategori.csv', shared), 'utf8'), ';').slice(1)) {
    if (code) nav.set(code, { title: (title ?? '').trim(), category: [(c1 ?? '').trim(), (c2 ?? '').trim()] });
  }

  const content = new Map<string, SourceEntry>();
  const problems: string[] = [];
  const files = existsSync(srcDir) ? readdirSync(srcDir).filter((f) => /^major-\d\.json$/.test(f)).sort() : [];
  for (const f of files) {
    let raw: unknown;
    try { raw = JSON.parse(readFileSync(new URL(f, srcDir), 'utf8')); }
    catch (e) { problems.push(`${f}: ugyldig JSON (${(e as Error).message})`); continue; }
    if (!Array.isArray(raw)) { problems.push(`${f}: forventet en liste`); continue; }
    // Entry by entry, so one bad entry in a colleague's file does not drop the whole major group.
    raw.forEach((item, i) => {
      const r = SourceEntrySchema.safeParse(item);
      if (!r.success) { problems.push(`${f}[${i}] ${(item as { code?: string })?.code ?? '?'}: ${z.prettifyError(r.error).replace(/\n/g, ' ')}`); return; }
      if (!r.data.code.startsWith(f[6]!)) problems.push(`${f}: ${r.data.code} hører ikke til denne hovedgruppen`);
      if (content.has(r.data.code)) problems.push(`${f}: ${r.data.code} finnes flere ganger; siste brukes`);
      content.set(r.data.code, r.data);
    });
  }

  const entries: CatalogueEntry[] = [];
  const missing: string[] = [];
  const synonymOwners = new Map<string, string[]>();
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
      synonymOwners.set(t.toLowerCase(), [...(synonymOwners.get(t.toLowerCase()) ?? []), u.code]);
    }
    entries.push({
      code: u.code, title: u.title, navTitle: n.title || u.title, category: n.category,
      ...(c ? { description: c.description, tasks: c.tasks, education: c.education, skillLevel: c.skillLevel, demands: c.demands, conditions: c.conditions } : {}),
      synonyms,
    });
  }
  for (const code of content.keys()) if (!units.some((u) => u.code === code)) problems.push(`ukjent STYRK-kode i innholdet: ${code}`);

  const catalogue: Catalogue = CatalogueSchema.parse({ version: 1, attribution: ATTRIBUTION, derivation: DERIVATION, groups, missing, entries });
  const stored = StoredCatalogueSchema.parse(compactCatalogue(catalogue));
  if (!isDeepStrictEqual(expandCatalogue(stored), catalogue)) throw new Error('compact form does not round-trip');
  writeFileSync(outFile, JSON.stringify(stored) + '\n');

  const shared2 = [...synonymOwners].filter(([, o]) => o.length > 1);
  const synCount = entries.reduce((n, e) => n + e.synonyms.length, 0);
  const byMajor = new Map<string, number>();
  for (const m of missing) byMajor.set(m[0]!, (byMajor.get(m[0]!) ?? 0) + 1);
  console.log(`Skrev ${outFile.pathname}: ${entries.length} yrkesgrupper, ${entries.length - missing.length} med innhold, ${synCount} synonymer, ${(JSON.stringify(stored).length / 1024).toFixed(0)} KB.`);
  console.log(`Kildefiler: ${files.join(', ') || '(ingen)'}`);
  if (missing.length) console.log(`Mangler innhold for ${missing.length} grupper: ${[...byMajor].map(([m, k]) => `hovedgruppe ${m}: ${k}`).join(', ')}`);
  if (shared2.length) console.log(`Synonymer brukt i flere grupper (${shared2.length}): ${shared2.slice(0, 20).map(([s, o]) => `${s} (${o.join('/')})`).join(', ')}${shared2.length > 20 ? ' …' : ''}`);
  for (const p of problems) console.log(`Problem: ${p}`);
  return problems.length ? 1 : 0;
}

process.exitCode = main();

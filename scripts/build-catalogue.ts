/**
 * Builds lib/catalogue/data/catalogue.json from SSB's STYRK-08 list, NAV's short titles/categories and the
 * hand-written Norwegian content in scripts/catalogue-src/major-*.json. Run: `npm run build:catalogue`.
 * Only this script reads ../shared; the product reads the committed output. Exit code 1 when a source file
 * has problems; missing major groups are reported but still build.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { buildCatalogue } from '../lib/catalogue/build.ts';
import { compactCatalogue, expandCatalogue, StoredCatalogueSchema } from '../lib/catalogue/schema.ts';

const root = new URL('../', import.meta.url);
// ../shared/data beside the repository; SHARED_DATA overrides it (a git worktree lives elsewhere).
const shared = process.env.SHARED_DATA ? new URL(`file://${process.env.SHARED_DATA.replace(/\/?$/, '/')}`) : new URL('../../shared/data/', import.meta.url);
const srcDir = new URL('scripts/catalogue-src/', root);
const outFile = new URL('lib/catalogue/data/catalogue.json', root);

const files = existsSync(srcDir)
  ? readdirSync(srcDir)
      .filter((f) => /^major-\d\.json$/.test(f))
      .sort()
  : [];
const { catalogue, problems, sharedSynonyms } = buildCatalogue({
  styrkCsv: readFileSync(new URL('styrk08/styrk08.csv', shared), 'utf8'),
  navCsv: readFileSync(new URL('styrk08/nav_styrk_yrkeskategori.csv', shared), 'utf8'),
  sources: Object.fromEntries(files.map((f) => [f, readFileSync(new URL(f, srcDir), 'utf8')])),
  ...(existsSync(new URL('prior.json', srcDir)) ? { prior: readFileSync(new URL('prior.json', srcDir), 'utf8') } : {}),
});
const stored = StoredCatalogueSchema.parse(compactCatalogue(catalogue));
if (!isDeepStrictEqual(expandCatalogue(stored), catalogue)) throw new Error('compact form does not round-trip');
writeFileSync(outFile, JSON.stringify(stored) + '\n');

const { entries, missing } = catalogue;
const synCount = entries.reduce((n, e) => n + e.synonyms.length, 0);
const byMajor = new Map<string, number>();
for (const m of missing) byMajor.set(m[0]!, (byMajor.get(m[0]!) ?? 0) + 1);
console.log(
  `Skrev ${outFile.pathname}: ${entries.length} yrkesgrupper, ${entries.length - missing.length} med innhold, ${synCount} synonymer, ${(JSON.stringify(stored).length / 1024).toFixed(0)} KB.`,
);
console.log(`Kildefiler: ${files.join(', ') || '(ingen)'}`);
if (missing.length) console.log(`Mangler innhold for ${missing.length} grupper: ${[...byMajor].map(([m, k]) => `hovedgruppe ${m}: ${k}`).join(', ')}`);
if (sharedSynonyms.length)
  console.log(
    `Synonymer brukt i flere grupper (${sharedSynonyms.length}): ${sharedSynonyms
      .slice(0, 20)
      .map(([s, o]) => `${s} (${o.join('/')})`)
      .join(', ')}${sharedSynonyms.length > 20 ? ' …' : ''}`,
  );
for (const p of problems) console.log(`Problem: ${p}`);
process.exitCode = problems.length ? 1 : 0;

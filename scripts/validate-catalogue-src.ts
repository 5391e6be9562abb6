// Validates hand-written catalogue content: `npx tsx scripts/validate-catalogue-src.ts scripts/catalogue-src/major-2.json`
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SourceFileSchema } from '../lib/catalogue/source-schema.ts';

const styrk = readFileSync(new URL('../../shared/data/styrk08/styrk08.csv', import.meta.url), 'utf8')
  .split('\n')
  .slice(1)
  .map((l) => l.split(','))
  .filter((c) => c[1] === '4')
  .map((c) => c[0]!);
let failed = false;
for (const file of process.argv.slice(2)) {
  const r = SourceFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!r.success) {
    console.error(`${file}:\n${z.prettifyError(r.error)}`);
    failed = true;
    continue;
  }
  const major = file.match(/major-(\d)/)?.[1];
  const want = styrk.filter((c) => !major || c.startsWith(major));
  const have = new Set(r.data.map((e) => e.code));
  const missing = want.filter((c) => !have.has(c));
  const extra = [...have].filter((c) => !want.includes(c));
  const syn = r.data.reduce((n, e) => n + e.synonyms.length, 0);
  console.log(
    `${file}: ${r.data.length} entries, ${syn} synonyms; missing ${missing.length}${missing.length ? ': ' + missing.join(' ') : ''}${extra.length ? '; unknown codes: ' + extra.join(' ') : ''}`,
  );
  if (missing.length || extra.length) failed = true;
}
process.exitCode = failed ? 1 : 0;

/**
 * `npm run bench:checks [-- --write]`: p50/p95 of a full lint() on Norwegian functional descriptions of
 * 500, 5,000 and 50,000 characters, side by side with harper.js (LocalLinter, inlined WASM binary) on English
 * prose of the same length, in the same process. `--write` saves the table to bench/checks/RESULTS.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import { lint } from '../../lib/checks/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');

// Norwegian input: the corpus texts for functional fields, joined as paragraphs, cut to length.
const corpus = readFileSync(join(root, 'test/corpus/checks/corpus.txt'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.slice(l.indexOf(' | ', l.indexOf(' | ') + 3) + 3).replace(/\\n/g, '\n'));
// English input for harper: ordinary prose of the same kind (written for this benchmark).
const english = [
  'The patient has had back pain for several years and cannot lift heavy objects.',
  'She can walk about five hundred metres on flat ground before the pain forces her to stop and rest.',
  'He is able to sit for thirty minutes at a time, after which he needs to stand up and move around.',
  'Concentration is reduced, and she loses track of conversations in meetings with many participants.',
  'Improvement is expected within three months with physiotherapy and a gradual return to work.',
  'The job involves lifting boxes of up to twenty kilograms and standing for most of the shift.',
  'He should avoid night shifts and work with heavy machinery until the seizures are under control.',
  'She manages light office work for four hours a day with short breaks every hour.',
];

function make(parts: string[], n: number): string {
  let s = '';
  for (let i = 0; s.length < n; i++) s += (s ? ' ' : '') + parts[i % parts.length]!;
  // Cut at a word boundary so both engines see whole words.
  const cut = s.lastIndexOf(' ', n);
  return s.slice(0, cut > n * 0.9 ? cut : n);
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(fn: () => unknown, iters: number, warm: number): Promise<{ p50: number; p95: number; n: number }> {
  for (let i = 0; i < warm; i++) await fn();
  const xs: number[] = [];
  for (let i = 0; i < iters; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  xs.sort((a, b) => a - b);
  return { p50: pct(xs, 50), p95: pct(xs, 95), n: iters };
}

const harper = new LocalLinter({ binary: binaryInlined });
await harper.setup();

const sizes = [500, 5_000, 50_000];
const rows: string[] = [];
const results: { size: number; ours: { p50: number; p95: number; n: number }; harper: { p50: number; p95: number; n: number } }[] = [];
for (const size of sizes) {
  const no = make(corpus, size);
  const en = make(english, size);
  const ours = await time(() => lint(no, 'l40.5.1'), size >= 50_000 ? 200 : 2000, 50);
  const h = await time(() => harper.lint(en), size >= 50_000 ? 5 : size >= 5_000 ? 20 : 50, 2);
  results.push({ size, ours, harper: h });
  const diags = lint(no, 'l40.5.1').diagnostics.length;
  rows.push(
    `| ${size.toLocaleString('en')} | ${ours.p50.toFixed(3)} | ${ours.p95.toFixed(3)} | ${h.p50.toFixed(1)} | ${h.p95.toFixed(1)} | ${(h.p95 / ours.p95).toFixed(0)}× | ${diags} | ${ours.n} / ${h.n} |`,
  );
}

const pkg = JSON.parse(readFileSync(join(root, 'node_modules/harper.js/package.json'), 'utf8')) as { version: string };
const cpu = cpus();
const machine = `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()} ${release()}, Node ${process.version}, harper.js ${pkg.version}`;
const out = [
  '# Checks engine benchmark',
  '',
  `Machine: ${machine}. Run: ${new Date().toISOString()}.`,
  '',
  'Full `lint(text, "l40.5.1")` (analysis, all rules, fixes, score) on Norwegian functional descriptions, against',
  '`harper.js` `LocalLinter` (inlined WASM binary, default rules) on English prose of the same length, in the same',
  'process, after warm-up. Times in milliseconds.',
  '',
  '| chars | skjemahjelp p50 | skjemahjelp p95 | harper p50 | harper p95 | harper p95 / ours p95 | diagnostics | iterations (ours / harper) |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  `Goal: p95 ≤ 1 ms at 5,000 chars (${results[1]!.ours.p95 <= 1 ? 'met' : 'NOT met'}: ${results[1]!.ours.p95.toFixed(3)} ms) and ≥ 20× faster than harper.js ` +
    `(${results.every((r) => r.harper.p95 / r.ours.p95 >= 20) ? 'met at every size' : 'not met at every size'}).`,
  '',
  'The two linters do different jobs (harper checks English grammar and spelling; this engine checks the content of a',
  'Norwegian functional description), so the comparison is about what fits in a keystroke budget, not about quality.',
  '',
];
console.log(out.join('\n'));
if (process.argv.includes('--write')) writeFileSync(join(here, 'RESULTS.md'), out.join('\n'));

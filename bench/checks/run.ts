/**
 * `npm run bench:checks [-- --write]`: p50/p95 of a full lint() on Norwegian functional descriptions of
 * 500, 5,000 and 50,000 characters, side by side with harper.js (LocalLinter, inlined WASM binary) on English
 * prose of the same length, in the same process. `--write` saves the table to bench/checks/RESULTS.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import { lint } from '../../lib/checks/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');

// Norwegian input: the corpus texts joined as paragraphs, cut to length.
const corpus = readFileSync(join(root, 'test/corpus/checks/corpus.txt'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.slice(l.indexOf('|', l.indexOf('|') + 1) + 1).trim().replace(/\\n/g, '\n'));
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
  const cut = s.lastIndexOf(' ', n); // whole words for both engines
  return s.slice(0, cut > n * 0.9 ? cut : n);
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
function stats(xs: number[]): { p50: number; p95: number; n: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: pct(s, 50), p95: pct(s, 95), n: s.length };
}
async function sample(fn: () => unknown, iters: number, into: number[]): Promise<number[]> {
  const round: number[] = [];
  for (let i = 0; i < iters; i++) {
    const t0 = performance.now();
    await fn();
    const dt = performance.now() - t0;
    round.push(dt);
    into.push(dt);
  }
  return round;
}

const harper = new LocalLinter({ binary: binaryInlined });
await harper.setup();

// The machine may be shared (parallel builds, browsers): interleaved rounds so both engines see the same
// contention; p50/p95 over all samples, and the p95 of the quietest round next to it.
const ROUNDS = 5;
const sizes = [500, 5_000, 50_000];
const inputs = sizes.map((size) => ({ size, no: make(corpus, size), en: make(english, size) }));
const acc = inputs.map(() => ({ ours: [] as number[], harper: [] as number[], oursRound: [] as number[] }));
for (const x of inputs) {
  for (let i = 0; i < 50; i++) lint(x.no, 'l40.5.1');
  for (let i = 0; i < 2; i++) await harper.lint(x.en);
}
const load0 = loadavg();
for (let r = 0; r < ROUNDS; r++) {
  for (let k = 0; k < inputs.length; k++) {
    const x = inputs[k]!;
    const a = acc[k]!;
    const ours = await sample(() => lint(x.no, 'l40.5.1'), x.size >= 50_000 ? 60 : 600, a.ours);
    await sample(() => harper.lint(x.en), x.size >= 50_000 ? 2 : x.size >= 5_000 ? 6 : 12, a.harper);
    a.oursRound.push(stats(ours).p95);
  }
}
const load1 = loadavg();

const rows: string[] = [];
const results = inputs.map((x, k) => {
  const a = acc[k]!;
  const ours = stats(a.ours);
  const h = stats(a.harper);
  const oursBest = Math.min(...a.oursRound);
  const diags = lint(x.no, 'l40.5.1').diagnostics.length;
  rows.push(
    `| ${x.size.toLocaleString('en')} | ${ours.p50.toFixed(3)} | ${ours.p95.toFixed(3)} | ${oursBest.toFixed(3)} | ${h.p50.toFixed(1)} | ${h.p95.toFixed(1)} | ${(h.p50 / ours.p50).toFixed(0)}× / ${(h.p95 / ours.p95).toFixed(0)}× | ${diags} | ${ours.n} / ${h.n} |`,
  );
  return { size: x.size, ours, oursBest, harper: h };
});

const pkg = JSON.parse(readFileSync(join(root, 'node_modules/harper.js/package.json'), 'utf8')) as { version: string };
const cpu = cpus();
const machine = `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()} ${release()}, Node ${process.version}, harper.js ${pkg.version}`;
const five = results[1]!;
const out = [
  '# Checks engine benchmark',
  '',
  `Machine: ${machine}. Run: ${new Date().toISOString()}.`,
  `Load average (1/5/15 min) before: ${load0.map((x) => x.toFixed(1)).join(' / ')}, after: ${load1.map((x) => x.toFixed(1)).join(' / ')} on ${cpu.length} cores` +
    ' (the machine is shared with other jobs, so tails are noisy).',
  '',
  'Full `lint(text, "l40.5.1")` (analysis, all rules, fixes, score) on Norwegian functional descriptions, against',
  '`harper.js` `LocalLinter` (inlined WASM binary, default rules) on English prose of the same length, in the same',
  `process, after warm-up, in ${ROUNDS} interleaved rounds. Times in milliseconds.`,
  '',
  '| chars | skjemahjelp p50 | skjemahjelp p95 | p95, quietest round | harper p50 | harper p95 | harper ÷ ours (p50 / p95) | diagnostics | samples (ours / harper) |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  `Goal p95 ≤ 1 ms at 5,000 chars: ${five.ours.p95 <= 1 ? 'met' : 'NOT met'} over all samples (${five.ours.p95.toFixed(3)} ms); ` +
    `${five.oursBest <= 1 ? 'met' : 'NOT met'} in the quietest round (${five.oursBest.toFixed(3)} ms).`,
  `Goal ≥ 20× faster than harper.js (p95 against p95): ${results.every((r) => r.harper.p95 / r.ours.p95 >= 20) ? 'met at every size' : 'NOT met at every size'}.`,
  '',
  'The two linters do different jobs (harper checks English grammar and spelling; this engine checks the content of a',
  'Norwegian functional description), so the comparison shows what fits in a keystroke budget, not quality.',
  '',
];
console.log(out.join('\n'));
if (process.argv.includes('--write')) writeFileSync(join(here, 'RESULTS.md'), out.join('\n'));

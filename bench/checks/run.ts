/**
 * `npm run bench:checks [-- --write]`: p50/p95/worst of a full lint() on Norwegian functional descriptions of
 * 500, 5,000 and 50,000 characters, per keystroke (the text a keystroke after one analysed a moment ago, which the
 * engine reuses) and cold (a text never analysed: everything the engine keeps is forgotten before each sample), side
 * by side with harper.js (LocalLinter, inlined WASM binary) on English prose of the same length, in the same process.
 * `--write` saves the table to bench/checks/RESULTS.md.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import { build } from 'esbuild';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');

// The engine as it ships: bundled and minified the way the extension's build does it (tsx alone would wrap every
// function for its own bookkeeping, which the extension never pays for).
const outDir = mkdtempSync(join(tmpdir(), 'skjemahjelp-bench-'));
await build({
  // lint() and the hook that forgets every kept analysis (for the cold figures).
  stdin: {
    contents: "export { lint } from './lint.ts'; export { forgetAnalyses } from './analyze.ts';",
    resolveDir: join(root, 'lib/checks'),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  minify: true,
  outfile: join(outDir, 'lint.mjs'),
  logLevel: 'error',
});
const { lint, forgetAnalyses } = (await import(pathToFileURL(join(outDir, 'lint.mjs')).href)) as typeof import('../../lib/checks/lint.ts') &
  Pick<typeof import('../../lib/checks/analyze.ts'), 'forgetAnalyses'>;
// Loaded: the bundle's directory is not needed any more.
rmSync(outDir, { recursive: true, force: true });

// Norwegian input: the development corpus (test/corpus/checks/dev) by kind of text, joined as paragraphs and cut
// to length, so the figure does not hold for one kind of page only.
interface DevItem {
  field: string;
  lang: string;
  text: string;
  id: string;
}
const dev: DevItem[] = readdirSync(join(root, 'test/corpus/checks/dev'))
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) =>
    readFileSync(join(root, 'test/corpus/checks/dev', f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as DevItem),
  );
const KINDS: { name: string; field: string; pick: (x: DevItem) => boolean }[] = [
  { name: 'L40 5.1, bokmål', field: 'l40.5.1', pick: (x) => x.field === 'l40.5.1' && x.lang === 'nb' },
  { name: 'nynorsk, all fields', field: 'l40.5.1', pick: (x) => x.lang === 'nn' },
  { name: 'telegram style and lists (GP)', field: 'l40.5.1', pick: (x) => x.id.startsWith('d1-') },
  { name: 'whole AEV in one field', field: 'aev.begrunnelse', pick: (x) => x.field.startsWith('aev.') },
];
const corpusFor = (k: (typeof KINDS)[number]) => dev.filter(k.pick).map((x) => x.text);
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
function stats(xs: number[]): { p50: number; p95: number; worst: number; n: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: pct(s, 50), p95: pct(s, 95), worst: s[s.length - 1]!, n: s.length };
}
async function sample(fn: () => unknown, iters: number, into: number[], before?: () => void): Promise<number[]> {
  const round: number[] = [];
  for (let i = 0; i < iters; i++) {
    before?.();
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
// Every kind at 5,000 characters (the goal), the first kind also at 500 and 50,000.
const inputs = [...sizes.map((size) => ({ kind: KINDS[0]!, size })), ...KINDS.slice(1).map((kind) => ({ kind, size: 5_000 }))].map(({ kind, size }) => ({
  kind,
  size,
  no: make(corpusFor(kind), size),
  en: make(english, size),
}));
// Every sample gets a text of its own, as every keystroke does: the text with its last character changed, from a
// cycle of 26. Per keystroke, the engine has the text a keystroke before just analysed and reuses what it kept of it;
// cold, everything it keeps is forgotten before each sample (outside the timing), so the text was never seen.
const variants = inputs.map((x) => Array.from({ length: 26 }, (_, j) => x.no.slice(0, -1) + String.fromCharCode(97 + j)));
let turn = 0;
const MODES = ['keystroke', 'cold'] as const;
type Mode = (typeof MODES)[number];
const acc = inputs.map(() => ({
  ours: { keystroke: [] as number[], cold: [] as number[] },
  oursRound: { keystroke: [] as number[], cold: [] as number[] },
  harper: [] as number[],
}));
for (const x of inputs) {
  for (let i = 0; i < 50; i++) lint(variants[inputs.indexOf(x)]![i % 26]!, x.kind.field);
  for (let i = 0; i < 50; i++) {
    forgetAnalyses();
    lint(variants[inputs.indexOf(x)]![i % 26]!, x.kind.field);
  }
  for (let i = 0; i < 2; i++) await harper.lint(x.en);
}
const load0 = loadavg();
const roundLoads: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  for (let k = 0; k < inputs.length; k++) {
    const x = inputs[k]!;
    const a = acc[k]!;
    const n = x.size >= 50_000 ? 60 : 600;
    // Alternate which mode goes first, so neither always follows harper.
    const order: readonly Mode[] = r % 2 ? [...MODES].reverse() : MODES;
    for (const mode of order) {
      const before = mode === 'cold' ? forgetAnalyses : undefined;
      const ours = await sample(() => lint(variants[k]![turn++ % 26]!, x.kind.field), n, a.ours[mode], before);
      a.oursRound[mode].push(stats(ours).p95);
    }
    await sample(() => harper.lint(x.en), x.size >= 50_000 ? 2 : x.size >= 5_000 ? 4 : 12, a.harper);
  }
  roundLoads.push(loadavg()[0]!);
}
const load1 = loadavg();

const rows: string[] = [];
const results = inputs.flatMap((x, k) => {
  const a = acc[k]!;
  const h = stats(a.harper);
  const diags = lint(x.no, x.kind.field).diagnostics.length;
  return MODES.map((mode) => {
    const ours = stats(a.ours[mode]);
    const oursBest = Math.min(...a.oursRound[mode]);
    rows.push(
      `| ${x.kind.name} | ${x.size.toLocaleString('en')} | ${mode} | ${ours.p50.toFixed(3)} | ${ours.p95.toFixed(3)} | ${oursBest.toFixed(3)} | ${ours.worst.toFixed(2)} | ${h.p50.toFixed(1)} | ${h.p95.toFixed(1)} | ${(h.p50 / ours.p50).toFixed(0)}× / ${(h.p95 / ours.p95).toFixed(0)}× | ${diags} | ${ours.n} / ${h.n} |`,
    );
    return { size: x.size, mode, ours, oursBest, harper: h };
  });
});

const pkg = JSON.parse(readFileSync(join(root, 'node_modules/harper.js/package.json'), 'utf8')) as { version: string };
const cpu = cpus();
const machine = `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()} ${release()}, Node ${process.version}, harper.js ${pkg.version}`;
const goal = (mode: Mode) => {
  const fives = results.filter((r) => r.size === 5_000 && r.mode === mode);
  const p95 = Math.max(...fives.map((r) => r.ours.p95));
  const best = Math.max(...fives.map((r) => r.oursBest));
  return (
    `Goal p95 ≤ 1 ms at 5,000 chars (the worst kind of input), ${mode}: ${p95 <= 1 ? 'met' : 'NOT met'} over all samples (${p95.toFixed(3)} ms); ` +
    `${best <= 1 ? 'met' : 'NOT met'} in the quietest round (${best.toFixed(3)} ms).`
  );
};
const twenty = (mode: Mode) =>
  `Goal ≥ 20× faster than harper.js (p95 against p95), ${mode}: ${results.filter((r) => r.mode === mode).every((r) => r.harper.p95 / r.ours.p95 >= 20) ? 'met at every size' : 'NOT met at every size'}.`;
const out = [
  '# Checks engine benchmark',
  '',
  `Machine: ${machine}. Run: ${new Date().toISOString()}.`,
  `Load average (1/5/15 min) before: ${load0.map((x) => x.toFixed(1)).join(' / ')}, after: ${load1.map((x) => x.toFixed(1)).join(' / ')} on ${cpu.length} cores` +
    ` (1 min, after each round: ${roundLoads.map((x) => x.toFixed(1)).join(', ')}; the machine is shared with other jobs, so tails are noisy).`,
  '',
  'Full `lint(text, field)` (analysis, all rules, fixes, score) on Norwegian texts from the development corpus, by',
  'kind of text (L40 5.1 in bokmål; nynorsk; telegram style and lists; whole AEVs in `aev.begrunnelse`), against',
  '`harper.js` `LocalLinter` (inlined WASM binary, default rules) on English prose of the same length, in the same',
  `process, after warm-up, in ${ROUNDS} interleaved rounds. The engine is bundled and minified with esbuild first, as the`,
  'extension ships it. Each sample is the text with its last character changed, as a keystroke does. «keystroke»: the',
  'engine has just analysed the text a keystroke before and reuses what it kept of it (lib/checks/reuse.ts); «cold»:',
  'everything the engine keeps is forgotten before each sample (outside the timing), so the text was never seen.',
  'Times in milliseconds; «worst» is the slowest single call (garbage collection and other jobs on the machine',
  'included).',
  '',
  '| input | chars | mode | skjemahjelp p50 | skjemahjelp p95 | p95, quietest round | worst | harper p50 | harper p95 | harper ÷ ours (p50 / p95) | diagnostics | samples (ours / harper) |',
  '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  goal('keystroke'),
  goal('cold'),
  twenty('keystroke'),
  twenty('cold'),
  '',
  'The two linters do different jobs (harper checks English grammar and spelling; this engine checks the content of a',
  'Norwegian functional description), so the comparison shows what fits in a keystroke budget, not quality.',
  '',
];
console.log(out.join('\n'));
if (process.argv.includes('--write')) writeFileSync(join(here, 'RESULTS.md'), out.join('\n'));

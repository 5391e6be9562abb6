/**
 * Is one version of the yrke search slower than another? Both versions' searchers are loaded into one process and
 * every prefix of `cases.json` is timed with each, back to back, the order swapped every round — so load on a
 * shared machine hits both alike. Per prefix the median over the rounds is kept; the report gives p50, p95 and
 * mean for each, and B's total over A's with the median per-prefix ratio.
 * Run: `A=<checkout of the older version> B=<checkout> npx tsx bench/yrke/pair.ts` (R=rounds, default 7).
 * Separate runs of `run.ts` taken minutes apart cannot settle a 10–30 % question here: p95 alone swings more
 * than tenfold between runs under load (bench/yrke/PAIR.md).
 */
import { readFileSync } from 'node:fs';

const [ra, rb] = [process.env.A, process.env.B];
if (!ra || !rb) throw new Error('Set A and B to two checkouts of this repository.');
const ma = await import(`${ra}/lib/catalogue/search.ts`);
const mb = await import(`${rb}/lib/catalogue/search.ts`);
const sa = ma.createSearcher(ma.loadCatalogue());
const sb = mb.createSearcher(mb.loadCatalogue());
const cases = JSON.parse(readFileSync(`${ra}/test/corpus/yrke/cases.json`, 'utf8')) as { q: string }[];
const prefixes: string[] = [];
for (const c of cases) if (!/^\d+$/.test(c.q)) for (let i = 1; i <= c.q.length; i++) prefixes.push(c.q.slice(0, i));
// Warm both (JIT, memo tables) before timing.
for (const p of prefixes) {
  sa.search(p, 10);
  sb.search(p, 10);
}
const rounds = Number(process.env.R ?? 7);
const ta = prefixes.map(() => [] as number[]);
const tb = prefixes.map(() => [] as number[]);
for (let r = 0; r < rounds; r++)
  for (let i = 0; i < prefixes.length; i++) {
    const order = r % 2 ? [sb, sa] : [sa, sb];
    for (const s of order) {
      const t = performance.now();
      s.search(prefixes[i], 10);
      (s === sa ? ta : tb)[i]!.push(performance.now() - t);
    }
  }
const sorted = (x: number[]) => [...x].sort((p, q) => p - q);
const at = (x: number[], f: number) => sorted(x)[Math.floor(f * (x.length - 1))]!;
const sum = (x: number[]) => x.reduce((p, q) => p + q, 0);
const qa = ta.map((x) => at(x, 0.5));
const qb = tb.map((x) => at(x, 0.5));
const line = (name: string, root: string, q: number[]) =>
  `| ${name} | \`${root}\` | ${at(q, 0.5).toFixed(3)} | ${at(q, 0.95).toFixed(3)} | ${(sum(q) / q.length).toFixed(3)} |`;
console.log(`${prefixes.length} prefixes, ${rounds} rounds, per-prefix medians (ms)\n`);
console.log('| version | checkout | p50 | p95 | mean |\n|---|---|---:|---:|---:|');
console.log(line('A', ra, qa));
console.log(line('B', rb, qb));
console.log(
  `\nB/A total ${(sum(qb) / sum(qa)).toFixed(3)}, median per-prefix ratio ${at(
    qa.map((a, i) => qb[i]! / a),
    0.5,
  ).toFixed(3)}`,
);

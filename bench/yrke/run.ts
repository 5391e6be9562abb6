/**
 * Per-keystroke latency of the yrke search over the whole committed catalogue: queries are "typed" one
 * character at a time and every prefix is searched, as the palette does. Our matcher (titles, synonyms and
 * the activity reader), fuse.js and uFuzzy run on the same folded haystack (titles + NAV titles + synonyms)
 * in the same process, rounds interleaved so background load hits all of them alike.
 * Run: `npm run bench:yrke` (writes bench/yrke/RESULTS.md; --no-write to only print).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import Fuse from 'fuse.js';
import uFuzzy from '@leeoniya/ufuzzy';
import { createSearcher, loadCatalogue } from '../../lib/catalogue/search.ts';
import { normalize } from '../../lib/catalogue/fold.ts';

const cat = loadCatalogue();
const corpus = (f: string) => JSON.parse(readFileSync(new URL(`../../test/corpus/yrke/${f}`, import.meta.url), 'utf8')) as { q: string; tag: string }[];
const typed = (qs: string[]) => qs.filter((q) => !/^\d+$/.test(q)).flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
// Workloads, typed char by char: the main corpus (as in earlier runs) and the development set, whose activity
// phrases are the longest queries with the most words and exercise the activity reader.
const cases = corpus('cases.json').filter((c) => !/^\d+$/.test(c.q));
const dev = corpus('dev.json');
const workloads = [
  { name: '`cases.json` (titles, typos, nynorsk; the workload of earlier runs)', keys: typed(cases.map((c) => c.q)), queries: cases.length },
  { name: '`dev.json` (new writers; 70 of 150 are activity phrases, the longest queries)', keys: typed(dev.map((c) => c.q)), queries: dev.length },
];

const haystack: { code: string; text: string; norm: string }[] = [];
for (const e of cat.entries) for (const t of new Set([e.title, e.navTitle, ...e.synonyms])) haystack.push({ code: e.code, text: t, norm: normalize(t) });

interface Engine {
  name: string;
  run: (q: string) => unknown;
  build: number;
}

/**
 * Wall time per keystroke, and CPU time of this process over the same call (user + system, all threads): on a
 * machine shared with other jobs, wall time includes the time the search waited for a core, CPU time does not.
 */
function measureAll(engines: Engine[], keystrokes: string[], rounds = 3) {
  for (const e of engines) for (const k of keystrokes) e.run(k); // warm-up: JIT and caches
  const wall = engines.map(() => [] as number[]);
  const cpu = engines.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    engines.forEach((e, i) => {
      for (const k of keystrokes) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        e.run(k);
        const t1 = performance.now();
        const c1 = process.cpuUsage(c0);
        wall[i]!.push(t1 - t0);
        cpu[i]!.push((c1.user + c1.system) / 1000);
      }
    });
  }
  const stats = (t: number[]) => {
    t.sort((a, b) => a - b);
    const p = (x: number) => t[Math.min(t.length - 1, Math.floor(x * t.length))]!;
    return { p50: p(0.5), p95: p(0.95), p99: p(0.99), max: t[t.length - 1]!, mean: t.reduce((a, b) => a + b, 0) / t.length };
  };
  return engines.map((e, i) => ({ name: e.name, build: e.build, n: wall[i]!.length, wall: stats(wall[i]!), cpu: stats(cpu[i]!) }));
}

let t0 = performance.now();
const ours = createSearcher(cat);
const oursBuild = performance.now() - t0;
t0 = performance.now();
const fuse = new Fuse(haystack, { keys: ['norm'], threshold: 0.3, ignoreLocation: true, includeScore: true });
const fuseBuild = performance.now() - t0;
const uf = new uFuzzy({ intraMode: 1 });
const ufHay = haystack.map((h) => h.norm);
const engines: Engine[] = [
  { name: 'Skjemahjelp (titles + activity reader, limit 10)', run: (q) => ours.search(q, 10), build: oursBuild },
  { name: 'fuse.js 7 (threshold 0.3, ignoreLocation, folded)', run: (q) => fuse.search(normalize(q), { limit: 10 }), build: fuseBuild },
  {
    name: 'uFuzzy (intraMode 1, folded, filter+sort)',
    run: (q) => {
      const n = normalize(q);
      const idx = uf.filter(ufHay, n);
      if (idx && idx.length < 2000) {
        const info = uf.info(idx, ufHay, n);
        uf.sort(info, ufHay, n);
      }
    },
    build: 0,
  },
];

const loadStart = os.loadavg();
const f = (x: number) => x.toFixed(3);
const sections = workloads.map((w) => {
  const results = measureAll(engines, w.keys);
  const table = [
    `### ${w.name}: ${w.queries} queries, ${w.keys.length} keystrokes, 3 rounds`,
    '',
    '| engine | keystrokes | p50 ms | p95 ms | p99 ms | max ms | mean ms | CPU p50 | CPU p95 | CPU max | build ms |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.n} | ${f(r.wall.p50)} | ${f(r.wall.p95)} | ${f(r.wall.p99)} | ${f(r.wall.max)} | ${f(r.wall.mean)} | ${f(r.cpu.p50)} | ${f(r.cpu.p95)} | ${f(r.cpu.max)} | ${r.build.toFixed(1)} |`,
    ),
  ].join('\n');
  console.log(table + '\n');
  return table;
});
const loadEnd = os.loadavg();
const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' / ');
const md = `# Yrke search benchmark

Generated by \`npm run bench:yrke\` on ${new Date().toISOString()} — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}.
Machine load (1 / 5 / 15 min averages) at start ${load(loadStart)}, at end ${load(loadEnd)}: other jobs shared this 2-core machine.
Catalogue: ${cat.entries.length} unit groups, ${haystack.length} haystack strings (titles, NAV titles, synonyms), activity rules for ${cat.entries.filter((e) => e.activities?.length).length} groups.
Workload: the non-code queries of \`test/corpus/yrke/cases.json\` and \`dev.json\` typed one character at a time, each
prefix searched once per round, 3 rounds after a warm-up round. Goal: p95 ≤ 1 ms.

${sections.join('\n\n')}

Wall columns are the time per keystroke (the goal is about these); CPU columns are this process's CPU time over the
same call (user + system, all threads, so JIT or GC work on other threads can add to it): on a shared machine, wall
time also counts the time the search waited for a core, CPU time does not.

Notes: our matcher also returns full hits (content, parents) and reads activities; it keeps the previous
keystroke's typo survivors (a longer word can only be further away), which is why typing is cheaper than cold
searches; fuse.js and uFuzzy only rank strings and are called cold. Rounds are interleaved across engines.
Timings vary with the load; the max is one keystroke and mostly a garbage collection or another process.
`;
if (!process.argv.includes('--no-write')) writeFileSync(new URL('RESULTS.md', import.meta.url), md);

// What stage 0's «does the page look like a form» look costs, one way of asking at a time, timed inside a content
// script (isolated world, as stage 0 runs) at DOMContentLoaded on the benchmark's pages. Each load runs one
// variant once, cold (the first question a page gets is the one that walks it), chosen by the URL's hash; the
// variants are taken in turn, the order rotated. The pages are served cross-origin isolated so that
// performance.now() is fine-grained (5 µs instead of 100 µs).
//   npx tsx bench/content/gates.ts   (RUNS=n loads per page and variant; ONLY='a|b' variant names;
//   AT=load looks 100 ms after the load event instead)
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, removeProfiles } from '../chromium.ts';
import { wakeTitleSource } from '../../lib/wake/title.ts';
import { NO_FORM_PAGES, form200Page } from './pages.ts';

const PHRASES = wakeTitleSource()
  .split('|')
  .map((p) => p.replace(/\\b/g, '').replace(/\\s\+/g, ' ').replace(/\\(.)/g, '$1'));

/** The title test without a RegExp: the phrases looked up in the lower-cased title, short ones as whole words. */
const STRINGS =
  "const t = d.title.toLowerCase().replace(/\\s+/g, ' '); const w = (c) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 95; for (const p of P) for (let i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + 1)) if (p.length > 3 || (!w(t.charCodeAt(i - 1)) && !w(t.charCodeAt(i + p.length)))) return true; return false;";
const LISTEN =
  "const f = () => {}; window.addEventListener('focusin', f, { capture: true, passive: true }); window.addEventListener('input', f, { capture: true, passive: true }); new MutationObserver(() => {}).observe(d, { childList: true, subtree: true });";
/**
 * name → body of a function of `d` (the document), with `T` (the title pattern's source) and `P` (its phrases) in
 * scope; returns what it found.
 */
const V: [string, string][] = [
  ['nothing (timer only)', 'return 0;'],
  ['title: RegExp built and tested (as shipped)', "return new RegExp(T, 'i').test(d.title);"],
  ['title: lower case, RegExp without i', 'return new RegExp(T).test(d.title.toLowerCase());'],
  ['title: lower case, indexOf per phrase', STRINGS],
  ['tag collection item(1) (as shipped)', "return d.getElementsByTagName('textarea').item(1) !== null;"],
  ['tag collection length', "return d.getElementsByTagName('textarea').length;"],
  ["querySelector('textarea')", "return d.querySelector('textarea') !== null;"],
  ['two window listeners and a MutationObserver', `${LISTEN} return 0;`],
  [
    'whole look as shipped: RegExp, item(1), listeners, observer',
    `const r = new RegExp(T, 'i').test(d.title) || d.getElementsByTagName('textarea').item(1) !== null; ${LISTEN} return r;`,
  ],
  [
    'whole look: indexOf, item(1), listeners, observer',
    `const r = (() => { ${STRINGS} })() || d.getElementsByTagName('textarea').item(1) !== null; ${LISTEN} return r;`,
  ],
];
const only = process.env.ONLY?.split('|');
const variants = V.filter(([n]) => !only || only.includes(n));
const RUNS = Number(process.env.RUNS ?? 15);
const AT = process.env.AT ?? 'DOMContentLoaded';

const script = `(function(){
const T = ${JSON.stringify(wakeTitleSource())};
const P = ${JSON.stringify(PHRASES)};
const V = [${variants.map(([, body]) => `function(d){${body}}`).join(',\n')}];
window.addEventListener(${JSON.stringify(AT === 'load' ? 'load' : 'DOMContentLoaded')}, function () {
  ${AT === 'load' ? 'setTimeout(function () {' : ''}
  const k = Number((/[#&]v=(\\d+)/.exec(location.hash) || [])[1]);
  if (!(k in V)) return;
  // The first touches of the Performance object and of the document make their wrappers in this world (≈ 0.2 ms
  // for the document): not part of any variant, and a content script that looks at the page pays them anyway.
  performance.now();
  const d = document;
  const t0 = performance.now();
  const got = V[k](d);
  const ms = performance.now() - t0;
  document.documentElement.setAttribute('data-gate', JSON.stringify({ ms, got: String(got) }));
  ${AT === 'load' ? '}, 100);' : ''}
}, { once: true });
})();\n`;
const dir = mkdtempSync(join(tmpdir(), 'skjemahjelp-gates-ext-'));
writeFileSync(
  join(dir, 'manifest.json'),
  JSON.stringify({
    manifest_version: 3,
    name: 'gates',
    version: '1.0',
    content_scripts: [{ matches: ['<all_urls>'], js: ['gates.js'], run_at: 'document_start', all_frames: true }],
  }),
);
writeFileSync(join(dir, 'gates.js'), script);

const pages = [
  ...NO_FORM_PAGES.map((p) => ({ name: p.name, path: p.path, html: p.html() })),
  { name: '200-field L40', path: '/form200.html', html: form200Page() },
];
const byPath = new Map(pages.map((p) => [p.path, p.html]));
const server = createServer((req, res) => {
  const body = byPath.get(new URL(req.url ?? '/', 'http://x').pathname);
  if (!body) return void res.writeHead(404).end();
  res
    .writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    })
    .end(body);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

const before = os.loadavg();
const ctx = await launchChromium('skjemahjelp-gates-', dir);
const res = variants.map(() => pages.map(() => [] as number[]));
const found = variants.map(() => pages.map(() => ''));
async function one(k: number, p: number): Promise<void> {
  const page = await ctx.newPage();
  // A fresh hash on a fresh page: a real navigation, not a same-document one.
  await page.goto(`${base}${pages[p]!.path}#v=${k}`, { waitUntil: 'load' });
  if (AT === 'load') await page.waitForTimeout(150);
  const raw = await page.evaluate(() => document.documentElement.getAttribute('data-gate'));
  await page.close();
  if (!raw) throw new Error(`no figure for variant ${k} on ${pages[p]!.path}`);
  const { ms, got } = JSON.parse(raw) as { ms: number; got: string };
  res[k]![p]!.push(ms);
  found[k]![p] = got;
}
const isolated = await (async () => {
  const page = await ctx.newPage();
  await page.goto(`${base}/form200.html`);
  const ok = await page.evaluate(() => crossOriginIsolated);
  await page.close();
  return ok;
})();
for (let p = 0; p < pages.length; p++) await one(0, p); // warm-up
for (const r of res) for (const xs of r) xs.length = 0;
for (let r = 0; r < RUNS; r++) for (let p = 0; p < pages.length; p++) for (let i = 0; i < variants.length; i++) await one((i + r + p) % variants.length, p);
await ctx.close();
server.close();
removeProfiles();
rmSync(dir, { recursive: true, force: true });

const med = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const load = (l: number[]) => l.map((x) => x.toFixed(1)).join('/');
console.log(
  `load ${load(before)} → ${load(os.loadavg())}, ${RUNS} loads each, crossOriginIsolated: ${isolated}; ms at ${AT === 'load' ? 'load + 100 ms' : 'DOMContentLoaded'}, median / worst (answer)`,
);
console.log(`| way of asking | ${pages.map((p) => p.name).join(' | ')} |`);
console.log(`|---|${pages.map(() => '---:').join('|')}|`);
for (const [k, [n]] of variants.entries())
  console.log(`| ${n} | ${res[k]!.map((xs, p) => `${med(xs).toFixed(3)} / ${Math.max(...xs).toFixed(3)} (${found[k]![p]})`).join(' | ')} |`);

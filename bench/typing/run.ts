// Typing in a huge field, in the real browser (system Chromium) with the built extension, against the same
// page without the extension (two browsers, runs interleaved per size). The page is a legeerklæring whose 5.1
// holds 1,000 / 10,000 / 100,000 characters with a vague phrase in nearly every sentence (bench/typing/page.ts).
//
// Per keystroke: the time from the key event (its timeStamp, so waiting behind a busy main thread counts) to
// the end of the next frame after it (rAF, then a task after the frame). Keys are typed in the middle of the
// text, at a typing pace. The longest main-thread task while typing comes from the Long Tasks API.
// Per scroll step (the field scrolled by 120 px): the same, from the scroll to the end of the next frame.
// The checks engine's own cost (lint of the whole text, in Node) is reported separately: the lead is rewriting
// it, and the overlay is built so that typing does not wait for it on large fields.
// Run: npm run build && npx tsx bench/typing/run.ts   (WRITE_RESULTS=1 rewrites RESULTS.md). KEYS=n, SIZES=1000,…
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';
import { EXTENSION as BUILT } from '../../test/e2e/harness.ts';
import { launchChromium, machineLine, removeProfiles } from '../chromium.ts';
import { lint } from '../../lib/checks/lint.ts';
import { longText, typingPage } from './page.ts';

const EXTENSION = process.env.EXTENSION ?? BUILT;
const KEYS = Number(process.env.KEYS ?? 40);
const SCROLLS = Number(process.env.SCROLLS ?? 15);
const SIZES = (process.env.SIZES ?? '1000,10000,100000').split(',').map(Number);
const PACE_MS = 150;

const server = createServer((req, res) => {
  if (new URL(req.url ?? '/', 'http://x').pathname !== '/typing.html') return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(typingPage());
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/typing.html`;

async function open(ext: string | null): Promise<BrowserContext> {
  const ctx = await launchChromium('skjemahjelp-typing-', ext);
  if (ext && ctx.serviceWorkers().length === 0) await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
  return ctx;
}

const PROBE = `(() => {
  const w = window;
  w.__keys = []; w.__scrolls = []; w.__lt = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__lt.push(e.duration); }).observe({ type: 'longtask' });
  const afterFrame = (t0, into) => requestAnimationFrame(() => setTimeout(() => into.push(performance.now() - t0), 0));
  window.addEventListener('keydown', (e) => afterFrame(e.timeStamp, w.__keys), true);
  w.__scrollStep = (el, dy) => { const t0 = performance.now(); el.scrollTop += dy; afterFrame(t0, w.__scrolls); };
})()`;

interface Run {
  keys: number[];
  scrolls: number[];
  longest: number;
  issues: string | null;
}

async function run(ctx: BrowserContext, size: number, withExt: boolean): Promise<Run> {
  const page: Page = await ctx.newPage();
  await page.goto(url);
  if (withExt) await page.waitForFunction(() => document.documentElement.getAttribute('data-skjemahjelp-form') === 'l40', null, { timeout: 15_000 });
  const text = longText(size);
  // Paste the text in one go (one input event, as a paste), then wait for the page to settle.
  await page.evaluate((t) => {
    const el = document.getElementById('f51') as HTMLTextAreaElement;
    el.focus();
    el.select();
    document.execCommand('insertText', false, t);
  }, text);
  if (withExt)
    await page.waitForFunction((n) => document.getElementById('f51')!.getAttribute('data-skjemahjelp-issues') !== '0' || n < 100, size, { timeout: 30_000 });
  await page.waitForTimeout(1500);
  // Caret at a paragraph start in the middle of the text, scrolled into view by typing there.
  await page.evaluate(() => {
    const el = document.getElementById('f51') as HTMLTextAreaElement;
    const mid = el.value.indexOf('\n\n', Math.floor(el.value.length / 2));
    const at = mid < 0 ? Math.floor(el.value.length / 2) : mid + 2;
    el.setSelectionRange(at, at);
    el.blur();
    el.focus();
  });
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await page.waitForTimeout(1000);
  await page.evaluate(PROBE);
  const word = 'kan ikke stå lenge ';
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.type(word[i % word.length]!);
    await page.waitForTimeout(PACE_MS);
  }
  await page.waitForTimeout(1500);
  for (let i = 0; i < SCROLLS; i++) {
    await page.evaluate(
      (dy) => (window as unknown as { __scrollStep: (el: Element, dy: number) => void }).__scrollStep(document.getElementById('f51')!, dy),
      i % 6 < 3 ? 120 : -120,
    );
    await page.waitForTimeout(PACE_MS);
  }
  await page.waitForTimeout(500);
  const r = await page.evaluate(() => {
    const w = window as unknown as { __keys: number[]; __scrolls: number[]; __lt: number[] };
    return {
      keys: w.__keys,
      scrolls: w.__scrolls,
      longest: w.__lt.reduce((m, x) => Math.max(m, x), 0),
      issues: document.getElementById('f51')!.getAttribute('data-skjemahjelp-issues'),
    };
  });
  await page.close();
  return r;
}

const med = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');

const lines: string[] = [];
const log = (s: string) => {
  console.log(s);
  lines.push(s);
};
const loadBefore = os.loadavg();
const ext = await open(EXTENSION);
const none = await open(null);
const summary: string[] = [];
try {
  for (const size of SIZES) {
    // Interleaved: without, with, without, with — two rounds each, pooled.
    const a: Run[] = [],
      b: Run[] = [];
    for (let round = 0; round < 2; round++) {
      b.push(await run(none, size, false));
      a.push(await run(ext, size, true));
    }
    const ka = a.flatMap((r) => r.keys),
      kb = b.flatMap((r) => r.keys);
    const sa = a.flatMap((r) => r.scrolls),
      sb = b.flatMap((r) => r.scrolls);
    const la = Math.max(...a.map((r) => r.longest)),
      lb = Math.max(...b.map((r) => r.longest));
    log(`\n### ${size.toLocaleString('en')} characters in 5.1 (${ka.length} keystrokes and ${sa.length} scroll steps each, with and without the extension)`);
    log('| measure | median | p90 | worst |');
    log('|---|---|---|---|');
    log(`| keystroke → frame done, with the extension, ms | ${f1(med(ka))} | ${f1(pct(ka, 90))} | ${f1(Math.max(...ka))} |`);
    log(`| keystroke → frame done, without, ms | ${f1(med(kb))} | ${f1(pct(kb, 90))} | ${f1(Math.max(...kb))} |`);
    log(
      `| **extra per keystroke** (with − without), ms | **${f1(med(ka) - med(kb))}** | ${f1(pct(ka, 90) - pct(kb, 90))} | ${f1(Math.max(...ka) - Math.max(...kb))} |`,
    );
    log(
      `| scroll step → frame done, with / without, ms | ${f1(med(sa))} / ${f1(med(sb))} | ${f1(pct(sa, 90))} / ${f1(pct(sb, 90))} | ${f1(Math.max(...sa))} / ${f1(Math.max(...sb))} |`,
    );
    log(`| longest main-thread task while typing and scrolling, with / without, ms (0 = none ≥ 50 ms) | | | **${f1(la)}** / ${f1(lb)} |`);
    log(`| data-skjemahjelp-issues after typing | ${a.map((r) => r.issues).join(', ')} | | |`);
    summary.push(
      `| ${size.toLocaleString('en')} | ${f1(med(ka) - med(kb))} | ${f1(Math.max(...ka))} / ${f1(Math.max(...kb))} | ${f1(la)} / ${f1(lb)} | ${f1(med(sa) - med(sb))} |`,
    );
  }
} finally {
  await ext.close();
  await none.close();
  server.close();
  removeProfiles();
}

// The engine alone (not the overlay): one full lint of the text, in Node.
log('\n### The checks engine alone: `lint(text, "l40.5.1")` of the whole text, in Node (7 runs)');
log('| characters | diagnostics | median ms | worst ms |');
log('|---|---|---|---|');
for (const size of SIZES) {
  const text = longText(size);
  lint(text, 'l40.5.1');
  const t: number[] = [];
  let n = 0;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    n = lint(text.slice(0, size - i) + 'x', 'l40.5.1').diagnostics.length;
    t.push(performance.now() - t0);
  }
  log(`| ${size.toLocaleString('en')} | ${n} | ${f1(med(t))} | ${f1(Math.max(...t))} |`);
}
const loadAfter = os.loadavg();
const machine = machineLine(loadBefore, loadAfter, 'shared with other jobs');
console.log('\n' + machine);
if (process.env.WRITE_RESULTS) {
  const header = `# Typing in a huge field\n\n${machine}\nRun: \`npm run bench:typing\` (${new Date().toISOString().slice(0, 10)}), ${KEYS} keystrokes (one every ${PACE_MS} ms) and ${SCROLLS} scroll steps per run, two runs per size and browser.\n\n| characters | extra per keystroke, median ms | worst keystroke with / without, ms | longest task with / without, ms | extra per scroll step, median ms |\n|---|---|---|---|---|\n${summary.join('\n')}\n`;
  writeFileSync(join(import.meta.dirname, 'RESULTS.md'), header + lines.join('\n') + '\n');
}

// Where the content script's cost on pages without a form goes: the extension's outermost script events on the
// page's main thread (from a trace, as bench/content/run.ts reads them), grouped by script and kind — evaluation
// of each file (compile and top-level run) and the callbacks after it — beside two made-up extensions in the same
// run: an empty content script, and one that makes only the extension-API calls any content script with a popup
// and site settings needs (one storage read, a message listener, a storage-change listener). Run on the built
// extension:
//   npm run build && npx tsx bench/content/breakdown.ts   (WRITE_RESULTS=1 rewrites BREAKDOWN.md). RUNS=n loads per kind.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { EXTENSION as BUILT } from '../../test/e2e/harness.ts';
import { launchChromium, machineLine, removeProfiles } from '../chromium.ts';
import { NO_FORM_PAGES } from './pages.ts';
import { extensionScripts, mainThreadEvents, madeUpExtension, servePages, type TraceEvent } from './shared.ts';

const EXTENSION = process.env.EXTENSION ?? BUILT;

const EXTENSIONS: [string, string][] = [
  ['Skjemahjelp', EXTENSION],
  // COMPARE=path adds another build of ours (e.g. the one before a change) to the same run.
  ...(process.env.COMPARE ? [['Skjemahjelp (COMPARE)', process.env.COMPARE] as [string, string]] : []),
  ['empty content script', madeUpExtension(EXTENSION, 'empty', '(function(){})();\n', ['storage'])],
  // The same at document_idle, where stage 0 ran before it shared the key guard's document_start script.
  ['empty content script (document_idle)', madeUpExtension(EXTENSION, 'empty-idle', '(function(){})();\n', ['storage'], 'document_idle')],
  [
    'API calls only (storage read, two listeners)',
    madeUpExtension(
      EXTENSION,
      'api-only',
      "(function(){chrome.storage.local.get(['x']).then(()=>{});chrome.runtime.onMessage.addListener(()=>{});chrome.storage.onChanged.addListener(()=>{});})();\n",
      ['storage'],
    ),
  ],
];

const RUNS = Number(process.env.RUNS ?? 11);
const pages = new Map<string, string>(NO_FORM_PAGES.map((p) => [p.path, p.html()]));
const { base, close: closeServer } = await servePages(pages);

const loadBefore = os.loadavg();
/** extension → page kind → "script: part" → ms per load. */
const per = new Map<string, Map<string, Map<string, number[]>>>(EXTENSIONS.map(([n]) => [n, new Map()]));
// All browsers open at once; every load of one page kind is taken in turn in each browser, the order rotated, so
// that other jobs on the machine hit all alike.
const ctxs: import('playwright-core').BrowserContext[] = [];
for (const [, extPath] of EXTENSIONS) {
  const ctx = await launchChromium('skjemahjelp-breakdown-', extPath);
  if (ctx.serviceWorkers().length === 0) await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
  ctxs.push(ctx);
}
async function one(k: number, p: (typeof NO_FORM_PAGES)[number]): Promise<void> {
  const ctx = ctxs[k]!;
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'toplevel'] }, transferMode: 'ReportEvents' });
  await page.goto(base + p.path, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  await cdp.send('Tracing.end');
  await complete;
  const sums = new Map<string, number>([['all', 0]]);
  for (const e of extensionScripts(mainThreadEvents(events))) {
    const key = `${e.args!.data!.url!.split('/').pop()}: ${e.name === 'EvaluateScript' ? 'evaluation' : 'callbacks'}`;
    sums.set(key, (sums.get(key) ?? 0) + e.dur! / 1000);
    sums.set('all', sums.get('all')! + e.dur! / 1000);
  }
  const byPage = per.get(EXTENSIONS[k]![0])!;
  const m = byPage.get(p.name) ?? byPage.set(p.name, new Map()).get(p.name)!;
  for (const [key, v] of sums) (m.get(key) ?? m.set(key, []).get(key)!).push(v);
  await cdp.detach();
  await page.close();
}
// One warm-up load per browser: the first page in a fresh profile pays one-off costs.
for (let k = 0; k < ctxs.length; k++) {
  const keep = per.get(EXTENSIONS[k]![0])!;
  await one(k, NO_FORM_PAGES[0]);
  keep.clear();
}
for (let run = 0; run < RUNS; run++)
  for (const [j, p] of NO_FORM_PAGES.entries()) for (let i = 0; i < ctxs.length; i++) await one((i + run + j) % ctxs.length, p);
for (const ctx of ctxs) await ctx.close();
removeProfiles();
for (const [, dir] of EXTENSIONS.filter(([n]) => !n.startsWith('Skjemahjelp'))) rmSync(dir, { recursive: true, force: true });
closeServer();

const med = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const lines = ['| page | extension | script: part | median ms per load | worst ms |', '|---|---|---|---:|---:|'];
for (const p of NO_FORM_PAGES)
  for (const [extName, byPage] of per)
    for (const [k, v] of [...(byPage.get(p.name) ?? [])].sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b))))
      lines.push(
        `| ${p.name} | ${extName} | ${k === 'all' ? '**all**' : k} | ${k === 'all' ? `**${med(v).toFixed(2)}**` : med(v).toFixed(2)} | ${Math.max(...v).toFixed(2)} |`,
      );
const out = lines.join('\n');
console.log(out);
if (process.env.WRITE_RESULTS) {
  const machine = machineLine(loadBefore, os.loadavg(), 'shared with other jobs');
  writeFileSync(
    join(import.meta.dirname, 'BREAKDOWN.md'),
    `# Where the content script's time goes on pages without a form\n\n${machine}\nRun: \`npx tsx bench/content/breakdown.ts\` (${new Date().toISOString().slice(0, 10)}), ${RUNS} loads per page kind, from navigation to 1.5 s after the load event. A file's evaluation is its compilation and top-level run (for an unlisted script that includes its main function); callbacks are everything after (the storage read's answer, the first scan, the MutationObserver, messages). Skjemahjelp's one content script, wake.js (key guard and stage 0), runs at document_start and imports recogniser.js only where a page looks like a form or the user writes; the made-up scripts have wake.js's matches, frames and run_at (one empty script also at document_idle). Loads are taken in turn in each browser, the order rotated.\n\n${out}\n`,
  );
}

// Content-script cost, measured in the real browser (system Chromium) with the built extension, side by side in
// one run with the same pages in two other browsers: one with an EMPTY MV3 content script (same matches,
// all_frames, run_at), one that only makes the extension-API calls a content script with a popup and site settings
// needs, and one with no extension at all. Page kinds (bench/content/pages.ts): a news page with
// a log-in form, a web mail with the compose pane open, a large table with filter boxes — none holds a
// supported form — and a 200-field L40.
//
// Per load, from navigation until 1.5 s after the load event (so idle work and re-scans caused by the pages'
// own timers count):
//  - ScriptDuration (Chromium's Performance metrics: all JavaScript run on the page's main thread, content
//    scripts included): extension − empty content script, from loads taken in turn (ext, empty, none, …) so
//    that machine load hits all three alike. This is a difference of two noisy totals;
//  - the extension's own work, read from a trace of the load (no instrumentation in the product): the outermost
//    script events (evaluation, callbacks) whose script is a chrome-extension:// URL on the page's main
//    thread, summed, as wall time and as CPU time (less sensitive to other jobs on the machine), and the same
//    for the empty content script;
//  - on the form page: load event → data-skjemahjelp-form set, the longest piece of extension work, the longest
//    main-thread task that contains extension work, and the longest task (Long Tasks API) with and without
//    the extension.
// Run: npm run bench:content   (builds first; WRITE_RESULTS=1 rewrites RESULTS.md). REPEAT=n loads per kind;
// ONLY=news,form200,… some page kinds; COMPARE=path another build beside ours on the 200-field form.
import { gzipSync } from 'node:zlib';
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import type { BrowserContext } from 'playwright-core';
import { EXTENSION as BUILT } from '../../test/e2e/harness.ts';
import { launchChromium, machineLine, removeProfiles } from '../chromium.ts';

/** EXTENSION=path measures another build (e.g. a variant kept aside while experimenting). */
const EXTENSION = process.env.EXTENSION ?? BUILT;
/** COMPARE=path adds another build on the 200-field form, its loads taken in turn with ours (e.g. the build before a change). */
const COMPARE = process.env.COMPARE;
import { NO_FORM_PAGES, form200Page } from './pages.ts';
import { extensionScripts, madeUpExtension, mainThreadEvents, servePages, type TraceEvent } from './shared.ts';

const REPEAT = Number(process.env.REPEAT ?? 21);
/** ONLY=news,webmail,… restricts the page kinds (form200 for the form). */
const ONLY = process.env.ONLY?.split(',');
const SETTLE_MS = 1500;

const pages = new Map<string, string>();
for (const p of NO_FORM_PAGES) pages.set(p.path, p.html());
pages.set('/form200.html', form200Page());

const { base, close: closeServer } = await servePages(pages);

// The empty content script: the least any extension with a content script on every page costs.
const emptyExt = madeUpExtension(EXTENSION, 'empty', '(function(){})();\n');
// A reference for the least a recogniser must touch: read the text fields from the tag collections and watch
// the page for new ones. No recognition at all — the floor of any content script that looks at the page.
const floorExt = madeUpExtension(
  EXTENSION,
  'floor',
  `(function(){const t=document.getElementsByTagName('textarea'),i=document.getElementsByTagName('input');let n=t.length;
for(let k=0;k<i.length;k++){const y=i[k].getAttribute('type');if(y===null||y.toLowerCase()==='text')n+=(i[k].getAttribute('name')||'').length;}
new MutationObserver(function(r){for(const x of r)for(const a of x.addedNodes)if(a.nodeType===1&&a.querySelector)a.querySelector('textarea,input');}).observe(document.documentElement,{childList:true,subtree:true,attributes:true,attributeFilter:['contenteditable','role']});
document.addEventListener('focusin',function(){},true);})();\n`,
  [],
  // At document_idle, as a recogniser that waits for the page would look: observing from document_start would
  // see every node the parser inserts.
  'document_idle',
);

// The extension-API calls any content script with a popup and per-site settings makes (one storage read, a message
// listener, a storage-change listener) and nothing else: the floor of touching the extension API at all.
const apiExt = madeUpExtension(
  EXTENSION,
  'api-only',
  "(function(){chrome.storage.local.get(['x']).then(()=>{});chrome.runtime.onMessage.addListener(()=>{});chrome.storage.onChanged.addListener(()=>{});})();\n",
  ['storage'],
);

async function open(ext: string | null, ours = ext === EXTENSION): Promise<BrowserContext> {
  const ctx = await launchChromium('skjemahjelp-bench-', ext);
  // Long tasks and the moment the form attribute appears, recorded in the page from its first script on.
  await ctx.addInitScript(() => {
    const w = window as unknown as { __lt: { start: number; duration: number }[]; __rec: number | null };
    w.__lt = [];
    w.__rec = null;
    try {
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) w.__lt.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      /* no Long Tasks API */
    }
    // Observe the document node: at this point <html> may not exist yet.
    new MutationObserver((_, mo) => {
      if (document.documentElement?.hasAttribute('data-skjemahjelp-form')) {
        w.__rec = performance.now();
        mo.disconnect();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-skjemahjelp-form'] });
  });
  if (ext) {
    // Wait for the extension to be up so the first load is not a special case.
    if (ours && ctx.serviceWorkers().length === 0) await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
  }
  return ctx;
}

interface Load {
  script: number;
  /** Main-thread time of the extension's own scripts (outermost trace events with a chrome-extension:// URL), wall and CPU, ms. */
  ext: number;
  extCpu: number;
  /** Number of separate pieces of extension work (script evaluations and callbacks). */
  extCalls: number;
  /** Longest piece of extension work, and the longest main-thread task that contained extension work, ms. */
  extLongest: number;
  taskLongest: number;
  /**
   * The same, among tasks in which the extension worked ≥ 1 ms: leaves out a page task that holds only a trivial
   * callback of ours (stage 0's DOMContentLoaded listener runs in the parser's last task, which may be long).
   */
  taskLongestOwn: number;
  /** load event end → form attribute, ms (null: not recognised). */
  recognised: number | null;
  /** navigation start → form attribute, and → the load event's end, ms: when the load event comes moves the above. */
  recognisedFromStart: number | null;
  loadEnd: number;
  longest: number;
}

/** Sums the extension's work on the pages' main threads from a trace: outermost script events only. */
function attribute(events: TraceEvent[]) {
  const onMain = mainThreadEvents(events);
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  let ext = 0,
    extCpu = 0,
    extCalls = 0,
    extLongest = 0,
    taskLongest = 0;
  const inTask = new Map<TraceEvent, number>();
  for (const e of extensionScripts(onMain)) {
    const end = e.ts + e.dur!;
    ext += e.dur! / 1000;
    extCpu += (e.tdur ?? e.dur!) / 1000;
    extCalls++;
    extLongest = Math.max(extLongest, e.dur! / 1000);
    const task = tasks.find((t) => t.ts <= e.ts && t.ts + t.dur! >= end && t.pid === e.pid && t.tid === e.tid);
    if (task) {
      taskLongest = Math.max(taskLongest, task.dur! / 1000);
      inTask.set(task, (inTask.get(task) ?? 0) + e.dur! / 1000);
    }
  }
  const taskLongestOwn = Math.max(0, ...[...inTask].filter(([, ms]) => ms >= 1).map(([t]) => t.dur! / 1000));
  return { ext, extCpu, extCalls, extLongest, taskLongest, taskLongestOwn };
}

async function load(ctx: BrowserContext, url: string): Promise<Load> {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'toplevel'] }, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  await cdp.send('Tracing.end');
  await complete;
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const script = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  const r = await page.evaluate(() => {
    const w = window as unknown as { __lt: { start: number; duration: number }[]; __rec: number | null };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const after = w.__lt.filter((t) => t.start + t.duration > nav.domContentLoadedEventStart);
    return {
      recognised: w.__rec === null ? null : w.__rec - nav.loadEventEnd,
      recognisedFromStart: w.__rec,
      loadEnd: nav.loadEventEnd,
      longest: after.reduce((m, t) => Math.max(m, t.duration), 0),
    };
  });
  await cdp.detach();
  await page.close();
  return { script, ...attribute(events), ...r };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const med = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');

const lines: string[] = [];
const log = (s: string) => {
  console.log(s);
  lines.push(s);
};
const row = (label: string, xs: number[], bold = false) => {
  const m = f1(med(xs));
  log(`| ${label} | ${bold ? `**${m}**` : m} | ${f1(pct(xs, 90))} | ${f1(Math.max(...xs))} |`);
};
const loadBefore = os.loadavg();
const ext = await open(EXTENSION);
const empty = await open(emptyExt);
const floor = await open(floorExt);
const apiOnly = await open(apiExt);
const none = await open(null);
const other = COMPARE ? await open(COMPARE, true) : null;
const summary: string[] = [];
try {
  // One warm-up load per browser and kind: the first page in a fresh profile pays one-off costs in all three.
  for (const path of pages.keys()) for (const c of [ext, empty, floor, apiOnly, none, ...(other ? [other] : [])]) await load(c, base + path);

  for (const p of NO_FORM_PAGES) {
    if (ONLY && !ONLY.some((o) => p.path.includes(o))) continue;
    const a: Load[] = [],
      b: Load[] = [],
      c: Load[] = [],
      f: Load[] = [],
      g: Load[] = [];
    for (let i = 0; i < REPEAT; i++) {
      // Rotate the order so no browser always runs first after a pause.
      const order = [ext, empty, none, floor, apiOnly].map((x, k) => [x, k] as const);
      for (let r = 0; r < i % 5; r++) order.push(order.shift()!);
      for (const [ctx, k] of order) [a, b, c, f, g][k]!.push(await load(ctx, base + p.path));
    }
    const delta = a.map((x, i) => x.script - b[i]!.script);
    const deltaNone = b.map((x, i) => x.script - c[i]!.script);
    log(`\n### ${p.name} (${REPEAT} loads each, interleaved)`);
    log('| measure | median | p90 | worst |');
    log('|---|---|---|---|');
    log(`| ScriptDuration, extension − empty content script, ms | **${f1(med(delta))}** | ${f1(pct(delta, 90))} | ${f1(Math.max(...delta))} |`);
    log(`| ScriptDuration, empty content script − no extension, ms | ${f1(med(deltaNone))} | ${f1(pct(deltaNone, 90))} | ${f1(Math.max(...deltaNone))} |`);
    log(
      `| ScriptDuration with the extension (absolute), ms | ${f1(med(a.map((x) => x.script)))} | ${f1(
        pct(
          a.map((x) => x.script),
          90,
        ),
      )} | ${f1(Math.max(...a.map((x) => x.script)))} |`,
    );
    row(
      'extension scripts on the main thread (trace), ms',
      a.map((x) => x.ext),
      true,
    );
    row(
      '… of which CPU time (trace), ms',
      a.map((x) => x.extCpu),
    );
    row(
      '… the same, extension − empty content script, ms',
      a.map((x, i) => x.ext - b[i]!.ext),
      true,
    );
    row(
      'empty content script on the main thread (trace), ms',
      b.map((x) => x.ext),
    );
    row(
      'reference: a script that only reads the text fields and watches for new ones (trace), ms',
      f.map((x) => x.ext),
    );
    row(
      '… of which CPU time (trace), ms',
      f.map((x) => x.extCpu),
    );
    row(
      'API calls only (storage read, two listeners) above the empty script (trace), ms',
      g.map((x, i) => x.ext - b[i]!.ext),
    );
    row(
      `pieces of extension work during the load + ${SETTLE_MS} ms (script run, callbacks)`,
      a.map((x) => x.extCalls),
    );
    log(`| recognised as a form (should be 0) | ${a.filter((x) => x.recognised !== null).length} of ${REPEAT} | | |`);
    const traced = a.map((x, i) => x.ext - b[i]!.ext);
    const floorTraced = f.map((x, i) => x.ext - b[i]!.ext);
    const apiTraced = g.map((x, i) => x.ext - b[i]!.ext);
    summary.push(
      `| ${p.name} | ${f1(med(delta))} | ${f1(Math.max(...delta))} | ${f1(med(traced))} | ${f1(Math.max(...traced))} | ${f1(med(a.map((x) => x.extCpu)))} | ${f1(med(apiTraced))} | ${f1(Math.max(...apiTraced))} | ${f1(med(floorTraced))} |`,
    );
  }

  if (!ONLY || ONLY.includes('form200')) {
    const a: Load[] = [],
      c: Load[] = [],
      o: Load[] = [];
    for (let i = 0; i < REPEAT; i++) {
      const order = [[ext, a], [none, c], ...(other ? [[other, o] as const] : [])] as const;
      for (let k = 0; k < order.length; k++) {
        const [ctx, into] = order[(k + i) % order.length]!;
        into.push(await load(ctx, base + '/form200.html'));
      }
    }
    const rec = a.map((x) => x.recognised).filter((x): x is number => x !== null);
    log(`\n### 200-field L40 form (${REPEAT} loads each, interleaved)`);
    log('| measure | median | p90 | worst |');
    log('|---|---|---|---|');
    log(`| load event → data-skjemahjelp-form set, ms | **${f1(med(rec))}** | ${f1(pct(rec, 90))} | ${f1(Math.max(...rec))} |`);
    log(`| recognised | ${rec.length} of ${REPEAT} | | |`);
    row(
      'navigation start → data-skjemahjelp-form set, ms',
      a.map((x) => x.recognisedFromStart).filter((x): x is number => x !== null),
    );
    row(
      'navigation start → end of the load event, ms',
      a.map((x) => x.loadEnd),
    );
    log(
      `| longest main-thread task after DOMContentLoaded, with the extension, ms (0 = none ≥ 50 ms) | **${f1(med(a.map((x) => x.longest)))}** | ${f1(
        pct(
          a.map((x) => x.longest),
          90,
        ),
      )} | ${f1(Math.max(...a.map((x) => x.longest)))} |`,
    );
    log(
      `| the same without the extension, ms | ${f1(med(c.map((x) => x.longest)))} | ${f1(
        pct(
          c.map((x) => x.longest),
          90,
        ),
      )} | ${f1(Math.max(...c.map((x) => x.longest)))} |`,
    );
    row(
      'extension scripts on the main thread, all pieces (trace), ms',
      a.map((x) => x.ext),
    );
    row(
      'longest single piece of extension work (trace), ms',
      a.map((x) => x.extLongest),
      true,
    );
    row(
      'longest main-thread task that contains extension work (trace), ms',
      a.map((x) => x.taskLongest),
      true,
    );
    row(
      '… among tasks holding ≥ 1 ms of extension work (trace), ms',
      a.map((x) => x.taskLongestOwn),
      true,
    );
    row(
      'pieces of extension work (slices, callbacks, overlay start-up)',
      a.map((x) => x.extCalls),
    );
    log(
      `| ScriptDuration, extension − no extension (includes loading the overlay), ms | ${f1(med(a.map((x, i) => x.script - c[i]!.script)))} | ${f1(
        pct(
          a.map((x, i) => x.script - c[i]!.script),
          90,
        ),
      )} | ${f1(Math.max(...a.map((x, i) => x.script - c[i]!.script)))} |`,
    );
    if (other) {
      const recO = o.map((x) => x.recognised).filter((x): x is number => x !== null);
      log(`\n#### The same form with COMPARE (${COMPARE}), loads taken in turn with the above`);
      log('| measure | median | p90 | worst |');
      log('|---|---|---|---|');
      log(`| load event → data-skjemahjelp-form set, ms | **${f1(med(recO))}** | ${f1(pct(recO, 90))} | ${f1(Math.max(...recO))} |`);
      log(`| recognised | ${recO.length} of ${REPEAT} | | |`);
      row(
        'navigation start → data-skjemahjelp-form set, ms',
        o.map((x) => x.recognisedFromStart).filter((x): x is number => x !== null),
      );
      row(
        'navigation start → end of the load event, ms',
        o.map((x) => x.loadEnd),
      );
      row(
        'longest main-thread task after DOMContentLoaded, ms',
        o.map((x) => x.longest),
        true,
      );
      row(
        'longest single piece of extension work (trace), ms',
        o.map((x) => x.extLongest),
        true,
      );
      row(
        'longest main-thread task that contains extension work (trace), ms',
        o.map((x) => x.taskLongest),
        true,
      );
      row(
        '… among tasks holding ≥ 1 ms of extension work (trace), ms',
        o.map((x) => x.taskLongestOwn),
        true,
      );
    }
  }
  const size = (file: string) => {
    const js = readFileSync(join(EXTENSION, file));
    return `${(js.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(js).length / 1024).toFixed(1)} KiB gzip; ${/webextension-polyfill|browserPolyfill|"The message port closed before a response was received."/.test(js.toString()) ? 'contains' : 'no'} webextension-polyfill`;
  };
  log(`\nwake.js (stage 0, the content script on every page): ${size('wake.js')}`);
  log(`recogniser.js (stage 1, loaded when a page looks like a form or the user writes): ${size('recogniser.js')}`);
} finally {
  await ext.close();
  await empty.close();
  await floor.close();
  await apiOnly.close();
  await none.close();
  await other?.close();
  closeServer();
  removeProfiles();
  for (const d of [emptyExt, floorExt, apiExt]) rmSync(d, { recursive: true, force: true });
}
const loadAfter = os.loadavg();
const machine = machineLine(loadBefore, loadAfter, 'the machine was shared with other jobs');
console.log('\n' + machine);
if (process.env.WRITE_RESULTS) {
  mkdirSync(import.meta.dirname, { recursive: true });
  const header = `# Content-script cost\n\n${machine}\nRun: \`npm run bench:content\` (${new Date().toISOString().slice(0, 10)}), ${REPEAT} loads per page kind and browser.\n\n| page without a form | ScriptDuration above an empty content script, median ms | worst ms | extension scripts above the empty one (trace), median ms | worst ms | extension CPU time (trace), median ms | API calls only above the empty one (trace), median ms | worst ms | reference script (reads fields, watches) above the empty one, median ms |\n|---|---|---|---|---|---|---|---|---|\n${summary.join('\n')}\n`;
  writeFileSync(join(import.meta.dirname, 'RESULTS.md'), header + lines.join('\n') + '\n');
}

// The price of single extension-API and DOM touches from a content script on pages without a form: made-up
// extensions whose only content script makes one touch each, loaded in turn (one load per extension, then
// the next page kind, rotating the order), so that machine load hits all alike. Figures are the extension's
// outermost script events on the page's main thread from a trace (as bench/content/breakdown.ts reads them).
//   npx tsx bench/content/touches.ts   (RUNS=n loads per kind and variant; ONLY=a,b variant names; COMPARE=path
//   adds the content scripts of another build, e.g. keyguard.js and wake.js of the build before they were one)
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { EXTENSION } from '../../test/e2e/harness.ts';
import { launchChromium, removeProfiles } from '../chromium.ts';
import { NO_FORM_PAGES } from './pages.ts';
import { extensionScripts, mainThreadEvents, madeUpExtension, servePages, type TraceEvent } from './shared.ts';

// The look stage 0 makes (a title pattern of the same size as the built one, the second textarea) and what it arms
// after a look that found nothing (an observer that looks again 1 s after a change, two focus listeners).
const LOOK =
  "/08-07\\.04|\\bl40\\b|legeerkl\\u00e6ring|sykmelding|sjukmelding|arbeidsevnevurdering|vurdering\\s+av\\s+arbeidsevne|innsatsgruppe|oppf\\u00f8lgingsvedtak/i.test(document.title)||document.getElementsByTagName('textarea').item(1)!==null";
const ARM =
  "const o=new MutationObserver(function(){o.disconnect();setTimeout(function(){globalThis.__x=document.getElementsByTagName('textarea').item(1);o.observe(document,{childList:true,subtree:true});},1000);});o.observe(document,{childList:true,subtree:true});window.addEventListener('focusin',function(){},{capture:true,passive:true});window.addEventListener('input',function(){},{capture:true,passive:true});";

// A look that does not walk the document: the browser tells the script when a <textarea> is rendered (a CSS
// animation of no visible effect on every textarea, zero specificity so any page rule wins; `animationstart` on
// the window), and the title is read at DOMContentLoaded.
const SEEN_CSS =
  '@keyframes skjemahjelp-seen{from{clip:rect(1px,auto,auto,auto)}to{clip:rect(0px,auto,auto,auto)}}:where(textarea){animation-duration:1ms;animation-name:skjemahjelp-seen}';
const TITLE_RE =
  '/08-07\\.04|\\bl40\\b|legeerkl\\u00e6ring|sykmelding|sjukmelding|arbeidsevnevurdering|vurdering\\s+av\\s+arbeidsevne|innsatsgruppe|oppf\\u00f8lgingsvedtak/i';

const TITLE_WORDS = JSON.stringify([
  '08-07.04',
  'l40',
  'legeerkl\u00e6ring',
  'sykmelding',
  'sjukmelding',
  'arbeidsevnevurdering',
  'innsatsgruppe',
  'oppf\u00f8lgingsvedtak',
]);

const V: [string, string, string?, string?][] = [
  ['empty', ''],
  ['globalThis.chrome (no member)', 'globalThis.__x = globalThis.chrome;'],
  ['wxt/browser top level', 'globalThis.__x = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;'],
  ['runtime.id', 'chrome.runtime.id;'],
  ['runtime.onMessage', 'chrome.runtime.onMessage.addListener(()=>{});'],
  ['storage.local.get', "chrome.storage.local.get(['x']).then(()=>{});"],
  ['storage.onChanged', 'chrome.storage.onChanged.addListener(()=>{});'],
  ['api3', "chrome.storage.local.get(['x']).then(()=>{});chrome.runtime.onMessage.addListener(()=>{});chrome.storage.onChanged.addListener(()=>{});"],
  ['runtime only: sendMessage + onMessage', 'chrome.runtime.sendMessage({}).catch(()=>{});chrome.runtime.onMessage.addListener(()=>{});'],
  ['storage only: get + onChanged', "chrome.storage.local.get(['x']).then(()=>{});chrome.storage.onChanged.addListener(()=>{});"],
  ['dom: 2 tag collections', "document.getElementsByTagName('input').length+document.getElementsByTagName('textarea').length;"],
  [
    'dom+observer',
    "document.getElementsByTagName('input').length;new MutationObserver(()=>{}).observe(document.documentElement,{childList:true,subtree:true});",
  ],
  ['20 KB string literal', `globalThis.__x = ${JSON.stringify('x'.repeat(20_000))}.length;`],
  [
    'window listeners at start',
    "for(const t of ['keydown','keyup','keypress','input','beforeinput'])window.addEventListener(t,()=>{},true);window.addEventListener('blur',()=>{});",
    'document_start',
  ],
  // What the one content script (wake.js: key guard at document_start, stage 0's look at DOMContentLoaded) is made of.
  ['empty at document_start', '', 'document_start'],
  ['document.readyState at start', 'document.readyState;', 'document_start'],
  [
    'key guard listeners and a DOMContentLoaded listener at start',
    "for(const t of ['keydown','keyup','keypress','input','beforeinput'])window.addEventListener(t,()=>{},true);window.addEventListener('blur',()=>{});window.addEventListener('DOMContentLoaded',()=>{});",
    'document_start',
  ],
  ['DOMContentLoaded: nothing', "window.addEventListener('DOMContentLoaded',function(){});", 'document_start'],
  ['DOMContentLoaded: document.title', "window.addEventListener('DOMContentLoaded',function(){globalThis.__x=document.title;});", 'document_start'],
  [
    'DOMContentLoaded: textarea collection item(1)',
    "window.addEventListener('DOMContentLoaded',function(){globalThis.__x=document.getElementsByTagName('textarea').item(1);});",
    'document_start',
  ],
  ['readystatechange: nothing', "document.addEventListener('readystatechange',function(){});", 'document_start'],
  [
    'timer: readyState every 50 ms then title',
    "(function t(){if(document.readyState==='loading')setTimeout(t,50);else globalThis.__x=document.title;})();",
    'document_start',
  ],
  ['DOMContentLoaded: setTimeout 0 and nothing', "window.addEventListener('DOMContentLoaded',function(){setTimeout(function(){},0);});", 'document_start'],
  ['load: nothing', "window.addEventListener('load',function(){});", 'document_start'],
  ['observer from start and nothing', 'new MutationObserver(function(){}).observe(document,{childList:true,subtree:true});', 'document_start'],
  // Stage 0 rebuilt by hand, piece by piece (what wake.js adds to a bare DOMContentLoaded hook).
  [
    'DOMContentLoaded: task + title regex + textarea item(1)',
    `window.addEventListener('DOMContentLoaded',function(){setTimeout(function(){globalThis.__x=${LOOK};},0);});`,
    'document_start',
  ],
  // The same look made in the DOMContentLoaded callback itself, with no task hop (is the hop what costs?).
  [
    'DOMContentLoaded: title regex + textarea item(1) in the callback',
    `window.addEventListener('DOMContentLoaded',function(){globalThis.__x=${LOOK};});`,
    'document_start',
  ],
  [
    'DOMContentLoaded: look then observer and focus listeners',
    `window.addEventListener('DOMContentLoaded',function(){setTimeout(function(){globalThis.__x=${LOOK};${ARM}},0);});`,
    'document_start',
  ],
  [
    'key guard listeners + look + observer and focus listeners',
    `for(const t of ['keydown','keyup','keypress','input','beforeinput'])window.addEventListener(t,()=>{},true);window.addEventListener('blur',()=>{});window.addEventListener('DOMContentLoaded',function(){setTimeout(function(){globalThis.__x=${LOOK};${ARM}},0);});`,
    'document_start',
  ],
  [
    'DOMContentLoaded: title regex only',
    `window.addEventListener('DOMContentLoaded',function(){globalThis.__x=${TITLE_RE}.test(document.title);});`,
    'document_start',
  ],
  [
    'DOMContentLoaded: title words by indexOf (no regex)',
    `window.addEventListener('DOMContentLoaded',function(){const t=document.title.toLowerCase();globalThis.__x=${TITLE_WORDS}.some(function(w){return t.indexOf(w)>=0;});});`,
    'document_start',
  ],
  [
    'DOMContentLoaded: textarea item(1) only',
    "window.addEventListener('DOMContentLoaded',function(){globalThis.__x=document.getElementsByTagName('textarea').item(1);});",
    'document_start',
  ],
  [
    'animationstart on textareas + DOMContentLoaded title words',
    `let n=0;window.addEventListener('animationstart',function(e){if(e.animationName==='skjemahjelp-seen'&&++n>=2)globalThis.__x=1;},{capture:true,passive:true});window.addEventListener('DOMContentLoaded',function(){const t=document.title.toLowerCase();globalThis.__x=${TITLE_WORDS}.some(function(w){return t.indexOf(w)>=0;});});`,
    'document_start',
    SEEN_CSS,
  ],
  [
    'animationstart on textareas + DOMContentLoaded title regex',
    `let n=0;window.addEventListener('animationstart',function(e){if(e.animationName==='skjemahjelp-seen'&&++n>=2)globalThis.__x=1;},{capture:true,passive:true});window.addEventListener('DOMContentLoaded',function(){globalThis.__x=${TITLE_RE}.test(document.title);});`,
    'document_start',
    SEEN_CSS,
  ],
  [
    'key guard listeners + animationstart + title words + focus listeners',
    `for(const t of ['keydown','keyup','keypress','input','beforeinput'])window.addEventListener(t,()=>{},true);window.addEventListener('blur',()=>{});let n=0;window.addEventListener('animationstart',function(e){if(e.animationName==='skjemahjelp-seen'&&++n>=2)globalThis.__x=1;},{capture:true,passive:true});window.addEventListener('DOMContentLoaded',function(){const t=document.title.toLowerCase();globalThis.__x=${TITLE_WORDS}.some(function(w){return t.indexOf(w)>=0;});window.addEventListener('focusin',function(){},{capture:true,passive:true});window.addEventListener('input',function(){},{capture:true,passive:true});});`,
    'document_start',
    SEEN_CSS,
  ],
  [
    'key guard listeners + animationstart + title regex + focus listeners',
    `for(const t of ['keydown','keyup','keypress','input','beforeinput'])window.addEventListener(t,()=>{},true);window.addEventListener('blur',()=>{});let n=0;window.addEventListener('animationstart',function(e){if(e.animationName==='skjemahjelp-seen'&&++n>=2)globalThis.__x=1;},{capture:true,passive:true});window.addEventListener('DOMContentLoaded',function(){globalThis.__x=${TITLE_RE}.test(document.title);window.addEventListener('focusin',function(){},{capture:true,passive:true});window.addEventListener('input',function(){},{capture:true,passive:true});});`,
    'document_start',
    SEEN_CSS,
  ],
  // The built content scripts themselves (of this build, and of COMPARE's, each with its own run_at).
  ...builtScripts(EXTENSION, ''),
  ...(process.env.COMPARE ? builtScripts(process.env.COMPARE, ' (COMPARE)') : []),
];

/** Every content script of a build, as a variant with its own run_at. */
function builtScripts(dir: string, tag: string): [string, string, string][] {
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[]; run_at?: string }[] };
  return m.content_scripts.flatMap((c) =>
    c.js
      .filter((f) => existsSync(join(dir, f)))
      .map((f): [string, string, string] => [`built ${f}${tag}`, readFileSync(join(dir, f), 'utf8'), c.run_at ?? 'document_idle']),
  );
}
const only = process.env.ONLY?.split(',');
const variants = V.filter(([n]) => !only || only.includes(n));
const RUNS = Number(process.env.RUNS ?? 9);
const dirs = variants.map(([, body, runAt, css], i) => {
  const d = madeUpExtension(EXTENSION, `v${i}`, `(function(){${body}})();\n`, ['storage']);
  if (runAt || css) {
    const f = `${d}/manifest.json`;
    const m = JSON.parse(readFileSync(f, 'utf8'));
    if (runAt) m.content_scripts[0].run_at = runAt;
    if (css) {
      writeFileSync(`${d}/seen.css`, css);
      m.content_scripts[0].css = ['seen.css'];
    }
    writeFileSync(f, JSON.stringify(m));
  }
  return d;
});
const pages = new Map<string, string>(NO_FORM_PAGES.map((p) => [p.path, p.html()]));
const { base, close } = await servePages(pages);
const before = os.loadavg();
const ctxs: import('playwright-core').BrowserContext[] = [];
for (const d of dirs) {
  const c = await launchChromium('skjemahjelp-touch-', d);
  if (c.serviceWorkers().length === 0) await c.waitForEvent('serviceworker', { timeout: 15_000 });
  ctxs.push(c);
}
const res = variants.map(() => NO_FORM_PAGES.map(() => [] as number[]));
async function one(k: number, path: string): Promise<number> {
  const page = await ctxs[k]!.newPage();
  const cdp = await ctxs[k]!.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'toplevel'] }, transferMode: 'ReportEvents' });
  await page.goto(base + path, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  return extensionScripts(mainThreadEvents(events)).reduce((s, e) => s + e.dur! / 1000, 0);
}
for (let k = 0; k < ctxs.length; k++) await one(k, NO_FORM_PAGES[0]!.path); // warm-up
for (let r = 0; r < RUNS; r++)
  for (let p = 0; p < NO_FORM_PAGES.length; p++) {
    const order = ctxs.map((_, k) => (k + r + p) % ctxs.length);
    for (const k of order) res[k]![p]!.push(await one(k, NO_FORM_PAGES[p]!.path));
  }
for (const c of ctxs) await c.close();
close();
removeProfiles();
for (const d of dirs) rmSync(d, { recursive: true, force: true });
const med = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
console.log(
  `load ${before.map((x) => x.toFixed(1)).join('/')} → ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join('/')}, ${RUNS} loads each`,
);
console.log(`| touch | ${NO_FORM_PAGES.map((p) => `${p.name} median / worst`).join(' | ')} |`);
for (const [k, [n]] of variants.entries())
  console.log(`| ${n} | ${res[k]!.map((xs) => `${med(xs).toFixed(2)} / ${Math.max(...xs).toFixed(2)}`).join(' | ')} |`);

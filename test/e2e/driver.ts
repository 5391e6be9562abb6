/**
 * A small browser-neutral e2e driver: the same test body drives the built extension in the system Chromium
 * (playwright-core) and in Debian's firefox-esr (puppeteer-core 24 over WebDriver BiDi, the extension installed
 * as a temporary add-on). Nothing is downloaded; both browsers come from the system.
 *
 * Selectors are plain CSS, matched in the document and in every open shadow root (our overlay and palette live
 * in shadow roots, so do some fixtures' fields); `host >>> inner` matches `inner` only inside the shadow roots
 * of elements matching `host`. Elements are resolved in the page by our own code, then clicked and measured
 * through each library's element handle, so frames and shadow roots are handled by the browser.
 *
 * Everything a test needs that only one browser can do is reachable through `native` and kept out of the
 * shared bodies (see README.md in this folder).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium as playwright, type BrowserContext, type Page as PwPage } from 'playwright-core';
import type { Browser as PpBrowser, Frame as PpFrame, Page as PpPage } from 'puppeteer-core';
import { buildFixtures } from '../fixtures/forms/build-fixtures.mjs';
import { BidiRoots, CdpRoots, type CdpFrame, type RootAccess } from './roots.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'test/fixtures/forms');
export const CHROME_EXTENSION = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXTENSION = join(ROOT, '.output/firefox-mv2');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id from wxt.config.ts (browser_specific_settings.gecko.id). */
export const FIREFOX_ADDON_ID = 'skjemahjelp@skjemahjelp.no';
/** A fixed moz-extension:// host, so request lists can name the extension's own files. */
export const FIREFOX_EXTENSION_UUID = '5a1e7c1e-0000-4000-8000-00000000e2e0';

export type BrowserName = 'chromium' | 'firefox';

/** The browsers to run, from E2E_BROWSERS (comma-separated; default both). */
export function browsersToRun(): BrowserName[] {
  const want = (process.env.E2E_BROWSERS ?? 'chromium,firefox')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const w of want) if (w !== 'chromium' && w !== 'firefox') throw new Error(`E2E_BROWSERS: unknown browser «${w}»`);
  return want as BrowserName[];
}

// ---------------------------------------------------------------------------------------------------------------
// Fixture server

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface FixtureServer {
  url: string;
  /** Every path asked for, in order. */
  served: string[];
  close(): Promise<void>;
}

/**
 * Serves test/fixtures/forms at / and node_modules at /node_modules/ on 127.0.0.1 (random port), after building
 * the Aksel fixture apps (test/fixtures/forms/build-fixtures.mjs) if their sources changed.
 */
export async function startServer(): Promise<FixtureServer> {
  await buildFixtures();
  const served: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    served.push(path);
    const base = path.startsWith('/node_modules/') ? ROOT : FIXTURES;
    const file = normalize(join(base, path));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Polling

/** Polls until fn returns a truthy value or the time is up; returns the last value (falsy on time-out). */
export async function until<T>(fn: () => Promise<T> | T, timeoutMs = 5000, stepMs = 50): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = await fn();
  while (!last && Date.now() < end) {
    await new Promise((r) => setTimeout(r, stepMs));
    last = await fn();
  }
  return last;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------------------------
// The driver's interface

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type WaitState = 'attached' | 'visible' | 'hidden' | 'detached';

/** One element, resolved from a selector when it is used (so a re-rendered element is found again). */
export interface Element {
  readonly selector: string;
  click(): Promise<void>;
  /** Focuses the element and puts the caret at the end, without a mouse event. */
  focus(): Promise<void>;
  /** Replaces the whole text (value or contenteditable) the way typing does: selection + insertText. */
  fill(text: string): Promise<void>;
  /** Bounding box in the top page's CSS pixels, or null when not rendered. */
  box(): Promise<Box | null>;
  attr(name: string): Promise<string | null>;
  /** `value` for inputs and textareas, `textContent` otherwise. */
  text(): Promise<string>;
  /** The rendered text (CSS text-transform and line breaks applied). */
  innerText(): Promise<string>;
  count(): Promise<number>;
  visible(): Promise<boolean>;
  waitFor(state?: WaitState, timeoutMs?: number): Promise<void>;
  /** Runs fn(element, arg) in the page. fn must be self-contained (it is serialised). */
  evaluate<R, A = undefined>(fn: (el: HTMLElement, arg: A) => R, arg?: A): Promise<R>;
  scrollIntoView(): Promise<void>;
}

/** A document: the top page or a frame inside it. */
export interface Target {
  /** An element by CSS (see above); with hasText, only those whose text contains the string or matches the pattern. */
  $(selector: string, opts?: { hasText?: string | RegExp }): Element;
  evaluate<R, A = undefined>(fn: ((arg: A) => R | Promise<R>) | string, arg?: A): Promise<R>;
  /** Polls a page expression (or function) until it is truthy; throws after timeoutMs. */
  waitForFunction(fn: string | (() => unknown), timeoutMs?: number): Promise<void>;
}

export interface Page extends Target {
  readonly browser: E2EBrowser;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** The document inside the frame/iframe element matching selector (waits for it). */
  frame(selector: string): Promise<Target>;
  keyboard: {
    type(text: string): Promise<void>;
    /** One key or a chord such as 'Control+a', 'Shift+F8', 'Control+.'. */
    press(chord: string): Promise<void>;
  };
  mouse: {
    move(x: number, y: number): Promise<void>;
    click(x: number, y: number): Promise<void>;
    wheel(dx: number, dy: number): Promise<void>;
  };
  /** URLs this page (and its frames) requested, as the browser reports them. */
  readonly requests: string[];
  /** Uncaught errors in the page (including content scripts, where the browser reports them). */
  readonly errors: string[];
  bringToFront(): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
  /** The library's own page object, for browser-specific tests only. */
  readonly native: { kind: 'playwright'; page: PwPage } | { kind: 'puppeteer'; page: PpPage };
}

export interface E2EBrowser {
  readonly name: BrowserName;
  /** Whether the built extension is loaded. */
  readonly withExtension: boolean;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/` (null without the extension). */
  readonly extensionOrigin: string | null;
  newPage(): Promise<Page>;
  /** Pages opened with newPage() and not yet closed. */
  openPages(): Page[];
  /**
   * Requests made outside any page (Chromium: by the extension's service worker), or null where the browser
   * does not report them (Firefox's WebDriver BiDi shows no requests of the extension's background page).
   */
  backgroundRequests(): string[] | null;
  close(): Promise<void>;
  readonly native: { kind: 'playwright'; context: BrowserContext; extensionId: string | null } | { kind: 'puppeteer'; browser: PpBrowser };
}

export interface LaunchOptions {
  /** Load the built extension (default true). */
  extension?: boolean;
  /** Path of an unpacked build (default .output/chrome-mv3 or .output/firefox-mv2). */
  extensionPath?: string;
  headless?: boolean;
  /** Firefox's program file (default FIREFOX_PATH). */
  executablePath?: string;
  width?: number;
  height?: number;
  /** Extra command-line arguments (Chromium only). */
  args?: string[];
}

// ---------------------------------------------------------------------------------------------------------------
// In-page code (serialised into the page; must stay self-contained)

/**
 * Finds elements by CSS in the document and every open shadow root; `a >>> b` scopes b to a's shadow roots.
 * `ours` are the extension's CLOSED shadow roots, handed in by the automation protocol (roots.ts): searched like
 * open ones, so `[data-sh-badge]` or `skjemahjelp-palette >>> [data-pl-search]` find our UI.
 * A plain selector that finds nothing is tried once more with one descendant combinator read as a shadow
 * boundary (`hd-input[name=x] input` finds the input inside hd-input's shadow root, as Playwright's CSS does).
 */
const DEEP_QUERY = `(sel, ours = []) => {
  const rootOf = (el) => el.shadowRoot || ours.find((r) => r.host === el) || null;
  const all = (root, s) => {
    const out = [...root.querySelectorAll(s)];
    const walk = (r) => { for (const el of r.querySelectorAll('*')) { const sr = rootOf(el); if (sr) { out.push(...sr.querySelectorAll(s)); walk(sr); } } };
    walk(root);
    return out;
  };
  const scoped = (s) => {
    const parts = s.split(/\\s*>>>\\s*/);
    let found = all(document, parts[0]);
    for (const p of parts.slice(1)) found = found.flatMap((h) => (rootOf(h) ? all(rootOf(h), p) : []));
    return found;
  };
  const found = scoped(sel);
  if (found.length || sel.includes('>>>')) return found;
  // Top-level descendant combinators (spaces outside [], () and quotes).
  const cuts = [];
  let depth = 0, quote = '';
  for (let i = 0; i < sel.length; i++) {
    const c = sel[i];
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === ' ' && depth === 0 && !/[>+~,\\s]/.test(sel[i + 1] || '') && !/[>+~,]/.test(sel.slice(0, i).trimEnd().slice(-1))) cuts.push(i);
  }
  for (const i of cuts) {
    const f = scoped(sel.slice(0, i) + ' >>> ' + sel.slice(i + 1));
    if (f.length) return f;
  }
  return found;
}`;

const VISIBLE = `(el) => {
  if (!el || !el.isConnected) return false;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  const cs = getComputedStyle(el);
  return cs.visibility !== 'hidden' && cs.display !== 'none';
}`;

// ---------------------------------------------------------------------------------------------------------------
// One implementation over both libraries: their frame/element-handle APIs agree on what is used here.

interface NativeHandle {
  click(): Promise<void>;
  boundingBox(): Promise<Box | null>;
  dispose(): Promise<void>;
}
interface NativeFrame {
  evaluate(fn: unknown, arg?: unknown): Promise<unknown>;
  evaluateHandle(fn: unknown, arg?: unknown): Promise<{ asElement(): unknown; dispose(): Promise<void> }>;
}

/** The extension's closed roots in a frame (null where the protocol cannot reach them) and a real click. */
interface OurUi {
  roots: () => RootAccess | null;
  clickAt(x: number, y: number): Promise<void>;
}

class FrameTarget implements Target {
  constructor(
    protected readonly nativeFrame: () => NativeFrame,
    protected readonly ui: OurUi | null = null,
  ) {}

  $(selector: string, opts: { hasText?: string | RegExp } = {}): Element {
    return new DeepElement(this.nativeFrame, selector, opts.hasText, this.ui);
  }

  async evaluate<R, A>(fn: ((arg: A) => R | Promise<R>) | string, arg?: A): Promise<R> {
    return (await this.nativeFrame().evaluate(fn, arg)) as R;
  }

  async waitForFunction(fn: string | (() => unknown), timeoutMs = 10_000): Promise<void> {
    const expr = typeof fn === 'string' ? `(() => (${fn}))()` : `(${fn.toString()})()`;
    const ok = await until(
      () =>
        this.nativeFrame()
          .evaluate(`(() => { try { return !!${expr}; } catch { return false; } })()`)
          .catch(() => false),
      timeoutMs,
      50,
    );
    if (!ok) throw new Error(`waitForFunction timed out after ${timeoutMs} ms: ${String(fn).slice(0, 120)}`);
  }
}

class DeepElement implements Element {
  constructor(
    private readonly frame: () => NativeFrame,
    readonly selector: string,
    private readonly hasText?: string | RegExp,
    private readonly ui: OurUi | null = null,
  ) {}

  /** In-page expression for the matching elements (`ours`: the extension's closed roots, or none). */
  private query(ours = '[]'): string {
    const filter =
      this.hasText === undefined
        ? ''
        : this.hasText instanceof RegExp
          ? `.filter((e) => new RegExp(${JSON.stringify(this.hasText.source)}, ${JSON.stringify(this.hasText.flags)}).test(e.textContent || ''))`
          : `.filter((e) => (e.textContent || '').includes(${JSON.stringify(this.hasText)}))`;
    return `(${DEEP_QUERY})(${JSON.stringify(this.selector)}, ${ours})${filter}`;
  }

  /**
   * Where the element lives: the page's own DOM (and open roots) is searched first, through the library as
   * before; only a selector that finds nothing there is looked for in the extension's closed roots.
   */
  private async inOurs(): Promise<RootAccess | null> {
    const roots = this.ui?.roots();
    if (!roots) return null;
    const inPage = await (this.frame().evaluate(`${this.query()}.length > 0`) as Promise<boolean>).catch(() => false);
    return inPage ? null : roots;
  }

  private async run<R>(body: string, arg?: unknown): Promise<R> {
    const roots = await this.inOurs();
    if (roots)
      return roots.run<R>(`(roots, arg) => { const els = ${this.query('roots')}; const visible = ${VISIBLE}; const el = els[0]; ${body} }`, arg ?? null);
    return this.frame().evaluate(
      `((els, arg) => { const visible = ${VISIBLE}; const el = els[0]; ${body} })(${this.query()}, ${JSON.stringify(arg ?? null)})`,
    ) as Promise<R>;
  }

  /** Box of an element in our closed roots (a real click goes there), or undefined when it is the page's. */
  private async ourBox(scroll: boolean): Promise<Box | null | undefined> {
    const roots = await this.inOurs();
    if (!roots) return undefined;
    return roots.box(`(roots) => ${this.query('roots')}[0] || null`, null, scroll);
  }

  private async handle(): Promise<NativeHandle> {
    await this.waitFor('attached');
    const h = await this.frame().evaluateHandle(`${this.query()}[0]`);
    const el = h.asElement() as NativeHandle | null;
    if (!el) {
      await h.dispose();
      throw new Error(`no element for ${this.selector}`);
    }
    return el;
  }

  async click(): Promise<void> {
    await this.waitFor('visible');
    const ours = await this.ourBox(true);
    if (ours !== undefined) {
      // The extension's UI: a real click at the element (our roots act only on trusted input).
      if (!ours) throw new Error(`${this.selector}: no box to click`);
      await this.ui!.clickAt(ours.x + ours.width / 2, ours.y + ours.height / 2);
      return;
    }
    await this.scrollIntoView();
    const h = await this.handle();
    try {
      await h.click();
    } finally {
      await h.dispose();
    }
  }

  async focus(): Promise<void> {
    await this.waitFor('attached');
    await this.run(`
      el.focus();
      if ('value' in el && typeof el.setSelectionRange === 'function') { try { el.setSelectionRange(el.value.length, el.value.length); } catch {} }
      else { const s = el.ownerDocument.getSelection(); s.selectAllChildren(el); s.collapseToEnd(); }
    `);
  }

  async fill(text: string): Promise<void> {
    await this.waitFor('visible');
    await this.scrollIntoView();
    await this.run(
      `
      el.focus();
      if ('value' in el && typeof el.select === 'function') el.select();
      else el.ownerDocument.getSelection().selectAllChildren(el);
      if (arg) el.ownerDocument.execCommand('insertText', false, arg);
      else el.ownerDocument.execCommand('delete');
    `,
      text,
    );
  }

  async box(): Promise<Box | null> {
    if (!(await this.count())) return null;
    const ours = await this.ourBox(false);
    if (ours !== undefined) return ours;
    const h = await this.handle();
    try {
      return await h.boundingBox();
    } finally {
      await h.dispose();
    }
  }

  async attr(name: string): Promise<string | null> {
    return this.run('return el ? el.getAttribute(arg) : null;', name);
  }

  async text(): Promise<string> {
    await this.waitFor('attached');
    return this.run(`return ('value' in el && typeof el.value === 'string') ? el.value : el.textContent;`);
  }

  async innerText(): Promise<string> {
    await this.waitFor('attached');
    return this.run('return el.innerText;');
  }

  count(): Promise<number> {
    return this.run('return els.length;');
  }

  visible(): Promise<boolean> {
    return this.run('return visible(el);');
  }

  async waitFor(state: WaitState = 'visible', timeoutMs = 5000): Promise<void> {
    const check =
      state === 'attached' ? 'return !!el;' : state === 'detached' ? 'return !el;' : state === 'visible' ? 'return visible(el);' : 'return !visible(el);';
    const ok = await until(() => this.run<boolean>(check).catch(() => false), timeoutMs, 40);
    if (!ok) throw new Error(`${this.selector}: not ${state} after ${timeoutMs} ms`);
  }

  async evaluate<R, A>(fn: (el: HTMLElement, arg: A) => R, arg?: A): Promise<R> {
    await this.waitFor('attached');
    return this.run<R>(`return (${fn.toString()})(el, arg);`, arg);
  }

  async scrollIntoView(): Promise<void> {
    await this.run(`if (el) el.scrollIntoView({ block: 'center', inline: 'nearest' });`);
  }
}

/** Splits 'Control+Shift+F8' into modifiers and key ('Control+.' and '+' alone stay intact). */
export function parseChord(chord: string): { modifiers: string[]; key: string } {
  if (chord.length === 1) return { modifiers: [], key: chord };
  const parts = chord.split('+');
  const key = parts.pop() || '+';
  return { modifiers: parts.filter(Boolean), key };
}

// ---------------------------------------------------------------------------------------------------------------
// Chromium: playwright-core with the system Chromium (the e2e tests)

/**
 * A Playwright page of a test that drives Chromium itself (harness.ts), seen through this driver: selectors that
 * find nothing in the page are looked for in the extension's closed shadow roots.
 */
export function driverPageOf(page: PwPage): Page {
  return new PlaywrightPage({ withExtension: true } as E2EBrowser, page);
}

class PlaywrightPage extends FrameTarget implements Page {
  readonly requests: string[] = [];
  readonly errors: string[] = [];
  readonly native: Page['native'];

  constructor(
    readonly browser: E2EBrowser,
    private readonly page: PwPage,
  ) {
    super(
      () => page.mainFrame() as unknown as NativeFrame,
      browser.withExtension ? { roots: () => CdpRoots.of(page).frame(null), clickAt: (x, y) => page.mouse.click(x, y) } : null,
    );
    this.native = { kind: 'playwright', page };
    page.on('request', (r) => this.requests.push(r.url()));
    page.on('pageerror', (e) => this.errors.push(String(e)));
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }
  async reload(): Promise<void> {
    await this.page.reload();
  }
  async frame(selector: string): Promise<Target> {
    const handle = await this.page.waitForSelector(selector, { state: 'attached' });
    const f = await until(() => handle.contentFrame(), 5000);
    if (!f) throw new Error(`no frame in ${selector}`);
    const page = this.page;
    return new FrameTarget(
      () => f as unknown as NativeFrame,
      this.browser.withExtension ? { roots: () => CdpRoots.of(page).frame(f), clickAt: (x, y) => page.mouse.click(x, y) } : null,
    );
  }
  keyboard = {
    type: (text: string) => this.page.keyboard.type(text),
    press: (chord: string) => this.page.keyboard.press(chord),
  };
  mouse = {
    move: (x: number, y: number) => this.page.mouse.move(x, y),
    click: (x: number, y: number) => this.page.mouse.click(x, y),
    wheel: (dx: number, dy: number) => this.page.mouse.wheel(dx, dy),
  };
  bringToFront = () => this.page.bringToFront();
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
  close = () => this.page.close({ runBeforeUnload: true });
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export async function launchChromium(opts: LaunchOptions = {}): Promise<E2EBrowser> {
  const withExtension = opts.extension ?? true;
  const ext = opts.extensionPath ?? CHROME_EXTENSION;
  if (withExtension && !existsSync(join(ext, 'manifest.json'))) throw new Error(`Extension not built at ${ext} – run npm run build first`);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  const dir = mkdtempSync(join(tmpdir(), 'skjemahjelp-e2e-'));
  const context = await playwright.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? true,
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    args: [...(withExtension ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []), ...CHROMIUM_ARGS, ...(opts.args ?? [])],
  });
  const open = new Set<Page>();
  const background: string[] = [];
  context.on('request', (r) => {
    let inFrame = true;
    try {
      r.frame();
    } catch {
      inFrame = false; // service-worker requests have no frame
    }
    if (r.serviceWorker() || !inFrame) background.push(r.url());
  });
  let extensionId: string | null = null;
  if (withExtension) {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(sw.url()).host;
  }
  const browser: E2EBrowser = {
    name: 'chromium',
    withExtension,
    extensionOrigin: extensionId ? `chrome-extension://${extensionId}/` : null,
    native: { kind: 'playwright', context, extensionId },
    async newPage() {
      const page = new PlaywrightPage(browser, await context.newPage());
      open.add(page);
      page.native.page.on('close', () => open.delete(page));
      return page;
    },
    openPages: () => [...open],
    backgroundRequests: () => [...background],
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return browser;
}

// ---------------------------------------------------------------------------------------------------------------
// puppeteer-core 24: Firefox over WebDriver BiDi (e2e and demo), and Chromium-family browsers for the demo

class PuppeteerPage extends FrameTarget implements Page {
  readonly requests: string[] = [];
  readonly errors: string[] = [];
  readonly native: Page['native'];

  constructor(
    readonly browser: E2EBrowser,
    private readonly page: PpPage,
  ) {
    super(() => page.mainFrame() as unknown as NativeFrame, PuppeteerPage.ourUi(browser, page, null));
    this.native = { kind: 'puppeteer', page };
    page.on('request', (r) => this.requests.push(r.url()));
    page.on('pageerror', (e) => this.errors.push(String(e)));
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }
  async reload(): Promise<void> {
    await this.page.reload();
  }
  async frame(selector: string): Promise<Target> {
    const handle = await this.page.waitForSelector(selector, { timeout: 10_000 });
    const f = await until(() => handle!.contentFrame(), 5000);
    if (!f) throw new Error(`no frame in ${selector}`);
    return new FrameTarget(() => f as unknown as NativeFrame, PuppeteerPage.ourUi(this.browser, this.page, f));
  }

  /** Our closed roots (roots.ts): over BiDi in Firefox, over CDP for the demo's Chromium-family browsers. */
  private static ourUi(browser: E2EBrowser, page: PpPage, frame: PpFrame | null): OurUi | null {
    if (!browser.withExtension || browser.native.kind !== 'puppeteer') return null;
    const pp = browser.native.browser;
    const clickAt = (x: number, y: number) => page.mouse.click(x, y);
    if (browser.name === 'firefox') return { roots: () => BidiRoots.of(pp, page, frame), clickAt };
    return { roots: () => CdpRoots.ofPuppeteer(page).frame(frame as unknown as CdpFrame | null), clickAt };
  }
  keyboard = {
    type: (text: string) => this.page.keyboard.type(text),
    press: async (chord: string) => {
      const { modifiers, key } = parseChord(chord);
      type Key = Parameters<PpPage['keyboard']['press']>[0];
      for (const m of modifiers) await this.page.keyboard.down(m as Key);
      try {
        await this.page.keyboard.press(key as Key);
      } finally {
        for (const m of modifiers.reverse()) await this.page.keyboard.up(m as Key);
      }
    },
  };
  mouse = {
    move: (x: number, y: number) => this.page.mouse.move(x, y),
    click: (x: number, y: number) => this.page.mouse.click(x, y),
    wheel: (dx: number, dy: number) => this.page.mouse.wheel({ deltaX: dx, deltaY: dy }),
  };
  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
  close = () => this.page.close({ runBeforeUnload: true });
}

export async function launchFirefox(opts: LaunchOptions = {}): Promise<E2EBrowser> {
  const withExtension = opts.extension ?? true;
  const ext = opts.extensionPath ?? FIREFOX_EXTENSION;
  if (withExtension && !existsSync(join(ext, 'manifest.json'))) throw new Error(`Firefox extension not built at ${ext} – run npm run build:firefox first`);
  const executablePath = opts.executablePath ?? FIREFOX_PATH;
  if (!existsSync(executablePath)) throw new Error(`Firefox not found at ${executablePath} (apt-get install -y firefox-esr, or set FIREFOX_PATH)`);
  // Loaded on first use so Chromium-only runs never need puppeteer-core.
  const { default: puppeteer } = await import('puppeteer-core');
  const width = opts.width ?? 1280;
  const height = opts.height ?? 900;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: opts.headless ?? true,
    defaultViewport: { width, height },
    args: [`--width=${width}`, `--height=${height}`],
    extraPrefsFirefox: {
      // A fixed moz-extension:// host for the add-on, so its own files can be named in request lists.
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
    },
  });
  if (withExtension) {
    const id = await browser.installExtension(ext);
    if (id !== FIREFOX_ADDON_ID) throw new Error(`installed add-on has id ${id}, expected ${FIREFOX_ADDON_ID}`);
  }
  const open = new Set<Page>();
  const e2e: E2EBrowser = {
    name: 'firefox',
    withExtension,
    extensionOrigin: withExtension ? `moz-extension://${FIREFOX_EXTENSION_UUID}/` : null,
    native: { kind: 'puppeteer', browser },
    async newPage() {
      const page = new PuppeteerPage(e2e, await browser.newPage());
      open.add(page);
      page.native.page.once('close', () => open.delete(page));
      await page.bringToFront();
      return page;
    },
    openPages: () => [...open],
    backgroundRequests: () => null,
    async close() {
      await browser.close();
    },
  };
  return e2e;
}

/**
 * A Chromium-family browser (Chromium, Google Chrome, Microsoft Edge) through puppeteer-core over CDP, the
 * extension loaded with Extensions.loadUnpacked: branded Chrome ignores --load-extension since version 137, so
 * this is the way the demo opens whatever browser a person has. The e2e tests use launchChromium.
 */
export async function launchChromiumFamily(executablePath: string, opts: LaunchOptions = {}): Promise<E2EBrowser> {
  const withExtension = opts.extension ?? true;
  const ext = opts.extensionPath ?? CHROME_EXTENSION;
  if (withExtension && !existsSync(join(ext, 'manifest.json'))) throw new Error(`Extension not built at ${ext} – run npm run build first`);
  const { default: puppeteer } = await import('puppeteer-core');
  const width = opts.width ?? 1280;
  const height = opts.height ?? 900;
  const dir = mkdtempSync(join(tmpdir(), 'skjemahjelp-demo-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: opts.headless ?? true,
    pipe: true,
    enableExtensions: withExtension,
    userDataDir: dir,
    defaultViewport: opts.headless === false ? null : { width, height },
    args: [...CHROMIUM_ARGS.filter((a) => a !== '--no-sandbox' || process.getuid?.() === 0), `--window-size=${width},${height}`],
  });
  let origin: string | null = null;
  if (withExtension) origin = `chrome-extension://${await browser.installExtension(ext)}/`;
  const open = new Set<Page>();
  const e2e: E2EBrowser = {
    name: 'chromium',
    withExtension,
    extensionOrigin: origin,
    native: { kind: 'puppeteer', browser },
    async newPage() {
      const page = new PuppeteerPage(e2e, await browser.newPage());
      open.add(page);
      page.native.page.once('close', () => open.delete(page));
      return page;
    },
    openPages: () => [...open],
    backgroundRequests: () => null,
    async close() {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return e2e;
}

export function launchBrowser(name: BrowserName, opts: LaunchOptions = {}): Promise<E2EBrowser> {
  return name === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}

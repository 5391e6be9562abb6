/**
 * How e2e tests reach the extension's own UI, which lives in CLOSED shadow roots (`skjemahjelp-overlay`,
 * `skjemahjelp-palette`): a page script gets `null` from `host.shadowRoot`, and so does any test code that runs
 * as a page script. Both browsers' automation protocols can still hand the roots to the test:
 *
 * - Chromium (CDP): `DOM.getDocument({ pierce: true })` lists every shadow root, closed ones included, in every
 *   same-process frame; `DOM.resolveNode` turns a root into a live object in a chosen JavaScript world of its
 *   frame, and `Runtime.callFunctionOn` runs test code there with the roots as arguments. Boxes for clicks come
 *   from `DOM.getContentQuads` (top-viewport coordinates for any frame).
 * - Firefox (WebDriver BiDi): `script.evaluate` with `serializationOptions.includeShadowTree: 'all'` serialises
 *   our hosts together with their shadow roots (closed ones too) as shared references; `script.callFunction`
 *   takes them back as arguments.
 *
 * Clicks on our UI are then real input at the element's position (the protocols' mouse), so they are trusted
 * events like a person's — which our roots require (lib/dom/events.ts guardRoot).
 *
 * Used by the browser-neutral driver (driver.ts: `page.$()` finds elements in our roots as it does in open ones)
 * and by the Playwright locator helper for Chromium-only tests (ui.ts).
 */
import type { Page as PwPage } from 'playwright-core';
import type { Browser as PpBrowser, Frame as PpFrame, Page as PpPage } from 'puppeteer-core';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Our closed shadow roots in one document, handed to test code. */
export interface RootAccess {
  /** Runs `fn(roots, arg)` (a function's source; self-contained) in the document with our roots; JSON-able result. */
  run<R>(fnSource: string, arg?: unknown): Promise<R>;
  /** Top-viewport box of the element `fn(roots, arg)` returns (null: none), scrolled into view first when asked. */
  box(fnSource: string, arg: unknown, scroll: boolean): Promise<Box | null>;
}

/** Our UI hosts are custom elements named skjemahjelp-* (WXT's shadow-root UI and the palette). */
export const HOST_RE = /^skjemahjelp-/;

function inside(b: Box, vp: { width: number; height: number }): boolean {
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2;
  return cx >= 0 && cy >= 0 && cx <= vp.width && cy <= vp.height;
}

// ---------------------------------------------------------------------------------------------------------------
// Chromium: CDP

interface CdpNode {
  backendNodeId: number;
  localName?: string;
  frameId?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}
interface FrameTree {
  frame: { id: string; url: string; name?: string };
  childFrames?: FrameTree[];
}

/** What CdpRoots needs of a CDP client: Playwright's and puppeteer's sessions both fit. */
interface Cdp {
  // biome-ignore lint/suspicious/noExplicitAny: CDP params and results are typed per method in each library.
  send(method: string, params?: object): Promise<any>;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  on(event: string, handler: (e: any) => void): unknown;
}
/** A frame as both libraries describe it. */
export interface CdpFrame {
  url(): string;
  name(): string;
  parentFrame(): CdpFrame | null;
}
interface CdpPage {
  session(): Promise<Cdp>;
  mainFrame(): CdpFrame;
  viewport(): { width: number; height: number } | null;
}

/**
 * One CDP session per page. `world` chooses where test code runs: the page's own world ('main', like
 * Playwright's evaluate) or the content script's isolated world ('extension', which a hostile page cannot
 * tamper with). Works over Playwright (the e2e tests) and puppeteer's CDP (the demo's Chrome/Edge).
 */
export class CdpRoots {
  private readonly worlds = new Map<string, number>();
  private readonly owners = new Map<string, { node: number; parent: string }>();
  private ready: Promise<Cdp> | null = null;

  private constructor(
    private readonly page: CdpPage,
    private readonly world: 'main' | 'extension',
    private readonly extensionOrigin: string | null,
  ) {}

  private static readonly cache = new WeakMap<object, Map<string, CdpRoots>>();

  private static cached(key: object, world: 'main' | 'extension', extensionId: string | null, make: () => CdpPage): CdpRoots {
    let m = CdpRoots.cache.get(key);
    if (!m) CdpRoots.cache.set(key, (m = new Map()));
    const k = `${world}:${extensionId ?? ''}`;
    let r = m.get(k);
    if (!r) m.set(k, (r = new CdpRoots(make(), world, extensionId ? `chrome-extension://${extensionId}` : null)));
    return r;
  }

  static of(page: PwPage, world: 'main' | 'extension' = 'main', extensionId: string | null = null): CdpRoots {
    return CdpRoots.cached(page, world, extensionId, () => ({
      session: () => page.context().newCDPSession(page) as Promise<Cdp>,
      mainFrame: () => page.mainFrame(),
      viewport: () => page.viewportSize(),
    }));
  }

  /** The demo's Chrome/Edge through puppeteer over CDP. */
  static ofPuppeteer(page: PpPage): CdpRoots {
    return CdpRoots.cached(page, 'main', null, () => ({
      session: () => page.createCDPSession() as unknown as Promise<Cdp>,
      mainFrame: () => page.mainFrame() as unknown as CdpFrame,
      viewport: () => page.viewport(),
    }));
  }

  private session(): Promise<Cdp> {
    this.ready ??= (async () => {
      const cdp = await this.page.session();
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        const aux = context.auxData as { frameId?: string; type?: string; isDefault?: boolean } | undefined;
        if (!aux?.frameId) return;
        const ok = this.world === 'main' ? aux.isDefault === true : aux.type === 'isolated' && context.origin === this.extensionOrigin;
        if (ok) this.worlds.set(aux.frameId, context.id);
      });
      cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
        for (const [f, id] of this.worlds) if (id === executionContextId) this.worlds.delete(f);
      });
      cdp.on('Runtime.executionContextsCleared', () => this.worlds.clear());
      await cdp.send('Runtime.enable'); // reports the contexts that already exist
      await cdp.send('DOM.enable');
      return cdp;
    })();
    return this.ready;
  }

  /** Root access for the page's main frame or one of its frames. */
  frame(frame: CdpFrame | null): RootAccess {
    return {
      run: async <R>(fn: string, arg?: unknown) => (await this.call(frame, fn, arg, true)).value as R,
      box: (fn, arg, scroll) => this.box(frame, fn, arg, scroll),
    };
  }

  private async frameId(cdp: Cdp, frame: CdpFrame | null): Promise<string> {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
    const main = this.page.mainFrame();
    if (!frame || frame === main) return frameTree.frame.id;
    // The frame's path from the top: at each level the child with the same name, else the same URL, else the
    // only child (a frame filled by document.write has the writer's URL in CDP and about:blank in Playwright).
    const path: CdpFrame[] = [];
    for (let f: CdpFrame | null = frame; f && f !== main; f = f.parentFrame()) path.unshift(f);
    let node: FrameTree = frameTree;
    for (const f of path) {
      const kids = node.childFrames ?? [];
      const byName = f.name() ? kids.filter((c) => (c.frame.name ?? '') === f.name()) : [];
      const byUrl = kids.filter((c) => c.frame.url === f.url());
      const match = byName.length === 1 ? byName : byUrl.length === 1 ? byUrl : kids.length === 1 ? kids : [];
      if (match.length !== 1) throw new Error(`cannot identify frame ${f.url()} «${f.name()}» among ${kids.length}`);
      node = match[0]!;
    }
    return node.frame.id;
  }

  /** Our roots in that frame as objects in the chosen world, and that world's context. */
  private async roots(cdp: Cdp, frame: CdpFrame | null): Promise<{ ctx: number | undefined; ids: string[] }> {
    const fid = await this.frameId(cdp, frame);
    const ctx = this.worlds.get(fid);
    if (ctx === undefined) return { ctx, ids: [] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
    const found: number[] = [];
    const walk = (n: CdpNode, inFrame: string) => {
      if (n.contentDocument && n.frameId) {
        this.owners.set(n.frameId, { node: n.backendNodeId, parent: inFrame });
        walk(n.contentDocument, n.frameId);
      }
      if (inFrame === fid && n.localName && HOST_RE.test(n.localName)) for (const r of n.shadowRoots ?? []) found.push(r.backendNodeId);
      for (const s of n.shadowRoots ?? []) walk(s, inFrame);
      for (const c of n.children ?? []) walk(c, inFrame);
    };
    walk(root, frameTree.frame.id);
    const ids: string[] = [];
    for (const backendNodeId of found) {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId, executionContextId: ctx });
      if (object.objectId) ids.push(object.objectId);
    }
    return { ctx, ids };
  }

  private async call(frame: CdpFrame | null, fn: string, arg: unknown, byValue: boolean): Promise<{ value?: unknown; objectId?: string }> {
    const cdp = await this.session();
    const { ctx, ids } = await this.roots(cdp, frame);
    if (ctx === undefined) {
      if (this.world === 'extension') throw new Error('the extension has no content script in this frame (yet)');
      throw new Error('no JavaScript context for this frame (yet)');
    }
    const res = await cdp.send('Runtime.callFunctionOn', {
      functionDeclaration: `function (arg, ...roots) { return (${fn})(roots, arg); }`,
      ...(ids.length ? { objectId: ids[0] } : { executionContextId: ctx }),
      arguments: [{ value: arg ?? null }, ...ids.map((objectId) => ({ objectId }))],
      returnByValue: byValue,
      awaitPromise: true,
    });
    if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    return byValue ? { value: res.result.value } : { objectId: res.result.subtype === 'null' ? undefined : res.result.objectId };
  }

  private async box(frame: CdpFrame | null, fn: string, arg: unknown, scroll: boolean): Promise<Box | null> {
    const { objectId } = await this.call(frame, fn, arg, false);
    if (!objectId) return null;
    const cdp = await this.session();
    const { node } = await cdp.send('DOM.describeNode', { objectId });
    if (!scroll) return this.quadBox(cdp, node.backendNodeId);
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId }).catch(() => undefined);
    let b = await this.quadBox(cdp, node.backendNodeId);
    // A fixed element at the bottom of a tall frame is «in view» in its frame but below the page's fold:
    // scroll each enclosing frame element so that part of it shows.
    const vp = this.page.viewport();
    for (let o = this.owners.get(await this.frameId(cdp, frame)); b && vp && o && !inside(b, vp); o = this.owners.get(o.parent)) {
      const ob = await this.quadBox(cdp, o.node);
      if (!ob) break;
      const rect = { x: Math.max(0, b.x - ob.x), y: Math.max(0, b.y - ob.y), width: Math.max(1, b.width), height: Math.max(1, b.height) };
      await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: o.node, rect }).catch(() => undefined);
      b = await this.quadBox(cdp, node.backendNodeId);
    }
    return b;
  }

  private async quadBox(cdp: Cdp, backendNodeId: number): Promise<Box | null> {
    const { quads } = await cdp.send('DOM.getContentQuads', { backendNodeId }).catch(() => ({ quads: [] as number[][] }));
    const q = quads[0];
    if (!q) return null;
    const xs = [q[0]!, q[2]!, q[4]!, q[6]!];
    const ys = [q[1]!, q[3]!, q[5]!, q[7]!];
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Firefox: WebDriver BiDi (puppeteer-core's connection)

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { type?: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } } }>;
}
type Serialized = { sharedId: string; value?: { shadowRoot?: { sharedId: string } | null } };

/** The page's own realm of one browsing context (frame), with our roots handed in by BiDi's serialisation. */
export class BidiRoots implements RootAccess {
  constructor(
    private readonly browser: PpBrowser,
    private readonly frame: PpFrame,
  ) {}

  static of(browser: PpBrowser, page: PpPage, frame: PpFrame | null = null): BidiRoots {
    return new BidiRoots(browser, frame ?? page.mainFrame());
  }

  private send(method: string, params: object) {
    const conn = (this.browser as unknown as { connection: BidiConnection }).connection;
    const context = (this.frame as unknown as { _id: string })._id;
    return conn.send(method, { target: { context }, awaitPromise: true, resultOwnership: 'none', ...params });
  }

  private async roots(): Promise<string[]> {
    const r = await this.send('script.evaluate', {
      expression: `[...document.querySelectorAll('*')].filter((e) => /^skjemahjelp-/.test(e.localName))`,
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    const list = (r.result.result?.value as Serialized[] | undefined) ?? [];
    return list.map((h) => h.value?.shadowRoot?.sharedId).filter((x): x is string => !!x);
  }

  async run<R>(fn: string, arg?: unknown): Promise<R> {
    const roots = await this.roots();
    const r = await this.send('script.callFunction', {
      functionDeclaration: `async (argJson, ...roots) => { const v = await (${fn})(roots, JSON.parse(argJson)); return JSON.stringify(v === undefined ? null : v); }`,
      arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }, ...roots.map((sharedId) => ({ sharedId }))],
    });
    if (r.result.type === 'exception') throw new Error(`in the page: ${r.result.exceptionDetails?.text}`);
    return JSON.parse(String(r.result.result?.value)) as R;
  }

  /** Coordinates in the top-level viewport: the element's rectangle plus every enclosing frame element's. */
  box(fn: string, arg: unknown, scroll: boolean): Promise<Box | null> {
    return this.run<Box | null>(
      `(roots, a) => {
        const el = (${fn})(roots, a.arg);
        if (!el) return null;
        const measure = () => {
          const r = el.getBoundingClientRect();
          let x = r.left, y = r.top;
          for (let w = el.ownerDocument.defaultView; w && w.frameElement; w = w.parent) {
            const f = w.frameElement.getBoundingClientRect();
            x += f.left + w.frameElement.clientLeft;
            y += f.top + w.frameElement.clientTop;
          }
          return { x, y, width: r.width, height: r.height };
        };
        if (!a.scroll) return measure();
        el.scrollIntoView({ block: 'center', inline: 'nearest' });
        let b = measure();
        const top = window.top;
        const cy = b.y + b.height / 2, cx = b.x + b.width / 2;
        if (cy < 0 || cy > top.innerHeight || cx < 0 || cx > top.innerWidth) {
          top.scrollBy(cx - top.innerWidth / 2, cy - top.innerHeight / 2);
          b = measure();
        }
        return b;
      }`,
      { arg, scroll },
    );
  }
}

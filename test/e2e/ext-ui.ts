/**
 * Reaching the extension's own UI from e2e tests in a way that survives CLOSED shadow roots (Chromium).
 *
 * How it works:
 * - A CDP session on the page lists execution contexts (Runtime.enable). The content script's isolated world is
 *   the context of type `isolated` whose origin is `chrome-extension://<id>` in the frame we care about. Code
 *   evaluated there shares the extension's DOM wrappers and never touches the page's own JavaScript world.
 * - Closed shadow roots are invisible to `el.shadowRoot` in every world. CDP is not bound by that:
 *   `DOM.getDocument({ depth: -1, pierce: true })` returns every shadow root, open or closed. For each of our
 *   hosts (`data-skjemahjelp-ui`, or a `skjemahjelp-*` tag) the host node and its shadow root are resolved
 *   into the isolated world (`DOM.resolveNode`) and stored in a Map there (`globalThis.__shE2E.roots`), so
 *   test code evaluated in that world can query inside them with ordinary DOM calls.
 * - axe-core is injected into the same isolated world. For the duration of one run, `Element.prototype.shadowRoot`
 *   of THAT world (not the page's) is patched to answer from the Map, so axe walks our closed roots as if they
 *   were open. The run is limited to our hosts, and every reported node is checked to be inside them.
 * - Keyboard input goes through Playwright's page.keyboard (real input events via CDP), so tests stay
 *   keyboard-only; the live region is read from our shadow root through the same world.
 *
 * What this cannot do: it needs CDP, so it is Chromium-only. For Firefox see axeFirefox() in a11y.test.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** What axe reports, reduced to what a failing test message needs. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; html: string; summary: string }[];
}

/** In-world helper installed once per isolated world (self-contained: it is serialised). */
const HELPER = `(() => {
  if (globalThis.__shE2E) return;
  const roots = new Map();
  const h = {
    roots,
    live() { for (const [host, root] of roots) if (!host.isConnected) roots.delete(host); return [...roots.values()]; },
    all(sel) { return h.live().flatMap((r) => [...r.querySelectorAll(sel)]); },
    one(sel) { return h.all(sel)[0] ?? null; },
    visible(el) {
      if (!el || !el.isConnected) return false;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return false;
      const cs = getComputedStyle(el);
      return cs.visibility !== 'hidden' && cs.display !== 'none';
    },
    /** The focused element, looking into our roots (closed or open) and the page's open roots. */
    active() {
      for (const r of h.live()) if (r.activeElement) return r.activeElement;
      let a = document.activeElement;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
      return a;
    },
    inUi(el) { return !!el && h.live().some((r) => r.contains(el)); },
    describe(el) {
      if (!el) return null;
      const data = {};
      for (const a of el.attributes) if (a.name.startsWith('data-')) data[a.name] = a.value;
      return {
        inUi: h.inUi(el),
        tag: el.localName,
        id: el.id || null,
        role: el.getAttribute('role'),
        label: el.getAttribute('aria-label'),
        text: (el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 200),
        data,
      };
    },
  };
  globalThis.__shE2E = h;
})()`;

export class ExtUi {
  private contexts = new Map<number, { frameId: string; origin: string; type: string }>();
  private helperIn = new Set<number>();
  private axeIn = new Set<number>();

  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly extensionId: string,
  ) {}

  /** Attaches to a page (before or after the extension has started in it). */
  static async attach(page: Page, extensionId: string): Promise<ExtUi> {
    const cdp = await page.context().newCDPSession(page);
    const ui = new ExtUi(page, cdp, extensionId);
    cdp.on('Runtime.executionContextCreated', (e) => {
      const c = e.context as { id: number; origin: string; auxData?: { frameId?: string; type?: string } };
      ui.contexts.set(c.id, { frameId: c.auxData?.frameId ?? '', origin: c.origin, type: c.auxData?.type ?? '' });
    });
    cdp.on('Runtime.executionContextDestroyed', (e) => {
      ui.contexts.delete(e.executionContextId);
      ui.helperIn.delete(e.executionContextId);
      ui.axeIn.delete(e.executionContextId);
    });
    cdp.on('Runtime.executionContextsCleared', () => {
      ui.contexts.clear();
      ui.helperIn.clear();
      ui.axeIn.clear();
    });
    await cdp.send('Runtime.enable');
    await cdp.send('DOM.enable');
    return ui;
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }

  /** The content script's isolated world in the top frame (waits for it). */
  async world(timeoutMs = 10_000): Promise<number> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const { frameTree } = (await this.cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      for (const [id, c] of this.contexts)
        if (c.type === 'isolated' && c.frameId === frameTree.frame.id && c.origin.includes(this.extensionId)) {
          if (!this.helperIn.has(id)) {
            await this.cdp.send('Runtime.evaluate', { expression: HELPER, contextId: id });
            this.helperIn.add(id);
          }
          return id;
        }
      if (Date.now() > end) throw new Error('the extension has no isolated world in this page');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Finds our shadow hosts through CDP (closed roots included) and hands them to the isolated world. */
  private async syncRoots(ctx: number): Promise<void> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const found: { host: number; shadow: number }[] = [];
    const visit = (n: DomNode) => {
      const attrs = n.attributes ?? [];
      const ours = attrs.includes('data-skjemahjelp-ui') || /^skjemahjelp-/.test(n.localName ?? '');
      if (ours && n.shadowRoots?.length) found.push({ host: n.backendNodeId, shadow: n.shadowRoots[0]!.backendNodeId });
      for (const c of n.children ?? []) visit(c);
      // Only this document: frames have their own isolated worlds.
      for (const s of n.shadowRoots ?? []) visit(s);
    };
    visit(root);
    for (const f of found) {
      const host = (await this.cdp.send('DOM.resolveNode', { backendNodeId: f.host, executionContextId: ctx, objectGroup: 'sh-e2e' })) as Resolved;
      const shadow = (await this.cdp.send('DOM.resolveNode', { backendNodeId: f.shadow, executionContextId: ctx, objectGroup: 'sh-e2e' })) as Resolved;
      await this.cdp.send('Runtime.callFunctionOn', {
        objectId: host.object.objectId,
        functionDeclaration: 'function (root) { globalThis.__shE2E.roots.set(this, root); }',
        arguments: [{ objectId: shadow.object.objectId }],
      });
    }
    await this.cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'sh-e2e' });
  }

  /**
   * Evaluates `fn(h, arg)` in the content script's isolated world, where `h` is the helper (h.one(sel),
   * h.all(sel), h.active(), h.describe(el), h.visible(el)) with our shadow roots, closed or open, registered.
   * fn must be self-contained (it is serialised); the result must be JSON.
   */
  async eval<R, A = undefined>(fn: (h: Helper, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const ctx = await this.world();
    await this.syncRoots(ctx);
    const r = (await this.cdp.send('Runtime.evaluate', {
      expression: `(${fn.toString()})(globalThis.__shE2E, ${JSON.stringify(arg ?? null)})`,
      contextId: ctx,
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: R }; exceptionDetails?: { exception?: { description?: string }; text: string } };
    if (r.exceptionDetails) throw new Error(`in the extension's world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value;
  }

  /** Polls fn in the isolated world until it returns a truthy value; throws with `what` after the timeout. */
  async until<R, A = undefined>(what: string, fn: (h: Helper, arg: A) => R, arg?: A, timeoutMs = 5000): Promise<NonNullable<R>> {
    const end = Date.now() + timeoutMs;
    let last: R = await this.eval(fn, arg);
    while (!last && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 40));
      last = await this.eval(fn, arg);
    }
    if (!last) throw new Error(`timed out waiting for ${what}`);
    return last as NonNullable<R>;
  }

  count(sel: string): Promise<number> {
    return this.eval((h, s) => h.all(s).length, sel);
  }
  text(sel: string): Promise<string | null> {
    return this.eval((h, s) => h.one(s)?.textContent ?? null, sel);
  }
  attr(sel: string, name: string): Promise<string | null> {
    return this.eval((h, a) => h.one(a[0])?.getAttribute(a[1]) ?? null, [sel, name] as [string, string]);
  }
  visible(sel: string): Promise<boolean> {
    return this.eval((h, s) => h.visible(h.one(s)), sel);
  }
  waitVisible(sel: string, timeoutMs?: number): Promise<boolean> {
    return this.until(`${sel} visible`, (h, s) => h.visible(h.one(s)), sel, timeoutMs);
  }
  waitGone(sel: string, timeoutMs?: number): Promise<boolean> {
    return this.until(`${sel} gone`, (h, s) => !h.visible(h.one(s)), sel, timeoutMs);
  }
  /** The element that has focus, described (also when it is inside our closed roots). */
  focused(): Promise<FocusInfo | null> {
    return this.eval((h) => h.describe(h.active()));
  }
  /** The polite live region's current text (the overlay's announcements). */
  live(): Promise<string> {
    return this.eval((h) => h.one('[data-sh-live]')?.textContent ?? '');
  }
  /** Waits until the live region says something matching `re` and returns it. */
  async waitLive(re: RegExp, timeoutMs = 5000): Promise<string> {
    const end = Date.now() + timeoutMs;
    let last = await this.live();
    while (!re.test(last) && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 40));
      last = await this.live();
    }
    if (!re.test(last)) throw new Error(`live region says «${last}», expected ${re}`);
    return last;
  }

  /** Runs axe-core on our shadow roots only (closed or open) and returns the violations on our nodes. */
  async axe(): Promise<Violation[]> {
    const ctx = await this.world();
    await this.syncRoots(ctx);
    if (!this.axeIn.has(ctx)) {
      await this.cdp.send('Runtime.evaluate', { expression: AXE_SOURCE, contextId: ctx });
      this.axeIn.add(ctx);
    }
    const r = (await this.cdp.send('Runtime.evaluate', {
      expression: `(${runAxeOnRoots.toString()})(globalThis.__shE2E)`,
      contextId: ctx,
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: Violation[] | { error: string } }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (r.exceptionDetails) throw new Error(`axe failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    const v = r.result.value;
    if (!Array.isArray(v)) throw new Error(`axe failed: ${v.error}`);
    return v;
  }
}

/** Runs in the isolated world (serialised). */
async function runAxeOnRoots(h: Helper): Promise<Violation[] | { error: string }> {
  const ax = (globalThis as unknown as { axe: AxeLike }).axe;
  const hosts = [...h.roots.keys()].filter((x) => x.isConnected);
  if (!hosts.length) return { error: 'none of the extension UI is on the page' };
  const desc = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot')!;
  Object.defineProperty(Element.prototype, 'shadowRoot', {
    configurable: true,
    get(this: Element) {
      return h.roots.get(this) ?? desc.get!.call(this);
    },
  });
  try {
    const experimental = ax.getRules(['experimental']).map((r) => r.ruleId);
    const rules: Record<string, { enabled: boolean }> = {};
    for (const id of experimental) rules[id] = { enabled: true };
    const res = await ax.run({ include: hosts }, { rules, resultTypes: ['violations'], elementRef: true });
    const ours = (el: Element | undefined) => !!el && hosts.some((host) => host === el || h.roots.get(host)!.contains(el));
    return res.violations
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.filter((n) => ours(n.element)).map((n) => ({ target: n.target, html: n.html.slice(0, 300), summary: n.failureSummary ?? '' })),
      }))
      .filter((v) => v.nodes.length > 0);
  } finally {
    Object.defineProperty(Element.prototype, 'shadowRoot', desc);
  }
}

/** Runs axe-core on a whole extension page (stats.html, options.html, the popup): page-level rules included. */
export async function axePage(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const ax = (globalThis as unknown as { axe: AxeLike }).axe;
    const rules: Record<string, { enabled: boolean }> = {};
    for (const r of ax.getRules(['experimental'])) rules[r.ruleId] = { enabled: true };
    const res = await ax.run(document, { rules, resultTypes: ['violations'] });
    return res.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 300), summary: n.failureSummary ?? '' })),
    }));
  });
}

/** A readable failure message for a list of violations. */
export function formatViolations(v: Violation[]): string {
  return v
    .map(
      (x) =>
        `${x.id} (${x.impact}): ${x.help}\n${x.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.html}\n    ${n.summary.replace(/\n/g, '\n    ')}`).join('\n')}`,
    )
    .join('\n');
}

interface DomNode {
  backendNodeId: number;
  localName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}
interface Resolved {
  object: { objectId: string };
}
export interface FocusInfo {
  inUi: boolean;
  tag: string;
  id: string | null;
  role: string | null;
  label: string | null;
  text: string;
  data: Record<string, string>;
}
export interface Helper {
  roots: Map<Element, ShadowRoot>;
  all(sel: string): Element[];
  one(sel: string): Element | null;
  visible(el: Element | null): boolean;
  active(): Element | null;
  inUi(el: Element | null): boolean;
  describe(el: Element | null): FocusInfo | null;
}
interface AxeLike {
  getRules(tags: string[]): { ruleId: string }[];
  run(
    ctx: unknown,
    opts: unknown,
  ): Promise<{
    violations: { id: string; impact: string | null; help: string; nodes: { target: unknown; html: string; failureSummary?: string; element?: Element }[] }[];
  }>;
}

/**
 * The e2e tests' one way into the extension's own UI (overlay, hover card, panel, palette), which lives in
 * CLOSED shadow roots: no script on the page — and no Playwright locator — can reach inside. Chromium only.
 *
 * How: a CDP session on the page. `DOM.getDocument({ pierce: true })` lists every shadow root, closed ones
 * included, in every same-process frame. Each root of one of our hosts (`skjemahjelp-*`) is resolved into
 * the content script's isolated world of its frame (`DOM.resolveNode` with that world's execution context;
 * the page's own world is never used), and queries run there with ordinary DOM calls. Clicks and hovers are
 * real input (`page.mouse`, i.e. CDP Input events, trusted) at the element's position from
 * `DOM.getContentQuads`, which is in main-viewport coordinates for any frame — the same coordinates as
 * Playwright's boundingBox().
 *
 *   const ui = await extensionUi(page);
 *   const hover = ui.locator('[data-sh-hover="vague-quantity"]');
 *   await hover.waitFor({ state: 'visible' });
 *   await hover.getByRole('button', { name: 'Slå av regelen' }).click();
 *   ui.locator('[data-pl-search]', { frame, host: 'skjemahjelp-palette' })
 *
 * The locator API is a small subset of Playwright's, so tests read the same.
 *
 * Firefox: nothing here works there (no CDP). WebDriver BiDi hands out closed shadow roots only through
 * `script.evaluate`/`callFunction` with `serializationOptions.includeShadowTree: 'all'` into a sandbox realm
 * (the a11y branch runs axe that way); a Firefox twin of this helper would be built on that. Until then a
 * Firefox test cannot look inside the overlay or the palette: it can check what the page sees
 * (data-skjemahjelp-* attributes, hosts, focus) and drive the keyboard.
 */
import type { Frame, Page } from 'playwright-core';
import { CdpRoots } from './roots.ts';

type Step = { css: string } | { role: string; name?: string | { source: string; flags: string } } | { nth: number };

const DEFAULT_TIMEOUT = 10_000;

/** Runs in the content script's isolated world: resolves a step chain from our roots to elements. */
const RESOLVE = `function resolve(roots, steps) {
  let cur = roots;
  const nameOf = (el) => (el.getAttribute('aria-label') || el.textContent || '').replace(/\\s+/g, ' ').trim();
  for (const s of steps) {
    if ('css' in s) cur = cur.flatMap((c) => [...c.querySelectorAll(s.css)]);
    else if ('role' in s) {
      const sel = s.role === 'button' ? 'button, [role="button"]' : '[role="' + s.role + '"]';
      const re = s.name && typeof s.name === 'object' ? new RegExp(s.name.source, s.name.flags) : null;
      cur = cur.flatMap((c) => [...c.querySelectorAll(sel)]).filter((el) => s.name === undefined || (re ? re.test(nameOf(el)) : nameOf(el) === s.name));
    } else cur = s.nth < 0 ? cur.slice(s.nth, s.nth === -1 ? undefined : s.nth + 1) : cur.slice(s.nth, s.nth + 1);
  }
  return [...new Set(cur)];
}
function visible(el) {
  if (!el || !el.isConnected) return false;
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return false;
  const cs = getComputedStyle(el);
  return cs.visibility !== 'hidden' && cs.display !== 'none';
}`;

export class ExtensionUi {
  private constructor(
    readonly page: Page,
    private readonly roots: CdpRoots,
  ) {}

  static async attach(page: Page, extensionId: string): Promise<ExtensionUi> {
    return new ExtensionUi(page, CdpRoots.of(page, 'extension', extensionId));
  }

  /** Elements inside our shadow roots (any host, or only `host`), in the page's main frame or in `frame`. */
  locator(selector: string, opts: { frame?: Frame; host?: string } = {}): UiLocator {
    return new UiLocator(Promise.resolve(this), opts.frame ?? null, opts.host ?? null, [{ css: selector }]);
  }

  /** Runs `body` (a function source taking (elements, arg)) in the extension's world over the located elements. */
  async run<T>(frame: Frame | null, host: string | null, steps: Step[], body: string, arg?: unknown): Promise<{ value?: T }> {
    const fn = `(roots, a) => { ${RESOLVE}; const mine = a.host ? roots.filter((r) => r.host.localName === a.host) : roots; return (${body})(resolve(mine, a.steps), a.arg); }`;
    try {
      return { value: await this.roots.frame(frame).run<T>(fn, { host, steps, arg: arg ?? null }) };
    } catch (e) {
      // No content script in that frame yet: nothing of ours there.
      if (/no content script/.test(String(e)))
        return { value: new Function('els', 'arg', `const visible = () => false; return (${body})(els, arg)`)([], arg) as T };
      throw e;
    }
  }

  /** Top-viewport box of the first located element (scrolled into view first when asked). */
  async box(frame: Frame | null, host: string | null, steps: Step[], scroll: boolean): Promise<{ x: number; y: number; width: number; height: number } | null> {
    const fn = `(roots, a) => { ${RESOLVE}; const mine = a.host ? roots.filter((r) => r.host.localName === a.host) : roots; return resolve(mine, a.steps)[0] || null; }`;
    return this.roots.frame(frame).box(fn, { host, steps }, scroll);
  }
}

export class UiLocator {
  constructor(
    private readonly uiP: Promise<ExtensionUi>,
    private readonly frame: Frame | null,
    private readonly host: string | null,
    private readonly steps: Step[],
  ) {}

  private with(step: Step): UiLocator {
    return new UiLocator(this.uiP, this.frame, this.host, [...this.steps, step]);
  }

  locator(selector: string): UiLocator {
    return this.with({ css: selector });
  }

  getByRole(role: string, opts: { name?: string | RegExp } = {}): UiLocator {
    const name = opts.name instanceof RegExp ? { source: opts.name.source, flags: opts.name.flags } : opts.name;
    return this.with({ role, name });
  }

  first(): UiLocator {
    return this.with({ nth: 0 });
  }

  nth(i: number): UiLocator {
    return this.with({ nth: i });
  }

  private async value<T>(body: string, arg?: unknown): Promise<T> {
    return (await (await this.uiP).run<T>(this.frame, this.host, this.steps, body, arg)).value as T;
  }

  count(): Promise<number> {
    return this.value<number>('(els) => els.length');
  }

  isEnabled(): Promise<boolean> {
    return this.value<boolean>('(els) => !!els[0] && !els[0].disabled');
  }

  isVisible(): Promise<boolean> {
    return this.value<boolean>('(els) => visible(els[0])');
  }

  textContent(): Promise<string | null> {
    return this.value<string | null>('(els) => els[0] ? els[0].textContent : null');
  }

  async innerText(): Promise<string> {
    const t = await this.value<string | null>('(els) => els[0] ? els[0].innerText : null');
    if (t === null) throw new Error(`no element for ${JSON.stringify(this.steps)}`);
    return t;
  }

  getAttribute(name: string): Promise<string | null> {
    return this.value<string | null>('(els, name) => els[0] ? els[0].getAttribute(name) : null', name);
  }

  /** Like Playwright's: `fn` is serialised and runs in the extension's isolated world. */
  evaluate<R, A = unknown>(fn: (el: Element, arg: A) => R, arg?: A): Promise<R> {
    return this.value<R>(`(els, arg) => { if (!els[0]) throw new Error('no element'); return (${fn.toString()})(els[0], arg); }`, arg);
  }

  evaluateAll<R, A = unknown>(fn: (els: Element[], arg: A) => R, arg?: A): Promise<R> {
    return this.value<R>(`(els, arg) => (${fn.toString()})(els, arg)`, arg);
  }

  /** Moves keyboard focus to the element (as a script would; use page.keyboard for what the user types). */
  async focus(): Promise<void> {
    await this.waitFor({ state: 'attached' });
    await this.value('(els) => els[0].focus()');
  }

  async waitFor(opts: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number } = {}): Promise<void> {
    const state = opts.state ?? 'visible';
    const end = Date.now() + (opts.timeout ?? DEFAULT_TIMEOUT);
    const body = {
      attached: '(els) => els.length > 0',
      detached: '(els) => els.length === 0',
      visible: '(els) => visible(els[0])',
      hidden: '(els) => !visible(els[0])',
    }[state];
    for (;;) {
      if (await this.value<boolean>(body).catch(() => false)) return;
      if (Date.now() > end) throw new Error(`timed out waiting for ${JSON.stringify(this.steps)} to be ${state}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return (await this.uiP).box(this.frame, this.host, this.steps, false);
  }

  /** A real click (trusted input) in the middle of the element, after scrolling it into view. */
  async click(): Promise<void> {
    await this.waitFor({ state: 'visible' });
    const ui = await this.uiP;
    const b = await ui.box(this.frame, this.host, this.steps, true);
    if (!b) throw new Error(`no box for ${JSON.stringify(this.steps)}`);
    await ui.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  }

  /** Clicks into a text field of ours, selects what is there and types over it (trusted input events). */
  async fill(text: string): Promise<void> {
    await this.click();
    await this.value('(els) => els[0].select ? els[0].select() : undefined');
    const ui = await this.uiP;
    if (text) await ui.page.keyboard.insertText(text);
    else await ui.page.keyboard.press('Delete');
  }

  async hover(): Promise<void> {
    await this.waitFor({ state: 'visible' });
    const ui = await this.uiP;
    const b = await ui.box(this.frame, this.host, this.steps, true);
    if (!b) throw new Error(`no box for ${JSON.stringify(this.steps)}`);
    await ui.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  }
}

const attached = new WeakMap<Page, Promise<ExtensionUi>>();

/** Our UI in one page: `locator()` is synchronous like Playwright's; the CDP session starts on first use. */
export interface PageUi {
  locator(selector: string, opts?: { frame?: Frame; host?: string }): UiLocator;
  ready(): Promise<ExtensionUi>;
}

/** The extension UI helper for a page (one CDP session per page). */
export function extensionUi(page: Page, extensionId: string): PageUi {
  const get = () => {
    let ui = attached.get(page);
    if (!ui) attached.set(page, (ui = ExtensionUi.attach(page, extensionId)));
    return ui;
  };
  return {
    locator: (selector, opts = {}) => new UiLocator(get(), opts.frame ?? null, opts.host ?? null, [{ css: selector }]),
    ready: get,
  };
}

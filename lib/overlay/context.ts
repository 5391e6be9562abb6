/**
 * The content script's lifetime, in place of WXT's ContentScriptContext (wxt.config.ts aliases
 * `wxt/utils/content-script-context` to this file, so WXT's own entry wrapper constructs this class).
 *
 * WXT 0.20's context announces every start to the page (a `window.postMessage` whose type holds the
 * extension id, and a DOM event) and ends itself when it sees that announcement again — meant for a newer copy
 * of the same script, but any page can send it: a page could switch the extension off and learn its id
 * (issue 13, finding 1). WXT's only option (`noScriptStartedPostMessage`) drops the postMessage but keeps the
 * DOM event and the page-triggered invalidation.
 *
 * This context says nothing to the page and listens to nothing from it. It ends only when the extension
 * itself is gone (reloaded, updated or removed: `runtime.id` disappears) — a signal no page can forge — or
 * when our own code calls notifyInvalidated(). A second copy never runs beside the first: manifest content
 * scripts are injected once per document.
 *
 * Same public surface as WXT's class, which createShadowRootUi uses (onInvalidated, options).
 */
export type Alive = () => boolean;

const extensionAlive: Alive = () => {
  const g = globalThis as { chrome?: { runtime?: { id?: string } }; browser?: { runtime?: { id?: string } } };
  try {
    return (g.browser?.runtime?.id ?? g.chrome?.runtime?.id) != null;
  } catch {
    return false; // Firefox throws on a dead wrapper once the add-on is gone
  }
};

export class ContentScriptContext implements AbortController {
  private readonly abortController = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: Record<string, unknown>,
    private readonly alive: Alive = extensionAlive,
  ) {}

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  get isInvalid(): boolean {
    if (!this.signal.aborted && !this.alive()) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => undefined);
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((t) => {
      if (this.isValid) callback(t);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((d) => {
      if (!this.signal.aborted) callback(d);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /** A listener removed when the context ends. (WXT's «wxt:locationchange» is not supported: nothing here uses it.) */
  addEventListener(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}

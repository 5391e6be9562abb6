/**
 * The content script's view of the site rules: reads the user's rules and the organisation's policy (by hand, no
 * zod), follows changes, and tells the recogniser what the rules say about this page. Browser APIs come in through
 * SiteEnv so this runs in tests too.
 */
import type { Overrides } from '../forms/locate.ts';
import { isOff, resolveOverrides, rulesFor } from './match.ts';
import { liveRules, parseManaged, parseSitesState } from './parse.ts';
import { EMPTY_MANAGED, EMPTY_STATE, type LiveRule, type ManagedSites, type SitesState } from './types.ts';

export interface SiteEnv {
  /** storage.local's value under SITES_KEY, and the background's copy of the policy (MANAGED_MIRROR_KEY). */
  getLocal(): Promise<unknown>;
  getMirror?(): Promise<unknown>;
  /** storage.managed's whole value; may reject (Firefox without a policy). */
  getManaged(): Promise<unknown>;
  /** Called with 'local' or 'managed' when either changes. */
  onChange(fn: (area: 'local' | 'managed') => void): void;
}

export class SiteRules {
  state: SitesState = EMPTY_STATE;
  managed: ManagedSites = EMPTY_MANAGED;
  private listeners = new Set<() => void>();
  /** Elements the last overrides call placed (for the popup's count). */
  matched = 0;

  constructor(private readonly env: SiteEnv) {}

  /**
   * Reads both sources; a failing source counts as empty, never as an error on the page. The browser may take its
   * time with the managed policy (Chromium answers only once policies are loaded): after `managedWaitMs` the page
   * goes on without it, and the policy applies when it arrives (listeners are told).
   */
  async load(managedWaitMs = 250): Promise<this> {
    const [local, mirror] = await Promise.all([
      this.env.getLocal().then(
        (v) => v,
        () => undefined,
      ),
      (this.env.getMirror?.() ?? Promise.resolve(undefined)).then(
        (v) => v,
        () => undefined,
      ),
    ]);
    this.state = parseSitesState(local).state;
    if (mirror !== undefined) {
      this.managed = parseManaged(mirror);
      return this;
    }
    // No copy yet (first run, background not started): ask the browser, without holding the page up for long.
    let late = false;
    const managed = this.env.getManaged().then(
      (v) => {
        const m = parseManaged(v);
        if (late && JSON.stringify(m) !== JSON.stringify(this.managed)) {
          this.managed = m;
          this.notify();
        }
        return m;
      },
      () => EMPTY_MANAGED,
    );
    const m = await Promise.race([managed, new Promise<null>((r) => setTimeout(() => r(null), managedWaitMs))]);
    if (m) this.managed = m;
    else late = true;
    return this;
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }

  /** Re-reads on every change and then calls fn. */
  follow(fn: () => void): void {
    this.listeners.add(fn);
    if (this.listeners.size > 1) return;
    this.env.onChange(() => {
      void this.load().then(() => this.notify());
    });
  }

  rulesHere(url: { origin: string; pathname: string }): LiveRule[] {
    return rulesFor(liveRules(this.state, this.managed), url);
  }

  offHere(origin: string): { off: boolean; byPolicy: boolean } {
    const byPolicy = isOff(this.managed.off, origin);
    return { off: byPolicy || isOff(this.state.off, origin), byPolicy };
  }

  /** What the rules in force say about the candidates (in document order) of this page, or null. */
  overrides(url: { origin: string; pathname: string }, candidates: readonly HTMLElement[]): Overrides | null {
    const rules = this.rulesHere(url);
    if (!rules.length) {
      this.matched = 0;
      return null;
    }
    const r = resolveOverrides(inDocumentOrder(candidates), rules);
    this.matched = r?.matched ?? 0;
    return r;
  }
}

export function inDocumentOrder(els: readonly HTMLElement[]): HTMLElement[] {
  return [...els].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { OverlayState, OverlayStore } from '../../lib/overlay/store.ts';
import { placeBeside, type Pos, type Rect } from '../../lib/dom/geometry.ts';

export function useStore(store: OverlayStore): OverlayState {
  const [s, set] = useState(store.get());
  useEffect(() => {
    const off = store.subscribe(set);
    // A change between the first render and this effect (e.g. the repaired-settings notice) would be missed.
    set(store.get());
    return off;
  }, [store]);
  return s;
}

/** A counter that changes at most once per frame while anything scrolls or the window resizes. */
export function useLayoutTick(els: readonly Element[]): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let frame = 0;
    const bump = () => {
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          setTick((t) => t + 1);
        });
    };
    window.addEventListener('scroll', bump, { capture: true, passive: true });
    window.addEventListener('resize', bump, { passive: true });
    const ro = new ResizeObserver(bump);
    for (const el of els) ro.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', bump, { capture: true });
      window.removeEventListener('resize', bump);
      ro.disconnect();
    };
  }, [els]);
  return tick;
}

export function viewport() {
  return { width: document.documentElement.clientWidth || window.innerWidth, height: window.innerHeight };
}

/** Elements Tab stops at inside one of our cards, in order. */
export function tabStops(box: HTMLElement): HTMLElement[] {
  return [...box.querySelectorAll<HTMLElement>('button:not([disabled]), [href], input:not([disabled]), textarea, select, [tabindex]')].filter(
    (el) => el.tabIndex >= 0 && el.getClientRects().length > 0,
  );
}

/**
 * Remembers how focus entered a card: straight from the field (a shortcut, or a click while typing) or from
 * somewhere else (Tab from the end of the page). Only the first kind goes back to the field on Tab.
 */
export function noteEntry(e: FocusEvent, box: HTMLElement | null, field: HTMLElement | null | undefined): void {
  const from = e.relatedTarget as Node | null;
  if (!box || (from && box.contains(from))) return;
  box.dataset.shEntry = from && field && (from === field || field.contains(from)) ? 'field' : 'other';
}

/**
 * Keys every card shares: Escape closes it (and puts focus back in the field). When focus came from the field,
 * Tab past the last stop or Shift+Tab before the first goes back to the field too — our cards sit at the end
 * of the page, so Tab would otherwise land in the browser's toolbar. Entered any other way, Tab moves on as
 * usual. Nothing keeps focus in a card.
 */
export function cardKeyDown(e: KeyboardEvent, box: HTMLElement | null, onEscape: () => void, back: () => void): boolean {
  if (e.key === 'Escape' && !e.ctrlKey && !e.altKey && !e.metaKey) {
    e.preventDefault();
    onEscape();
    return true;
  }
  if (e.key !== 'Tab' || !box || e.ctrlKey || e.altKey || e.metaKey || box.dataset.shEntry !== 'field') return false;
  const stops = tabStops(box);
  const cur = (box.getRootNode() as Document | ShadowRoot).activeElement;
  const atEnd = !e.shiftKey && (stops.length === 0 || cur === stops[stops.length - 1]);
  const atStart = e.shiftKey && (stops.length === 0 || cur === stops[0] || cur === box);
  if (!atEnd && !atStart) return false;
  e.preventDefault();
  back();
  return true;
}

/**
 * Moves focus to an element once per focus request (a keyboard shortcut), as soon as it is rendered and placed:
 * a box still hidden for measuring cannot take focus, which is why the first Ctrl+. used to leave it in the field.
 */
export function useFocusRequest(req: { to: string; seq: number } | null, to: string, ready: boolean, get: () => HTMLElement | null | undefined): void {
  const done = useRef(0);
  useLayoutEffect(() => {
    if (!req || req.to !== to || done.current === req.seq || !ready) return;
    const el = get();
    if (!el) return;
    el.focus({ preventScroll: true });
    if ((el.getRootNode() as ShadowRoot).activeElement === el) done.current = req.seq;
  });
}

/** Arrow keys, Home and End between the items of a menu or list (roving focus); returns true when handled. */
export function moveInList(e: KeyboardEvent, items: HTMLElement[], wrap: boolean): boolean {
  if (e.ctrlKey || e.altKey || e.metaKey || !items.length) return false;
  const cur = items.indexOf((items[0]!.getRootNode() as ShadowRoot).activeElement as HTMLElement);
  let next = -1;
  if (e.key === 'ArrowDown') next = cur < 0 ? 0 : cur + 1 < items.length ? cur + 1 : wrap ? 0 : cur;
  else if (e.key === 'ArrowUp') next = cur < 0 ? items.length - 1 : cur > 0 ? cur - 1 : wrap ? items.length - 1 : 0;
  else if (e.key === 'Home') next = 0;
  else if (e.key === 'End') next = items.length - 1;
  else return false;
  e.preventDefault();
  for (const [i, el] of items.entries()) el.tabIndex = i === next ? 0 : -1;
  items[next]!.focus();
  return true;
}

/** The band of the viewport our cards may use: all of it except where the problems panel sits. */
export interface Band {
  top: number;
  height: number;
}

/** placeBeside within a horizontal band of the viewport. */
export function placeIn(band: Band, avoid: Rect, size: { width: number; height: number }, width: number, prefer?: Pos['side'][]): Pos {
  const p = placeBeside({ ...avoid, top: avoid.top - band.top }, size, { width, height: band.height }, prefer);
  return { ...p, top: p.top + band.top };
}

import { useEffect, useState } from 'preact/hooks';
import type { OverlayState, OverlayStore } from '../../lib/overlay/store.ts';

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

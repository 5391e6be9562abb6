import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FieldCheck } from '../../lib/dom/checker.ts';
import { Mirror, clipOf, supportsMirror } from '../../lib/dom/mirror.ts';
import type { Diagnostic } from '../../lib/checks/lint.ts';
import { useLayoutTick } from '../overlay/hooks.ts';
import type { UnderlineBox } from '../../lib/overlay/store.ts';

export type { UnderlineBox };

/** Underlines are measured for what is in view plus this much above and below (px), so scrolling finds them ready. */
const MARGIN = 200;
/** Problems that start above the visible part but may reach into it (long spans) are looked for this far back. */
const LOOK_BACK = 16;

/** The problems of a check in text order, with their index in `shown` (sorted once per check). */
const sortedCache = new WeakMap<FieldCheck, { d: Diagnostic; index: number }[]>();
function sorted(c: FieldCheck) {
  let s = sortedCache.get(c);
  if (!s) sortedCache.set(c, (s = c.shown.map((d, index) => ({ d, index })).sort((a, b) => a.d.start - b.d.start)));
  return s;
}

/**
 * The underline boxes of one field, for the problems in view only: a binary search over the problems (in text
 * order, so their lines are in top-to-bottom order) finds the first one near the top of the visible part, and
 * measuring stops after the last one near its bottom. Work per frame is O(log n + visible), whatever the number
 * of problems in the field.
 */
export function visibleBoxes(
  c: FieldCheck,
  m: Pick<Mirror, 'rects' | 'lineAt'>,
  el: HTMLTextAreaElement | HTMLInputElement,
  viewportHeight: number,
): UnderlineBox[] {
  const clip = clipOf(el);
  const top = Math.max(clip.top, 0) - MARGIN;
  const bottom = Math.min(clip.bottom, viewportHeight) + MARGIN;
  const ds = sorted(c);
  let lo = 0;
  let hi = ds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m.lineAt(ds[mid]!.d.start).bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const out: UnderlineBox[] = [];
  const add = (i: number) => {
    for (const rect of m.rects(el, ds[i]!.d.start, ds[i]!.d.end)) out.push({ ...rect, check: c, index: ds[i]!.index });
  };
  // A span that starts above may end in view.
  for (let i = Math.max(0, lo - LOOK_BACK); i < lo; i++) if (m.lineAt(ds[i]!.d.end).top >= top) add(i);
  for (let i = lo; i < ds.length && m.lineAt(ds[i]!.d.start).top <= bottom; i++) add(i);
  return out;
}

/**
 * Squiggles under problems in <textarea>/<input>, drawn in our shadow root over the field from mirror
 * geometry (contenteditable editors use the Highlight API instead). Pointer events pass through to the field.
 */
export function Underlines({
  checks,
  version,
  onBoxes,
}: {
  checks: ReadonlyMap<HTMLElement, FieldCheck>;
  version: number;
  onBoxes: (b: UnderlineBox[]) => void;
}) {
  const hostRef = useRef<HTMLDivElement>(null);
  const mirrors = useRef(new Map<HTMLElement, Mirror>());
  const fields = useMemo(() => [...checks.values()].filter((c) => supportsMirror(c.field.el) && c.shown.length > 0), [checks, version]);
  const els = useMemo(() => fields.map((c) => c.field.el), [fields]);
  const tick = useLayoutTick(els);
  // The mirrors live in our host element, which exists only after the first render.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);

  useEffect(
    () => () => {
      for (const m of mirrors.current.values()) m.remove();
      mirrors.current.clear();
    },
    [],
  );

  const boxes = useMemo(() => {
    const out: UnderlineBox[] = [];
    const host = hostRef.current;
    if (!host) return out;
    const live = new Set(els);
    for (const [el, m] of mirrors.current)
      if (!live.has(el)) {
        m.remove();
        mirrors.current.delete(el);
      }
    for (const c of fields) {
      const el = c.field.el as HTMLTextAreaElement | HTMLInputElement;
      if (!el.isConnected) continue;
      const r = el.getBoundingClientRect();
      if (r.bottom < 0 || r.top > window.innerHeight || r.width === 0) continue;
      let m = mirrors.current.get(el);
      if (!m) mirrors.current.set(el, (m = new Mirror(host)));
      m.sync(el, c.text);
      out.push(...visibleBoxes(c, m, el, window.innerHeight));
    }
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fields, tick, mounted]);

  useEffect(() => onBoxes(boxes), [boxes]);

  return (
    <div class="sh-underlines" ref={hostRef}>
      {boxes.map((b, i) => (
        <div
          key={i}
          class={`sh-squiggle sh-${b.check.shown[b.index]!.severity}`}
          data-sh-underline={b.check.shown[b.index]!.rule}
          data-field={b.check.field.key}
          style={{ left: `${b.left}px`, top: `${b.top + b.height - 3}px`, width: `${b.width}px` }}
        />
      ))}
    </div>
  );
}

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FieldCheck } from '../../lib/dom/checker.ts';
import { Mirror, supportsMirror } from '../../lib/dom/mirror.ts';
import { useLayoutTick } from '../overlay/hooks.ts';
import type { UnderlineBox } from '../../lib/overlay/store.ts';

export type { UnderlineBox };

/**
 * Squiggles under problems in <textarea>/<input>, drawn in our shadow root over the field from mirror
 * geometry (contenteditable editors use the Highlight API instead). Pointer events pass through to the field.
 */
export function Underlines({ checks, version, onBoxes }: { checks: ReadonlyMap<HTMLElement, FieldCheck>; version: number; onBoxes: (b: UnderlineBox[]) => void }) {
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
      c.shown.forEach((d, index) => {
        for (const rect of m!.rects(el, d.start, d.end)) out.push({ ...rect, check: c, index });
      });
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

import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { placeBeside, type Pos, type Rect } from '../../lib/dom/geometry.ts';
import type { RecognisedField } from '../../lib/forms/locate.ts';
import type { OverlayState, OverlayStore } from './store.ts';

const FORM_SHORT: Record<string, string> = { l40: 'L40', l1: 'Sykmelding', aev: 'AEV' };

function useStore(store: OverlayStore): OverlayState {
  const [s, set] = useState(store.get());
  useEffect(() => store.subscribe(set), [store]);
  return s;
}

/** Re-reads the field's rectangle on scroll (any scroller), resize, and size changes, once per frame. */
function useFieldRect(el: HTMLElement | null): Rect | null {
  const [rect, setRect] = useState<Rect | null>(null);
  useEffect(() => {
    if (!el) {
      setRect(null);
      return;
    }
    let frame = 0;
    const read = () => {
      frame = 0;
      const r = el.getBoundingClientRect();
      setRect((old) =>
        old && old.left === r.left && old.top === r.top && old.width === r.width && old.height === r.height
          ? old
          : { left: r.left, top: r.top, width: r.width, height: r.height },
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    const win = el.ownerDocument.defaultView ?? window;
    win.addEventListener('scroll', schedule, { capture: true, passive: true });
    win.addEventListener('resize', schedule, { passive: true });
    const ro = new ResizeObserver(schedule);
    ro.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      win.removeEventListener('scroll', schedule, { capture: true });
      win.removeEventListener('resize', schedule);
      ro.disconnect();
    };
  }, [el]);
  return rect;
}

function viewport() {
  return { width: document.documentElement.clientWidth || window.innerWidth, height: window.innerHeight };
}

function isVisible(r: Rect): boolean {
  return r.width > 0 && r.height > 0 && r.top + r.height > 0 && r.top < window.innerHeight;
}

export interface OverlayProps {
  store: OverlayStore;
  /** Body of the hint card for a field (guidance lands here). */
  renderCard?: (field: RecognisedField) => ComponentChildren;
}

export function Overlay({ store, renderCard }: OverlayProps) {
  const s = useStore(store);
  const field = s.active;
  const rect = useFieldRect(field?.el ?? null);
  const badgeRef = useRef<HTMLButtonElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const [badgePos, setBadgePos] = useState<Pos | null>(null);
  const [cardPos, setCardPos] = useState<Pos | null>(null);

  useLayoutEffect(() => {
    if (!rect || !isVisible(rect)) {
      setBadgePos(null);
      return;
    }
    const b = badgeRef.current;
    const size = b ? { width: b.offsetWidth || 120, height: b.offsetHeight || 22 } : { width: 120, height: 22 };
    setBadgePos(placeBeside(rect, size, viewport()));
  }, [rect, field?.key]);

  useLayoutEffect(() => {
    if (!rect || !s.cardOpen || !isVisible(rect)) {
      setCardPos(null);
      return;
    }
    const c = cardRef.current;
    const size = { width: c?.offsetWidth || 320, height: c?.offsetHeight || 160 };
    // The card sits beside the field like the badge, but below the badge when both go right.
    const p = placeBeside(rect, size, viewport(), ['right', 'below', 'above', 'left']);
    if (p.side === 'right' && badgePos?.side === 'right') p.top = Math.max(p.top, badgePos.top + 28);
    setCardPos(p);
  }, [rect, s.cardOpen, badgePos, field?.key]);

  if (!field) return null;
  const short = FORM_SHORT[field.key.split('.')[0]!] ?? '';
  const fieldNo = field.field.number ?? field.field.label;
  const close = () => {
    store.set({ cardOpen: false });
    field.el.focus({ preventScroll: true });
  };
  return (
    <div class="sh-root">
      <button
        ref={badgeRef}
        type="button"
        class="sh-badge"
        data-sh-badge=""
        data-field={field.key}
        data-issues={field.el.getAttribute('data-skjemahjelp-issues') ?? '0'}
        style={badgePos ? { left: `${badgePos.left}px`, top: `${badgePos.top}px` } : { visibility: 'hidden', left: '-9999px', top: '0' }}
        aria-expanded={s.cardOpen}
        aria-label={`Skjemahjelp: ${short} ${fieldNo}. ${s.cardOpen ? 'Skjul' : 'Vis'} veiledning`}
        title={field.field.label}
        onMouseDown={(e) => e.preventDefault() /* keep the caret in the field */}
        onClick={() => store.set({ cardOpen: !s.cardOpen })}
      >
        <span class="sh-dot" aria-hidden="true" />
        {short} {field.field.number ?? ''}
      </button>
      {s.cardOpen && (
        <div
          ref={cardRef}
          class="sh-card"
          role="dialog"
          aria-label={`Veiledning: ${field.field.label}`}
          data-sh-card=""
          style={cardPos ? { left: `${cardPos.left}px`, top: `${cardPos.top}px` } : { visibility: 'hidden', left: '-9999px', top: '0' }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              close();
            }
          }}
        >
          <button type="button" class="sh-close" aria-label="Lukk" onClick={close}>
            ×
          </button>
          <h2>{field.field.label}</h2>
          <div class="sh-key">{field.key}</div>
          {renderCard ? renderCard(field) : <p class="sh-muted">Veiledning for dette feltet kommer her.</p>}
        </div>
      )}
    </div>
  );
}

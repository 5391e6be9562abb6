import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { overlaps, type Pos, type Rect } from '../../lib/dom/geometry.ts';
import { hostFrame, rectInTop } from '../../lib/dom/frames.ts';
import { countIssues } from '../../lib/dom/checker.ts';
import { guidanceFor } from '../../lib/guidance/index.ts';
import { formShortName, offersYrkeLookup } from '../../lib/forms/roles.ts';
import { Underlines, type UnderlineBox } from '../checks/Underlines.tsx';
import { HoverCard } from '../checks/HoverCard.tsx';
import { ProblemsPanel } from '../checks/ProblemsPanel.tsx';
import { HintBody } from '../guidance/HintBody.tsx';
import { cardKeyDown, noteEntry, placeIn, useFocusRequest, useLayoutTick, useStore, viewport, type Band } from './hooks.ts';
import { SHORTCUTS } from '../../lib/overlay/keys.ts';
import { useRouted } from './route.ts';
import type { OverlayActions, OverlayStore } from '../../lib/overlay/store.ts';

/** Bottom strip kept free for the folded problems panel. */
const PANEL_RESERVE = 48;

/** The field's rectangle, re-read at most once per frame on scroll (any scroller), resize and size changes. */
function useFieldRect(el: HTMLElement | null): Rect | null {
  // A field inside an editor iframe is measured through its <iframe>.
  const els = useMemo(() => (el ? [hostFrame(el) ?? el] : []), [el]);
  const tick = useLayoutTick(els);
  const last = useRef<Rect | null>(null);
  return useMemo(() => {
    if (!el) return (last.current = null);
    const r = rectInTop(el, document);
    const old = last.current;
    // Same object when nothing moved, so placement effects do not rerun.
    if (old && old.left === r.left && old.top === r.top && old.width === r.width && old.height === r.height) return old;
    return (last.current = { left: r.left, top: r.top, width: r.width, height: r.height });
  }, [el, tick]);
}

const GAP = 6;

function freeBand(panel: Rect | null, dock: 'top' | 'bottom', vp: { width: number; height: number }): Band {
  if (!panel) return { top: 0, height: vp.height - PANEL_RESERVE };
  return dock === 'top'
    ? { top: panel.top + panel.height + GAP, height: Math.max(0, vp.height - panel.top - panel.height - GAP) }
    : { top: 0, height: Math.max(0, panel.top - GAP) };
}

function fits(p: Pos, size: { width: number; height: number }, band: Band, width: number, avoid: Rect): boolean {
  const box = { left: p.left, top: p.top, width: size.width, height: size.height };
  return p.left >= 0 && p.left + size.width <= width && p.top >= band.top && p.top + size.height <= band.top + band.height && !overlaps(box, avoid);
}

function isVisible(r: Rect): boolean {
  return r.width > 0 && r.height > 0 && r.top + r.height > 0 && r.top < window.innerHeight;
}

export interface OverlayProps {
  store: OverlayStore;
  actions: OverlayActions;
  /** Underline rectangles for hit-testing hovers over <textarea>/<input>. */
  onUnderlineBoxes: (b: UnderlineBox[]) => void;
  /** The pointer is over the hover card (keeps it open). */
  onHoverPointer: (inside: boolean) => void;
}

export function Overlay({ store, actions, onUnderlineBoxes, onHoverPointer }: OverlayProps) {
  const s = useStore(store);
  const field = s.active;
  const rect = useFieldRect(field?.el ?? null);
  const badgeRef = useRef<HTMLButtonElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const [badgePos, setBadgePos] = useState<Pos | null>(null);
  const [cardPos, setCardPos] = useState<Pos | null>(null);
  /** Set when no side has room for the whole card (narrow window, 200 % zoom): it scrolls inside instead. */
  const [cardMax, setCardMax] = useState<number | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const [dock, setDock] = useState<'top' | 'bottom'>('bottom');
  const [panelMax, setPanelMax] = useState<number | null>(null);
  const [band, setBand] = useState<Band>({ top: 0, height: viewport().height - PANEL_RESERVE });
  const check = field ? s.checks.get(field.el) : undefined;
  const issues = check ? countIssues(check.shown) : 0;
  const score = check?.text.trim() ? check.result.score : null;

  // The problems panel sits at the bottom right, or at the top when the field is down there, and is never
  // taller than the room beside the field: it must not cover the text being written.
  useLayoutEffect(() => {
    const p = rootRef.current?.querySelector<HTMLElement>('.sh-panel');
    const vp = viewport();
    if (!p) {
      setBand({ top: 0, height: vp.height - PANEL_RESERVE });
      return;
    }
    let nextDock: 'top' | 'bottom' = 'bottom';
    let max: number | null = null;
    if (rect && isVisible(rect)) {
      // Its natural height (the body scrolls when held shorter), so the choice does not flip once it is capped.
      const body = p.querySelector<HTMLElement>('.sh-panel-body');
      const head = p.querySelector<HTMLElement>('.sh-panel-head');
      const h = Math.min((head?.offsetHeight ?? 30) + (body?.scrollHeight ?? 0) + 2, Math.round(vp.height * 0.6));
      const w = p.offsetWidth;
      const at = (top: number) => ({ left: vp.width - 12 - w, top, width: w, height: h });
      if (overlaps(rect, at(vp.height - 12 - h))) {
        const below = vp.height - 12 - (rect.top + rect.height) - GAP;
        const above = rect.top - 12 - GAP;
        if (!overlaps(rect, at(12))) nextDock = 'top';
        else if (Math.max(below, above) >= 32) {
          nextDock = above > below ? 'top' : 'bottom';
          max = Math.max(below, above);
        }
      }
    }
    if (nextDock !== dock) setDock(nextDock);
    if (max !== panelMax) setPanelMax(max);
    const r = p.getBoundingClientRect();
    const b = freeBand({ left: r.left, top: r.top, width: r.width, height: r.height }, nextDock, vp);
    if (b.top !== band.top || b.height !== band.height) setBand(b);
  }, [rect, s.panelOpen, s.checksVersion, dock, panelMax, !!s.recognition]);

  useLayoutEffect(() => {
    if (!rect || !isVisible(rect)) {
      setBadgePos(null);
      return;
    }
    const b = badgeRef.current;
    const size = b ? { width: b.offsetWidth || 120, height: b.offsetHeight || 22 } : { width: 120, height: 22 };
    setBadgePos(placeIn(band, rect, size, viewport().width));
  }, [rect, field?.key, issues, score, band]);

  useLayoutEffect(() => {
    if (!rect || !s.cardOpen || !isVisible(rect)) {
      setCardPos(null);
      return;
    }
    const vp = viewport();
    const c = cardRef.current;
    // The card's whole height (scrollHeight: also when it is held shorter), at most 60 % of the window.
    let size = { width: c?.offsetWidth || 320, height: c ? Math.min(c.scrollHeight + 2, Math.round(vp.height * 0.6)) : 160 };
    // Keep clear of the field and the badge together, and of the problems panel.
    const b = badgeRef.current;
    let avoid: Rect = rect;
    if (badgePos && b) {
      const left = Math.min(rect.left, badgePos.left);
      const top = Math.min(rect.top, badgePos.top);
      const right = Math.max(rect.left + rect.width, badgePos.left + b.offsetWidth);
      const bottom = Math.max(rect.top + rect.height, badgePos.top + b.offsetHeight);
      avoid = { left, top, width: right - left, height: bottom - top };
    }
    const prefer: Pos['side'][] = ['right', 'below', 'above', 'left'];
    let pos = placeIn(band, avoid, size, vp.width, prefer);
    let max: number | null = null;
    if (!fits(pos, size, band, vp.width, avoid)) {
      // No side has room for all of it: use the taller free strip above or below and let the card scroll.
      const above = avoid.top - GAP - band.top;
      const below = band.top + band.height - (avoid.top + avoid.height) - GAP;
      const h = Math.max(above, below);
      if (h >= 60) {
        size = { ...size, height: h };
        max = h;
        pos = placeIn(band, avoid, size, vp.width, [above > below ? 'above' : 'below']);
      }
    }
    setCardMax(max);
    setCardPos(pos);
  }, [rect, s.cardOpen, badgePos, field?.key, s.checksVersion, band]);

  useFocusRequest(s.focusTo, 'card', !!cardPos, () => cardRef.current);

  const formId = s.recognition?.form.id;
  const close = () => {
    store.set({ cardOpen: false });
    actions.back();
  };
  useRouted<KeyboardEvent>(cardRef, 'keydown', (e) => cardKeyDown(e, cardRef.current, close, () => actions.back()));
  const formShort = formShortName(formId);
  return (
    <div class="sh-root" ref={rootRef}>
      <Underlines checks={s.checks} version={s.checksVersion} onBoxes={onUnderlineBoxes} />
      {field && (
        <button
          ref={badgeRef}
          type="button"
          class="sh-badge"
          data-sh-badge=""
          data-field={field.key}
          data-issues={String(issues)}
          style={badgePos ? { left: `${badgePos.left}px`, top: `${badgePos.top}px` } : { visibility: 'hidden', left: '-9999px', top: '0' }}
          aria-expanded={s.cardOpen}
          title={`${field.field.label} (${SHORTCUTS.card})`}
          onMouseDown={(e) => e.preventDefault() /* keep the caret in the field */}
          onClick={() => {
            const open = !s.cardOpen;
            store.set({ cardOpen: open });
            if (open && s.settings.hintCollapsed) actions.updateSettings({ hintCollapsed: false });
          }}
        >
          {/* The accessible name is the visible text plus words for the screen reader, in the same order. */}
          <span class="sh-dot" aria-hidden="true" />
          {formShort} {field.field.number ?? ''}
          <span class="sh-sr">, Skjemahjelp: </span>
          {issues > 0 ? (
            <span class="sh-count">
              {issues}
              <span class="sh-sr"> {issues === 1 ? 'problem' : 'problemer'}</span>
            </span>
          ) : (
            <span class="sh-sr">ingen problemer</span>
          )}
          {score !== null && (
            <span class="sh-badge-score">
              <span class="sh-sr">, kvalitet </span>
              {score}
              <span class="sh-sr"> av 100</span>
            </span>
          )}
        </button>
      )}
      {field && s.cardOpen && (
        <div
          ref={cardRef}
          class="sh-card"
          role="dialog"
          aria-labelledby="sh-card-title"
          aria-describedby="sh-card-hint"
          tabIndex={-1}
          data-sh-card=""
          style={
            cardPos
              ? { left: `${cardPos.left}px`, top: `${cardPos.top}px`, ...(cardMax ? { maxHeight: `${cardMax}px` } : {}) }
              : { visibility: 'hidden', left: '-9999px', top: '0' }
          }
          onFocusIn={(e) => noteEntry(e, cardRef.current, field.el)}
        >
          <div class="sh-card-tools">
            <button
              type="button"
              class="sh-icon"
              aria-label="Fold sammen (huskes)"
              title="Fold sammen – vises bare når du klikker på merket"
              onClick={() => {
                actions.updateSettings({ hintCollapsed: true });
                close();
              }}
            >
              –
            </button>
            <button type="button" class="sh-icon" aria-label="Lukk" onClick={close}>
              ×
            </button>
          </div>
          <h2 id="sh-card-title">
            <span class="sh-sr">Veiledning: </span>
            {field.field.number ? `${field.field.number} ` : ''}
            {field.field.label}
          </h2>
          <HintBody guidance={guidanceFor(field.key)} check={check} />
          {offersYrkeLookup(field.key) && (
            <button type="button" class="sh-fix sh-yrke-open" data-sh-open-palette="" onClick={() => actions.openPalette()}>
              Slå opp yrke … <span class="sh-muted">(Alt+Shift+Y)</span>
            </button>
          )}
          {formId &&
            (s.settings.guidanceOff.includes(formId) ? (
              <button
                type="button"
                class="sh-link sh-small"
                onClick={() => actions.updateSettings({ guidanceOff: s.settings.guidanceOff.filter((f) => f !== formId) })}
              >
                Vis hjelpekort automatisk igjen for {formShortName(formId)}
              </button>
            ) : (
              <button
                type="button"
                class="sh-link sh-small"
                onClick={() => {
                  actions.updateSettings({ guidanceOff: [...new Set([...s.settings.guidanceOff, formId])] });
                  close();
                }}
              >
                Ikke vis hjelpekort automatisk for {formShortName(formId)}
              </button>
            ))}
        </div>
      )}
      {s.hover && (
        <HoverCard
          hover={s.hover}
          actions={actions}
          focusTo={s.focusTo}
          band={band}
          badge={
            badgePos && badgeRef.current
              ? { left: badgePos.left, top: badgePos.top, width: badgeRef.current.offsetWidth, height: badgeRef.current.offsetHeight }
              : null
          }
          onClose={() => store.set({ hover: null })}
          onPointer={onHoverPointer}
          copyOnly={s.copyOnly.get(s.hover.field.el) ?? null}
        />
      )}
      {s.recognition && (
        <ProblemsPanel
          recognition={s.recognition}
          checks={s.checks}
          version={s.checksVersion}
          open={s.panelOpen}
          actions={actions}
          focusTo={s.focusTo}
          field={field?.el ?? null}
          dock={dock}
          maxHeight={panelMax}
          onToggle={() => {
            store.set({ panelOpen: !s.panelOpen, panelByKey: false });
            actions.updateSettings({ panelCollapsed: s.panelOpen });
          }}
          onEscape={() => {
            if (s.panelByKey) store.set({ panelOpen: false, panelByKey: false });
            actions.back();
          }}
        />
      )}
      {/* Announcements for screen readers: in our own shadow root, so the page's DOM is never changed for them. */}
      <div class="sh-sr" role="status" aria-live="polite" aria-atomic="true" data-sh-live="">
        {s.announce && <span key={s.announce.seq}>{s.announce.text}</span>}
      </div>
      {s.notice && (
        <div class="sh-notice" role="status">
          {s.notice}
          <button type="button" class="sh-icon" aria-label="Lukk melding" onClick={() => store.set({ notice: null })}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}

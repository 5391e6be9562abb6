import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { placeBeside, type Pos, type Rect } from '../../lib/dom/geometry.ts';
import { hostFrame, rectInTop } from '../../lib/dom/frames.ts';
import { countIssues } from '../../lib/dom/checker.ts';
import { guidanceFor } from '../../lib/guidance/index.ts';
import { Underlines, type UnderlineBox } from '../checks/Underlines.tsx';
import { HoverCard } from '../checks/HoverCard.tsx';
import { ProblemsPanel } from '../checks/ProblemsPanel.tsx';
import { HintBody } from '../guidance/HintBody.tsx';
import { useLayoutTick, useStore, viewport } from './hooks.ts';
import type { OverlayActions, OverlayStore } from '../../lib/overlay/store.ts';

const FORM_SHORT: Record<string, string> = { l40: 'L40', l1: 'Sykmelding', aev: 'AEV' };
/** Fields where looking up a yrke helps: the doctor's yrke and work demands, the veileder's AEV. */
const YRKE_FIELDS = /^(l40\.(1\.5|5\.3|5\.6\.2)|l1\.2\.3|aev\.(yrker|vurdering|kompetanse|arbeidsmarked|helse))$/;
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
  const check = field ? s.checks.get(field.el) : undefined;
  const issues = check ? countIssues(check.shown) : 0;
  const score = check && check.text.trim() ? check.result.score : null;

  useLayoutEffect(() => {
    if (!rect || !isVisible(rect)) {
      setBadgePos(null);
      return;
    }
    const b = badgeRef.current;
    const size = b ? { width: b.offsetWidth || 120, height: b.offsetHeight || 22 } : { width: 120, height: 22 };
    setBadgePos(placeBeside(rect, size, viewport()));
  }, [rect, field?.key, issues, score]);

  useLayoutEffect(() => {
    if (!rect || !s.cardOpen || !isVisible(rect)) {
      setCardPos(null);
      return;
    }
    const c = cardRef.current;
    const size = { width: c?.offsetWidth || 320, height: c?.offsetHeight || 160 };
    // Keep clear of the field and the badge together, and of the problems pill at the bottom of the screen.
    const b = badgeRef.current;
    let avoid: Rect = rect;
    if (badgePos && b) {
      const left = Math.min(rect.left, badgePos.left);
      const top = Math.min(rect.top, badgePos.top);
      const right = Math.max(rect.left + rect.width, badgePos.left + b.offsetWidth);
      const bottom = Math.max(rect.top + rect.height, badgePos.top + b.offsetHeight);
      avoid = { left, top, width: right - left, height: bottom - top };
    }
    const vp = viewport();
    setCardPos(placeBeside(avoid, size, { width: vp.width, height: vp.height - PANEL_RESERVE }, ['right', 'below', 'above', 'left']));
  }, [rect, s.cardOpen, badgePos, field?.key, s.checksVersion]);

  const formId = s.recognition?.form.id;
  const close = () => {
    store.set({ cardOpen: false });
    field?.el.focus({ preventScroll: true });
  };
  return (
    <div class="sh-root">
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
          aria-label={`Skjemahjelp: ${FORM_SHORT[formId ?? ''] ?? ''} ${field.field.number ?? field.field.label}. ${issues} problemer${score !== null ? `, kvalitet ${score} av 100` : ''}. ${s.cardOpen ? 'Skjul' : 'Vis'} veiledning`}
          title={field.field.label}
          onMouseDown={(e) => e.preventDefault() /* keep the caret in the field */}
          onClick={() => {
            const open = !s.cardOpen;
            store.set({ cardOpen: open });
            if (open && s.settings.hintCollapsed) actions.updateSettings({ hintCollapsed: false });
          }}
        >
          <span class="sh-dot" aria-hidden="true" />
          {FORM_SHORT[formId ?? '']} {field.field.number ?? ''}
          {issues > 0 && <span class="sh-count">{issues}</span>}
          {score !== null && <span class="sh-badge-score">{score}</span>}
        </button>
      )}
      {field && s.cardOpen && (
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
          <h2>
            {field.field.number ? `${field.field.number} ` : ''}
            {field.field.label}
          </h2>
          <HintBody guidance={guidanceFor(field.key)} check={check} />
          {YRKE_FIELDS.test(field.key) && (
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
                Vis hjelpekort automatisk igjen for {FORM_SHORT[formId]}
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
                Ikke vis hjelpekort automatisk for {FORM_SHORT[formId]}
              </button>
            ))}
        </div>
      )}
      {s.hover && (
        <HoverCard hover={s.hover} actions={actions} onClose={() => store.set({ hover: null })} onPointer={onHoverPointer} copyOnly={s.copyOnly.get(s.hover.field.el) ?? null} />
      )}
      {s.recognition && (
        <ProblemsPanel
          recognition={s.recognition}
          checks={s.checks}
          version={s.checksVersion}
          open={s.panelOpen}
          actions={actions}
          onToggle={() => {
            store.set({ panelOpen: !s.panelOpen });
            actions.updateSettings({ panelCollapsed: s.panelOpen });
          }}
        />
      )}
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

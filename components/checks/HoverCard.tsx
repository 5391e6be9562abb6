import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { overlaps, type Pos, type Rect } from '../../lib/dom/geometry.ts';
import type { HoverState, OverlayActions } from '../../lib/overlay/store.ts';
import { cardKeyDown, moveInList, noteEntry, placeIn, useFocusRequest, viewport, type Band } from '../overlay/hooks.ts';
import { useRouted } from '../overlay/route.ts';

const SEVERITY_LABEL = { error: 'Feil', warning: 'Advarsel', info: 'Info', hint: 'Tips' } as const;

/**
 * Message, why (with source), and a menu of quick fixes plus «Ignorer her» and «Slå av regelen» for one
 * underlined problem. Opened from the keyboard (Ctrl+.), focus goes to the first menu item; ↑/↓/Home/End move
 * in the menu, Enter applies, Tab reaches «Hvorfor?», Escape closes and puts the caret back in the field.
 */
export function HoverCard({
  hover,
  actions,
  focusTo,
  band,
  badge,
  onClose,
  onPointer,
  copyOnly,
}: {
  hover: HoverState;
  actions: OverlayActions;
  focusTo: { to: string; seq: number } | null;
  /** Where it may go: the viewport minus the problems panel. */
  band: Band;
  /** The field's badge, which the card must not cover either (it may sit right above the line). */
  badge?: Rect | null;
  onClose: () => void;
  onPointer: (inside: boolean) => void;
  /** Why fixes cannot be written into this field (Norwegian), when they are offered as «Kopier». */
  copyOnly?: string | null;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<Pos | null>(null);
  const [why, setWhy] = useState(false);
  const [copied, setCopied] = useState<number | null>(null);
  const { diag, field, anchor } = hover;
  const idBase = `sh-hover-${diag.rule}-${diag.start}`;

  const [max, setMax] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const vw = viewport().width;
    // Whole height (scrollHeight: also when held shorter).
    const whole = { width: el?.offsetWidth || 340, height: el ? el.scrollHeight + 2 : 140 };
    const place = (a: Rect): { p: Pos; m: number | null } => {
      const line = { left: a.left, top: a.top, width: Math.max(a.width, whole.width), height: a.height };
      // Under the underlined line first, so the line being typed stays visible.
      const p = placeIn(band, line, whole, vw, ['below', 'above', 'right', 'left']);
      if (p.top >= band.top && p.top + whole.height <= band.top + band.height) return { p, m: null };
      // A narrow or zoomed window: the taller strip above or below the line, and the card scrolls.
      const above = a.top - 6 - band.top;
      const below = band.top + band.height - (a.top + a.height) - 6;
      const m = Math.max(60, Math.max(above, below));
      return { p: placeIn(band, line, { ...whole, height: m }, vw, [above > below ? 'above' : 'below']), m };
    };
    let r = place(anchor);
    if (badge && overlaps({ left: r.p.left, top: r.p.top, width: whole.width, height: r.m ?? whole.height }, badge)) {
      // Keep clear of the line and the badge together.
      const left = Math.min(anchor.left, badge.left);
      const top = Math.min(anchor.top, badge.top);
      const right = Math.max(anchor.left + anchor.width, badge.left + badge.width);
      const bottom = Math.max(anchor.top + anchor.height, badge.top + badge.height);
      r = place({ left, top, width: right - left, height: bottom - top });
    }
    setMax(r.m);
    setPos(r.p);
  }, [anchor.left, anchor.top, anchor.width, anchor.height, why, band.top, band.height, badge?.left, badge?.top, badge?.width, badge?.height]);

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  useFocusRequest(hover.viaKeyboard ? focusTo : null, 'hover', !!pos, () => items()[0]);

  useRouted<KeyboardEvent>(menuRef, 'keydown', (e) => moveInList(e, items(), true));
  useRouted<KeyboardEvent>(ref, 'keydown', (e) =>
    cardKeyDown(
      e,
      ref.current,
      () => {
        onClose();
        actions.back();
      },
      () => actions.back(),
    ),
  );

  const fixes = diag.fixes ?? [];
  return (
    <div
      ref={ref}
      class="sh-hover"
      role="dialog"
      aria-labelledby={`${idBase}-msg`}
      aria-describedby={`${idBase}-sev`}
      data-sh-hover={diag.rule}
      style={
        pos
          ? { left: `${pos.left}px`, top: `${pos.top}px`, ...(max ? { maxHeight: `${max}px`, overflow: 'auto' } : {}) }
          : { visibility: 'hidden', left: '-9999px', top: '0' }
      }
      onMouseEnter={() => onPointer(true)}
      onMouseLeave={() => onPointer(false)}
      onMouseDown={(e) => e.preventDefault() /* keep the caret in the field */}
      onFocusIn={(e) => noteEntry(e, ref.current, field.el)}
    >
      <div class={`sh-sev sh-${diag.severity}`} id={`${idBase}-sev`}>
        {SEVERITY_LABEL[diag.severity]}
      </div>
      <p class="sh-msg" id={`${idBase}-msg`}>
        {diag.message}
      </p>
      {copyOnly && fixes.length > 0 && (
        <p class="sh-muted" data-sh-copy-note="">
          {copyOnly}
        </p>
      )}
      <div ref={menuRef} class="sh-fixes" role="menu" aria-label={fixes.length ? 'Rettinger' : 'Valg'} data-sh-menu="">
        {fixes.map((f, i) =>
          copyOnly ? (
            <button
              key={i}
              type="button"
              role="menuitem"
              tabIndex={i === 0 ? 0 : -1}
              class="sh-fix"
              data-sh-copy={i}
              title={f.replacement}
              onClick={() => void actions.copyFix(field, diag, i).then((ok) => setCopied(ok ? i : -1))}
            >
              Kopier: {f.title}
            </button>
          ) : (
            <button
              key={i}
              type="button"
              role="menuitem"
              tabIndex={i === 0 ? 0 : -1}
              class="sh-fix"
              data-sh-fix={i}
              onClick={() => actions.applyFix(field, diag, i)}
            >
              {f.title}
            </button>
          ),
        )}
        {fixes.length > 0 && <hr class="sh-sep" />}
        <button
          type="button"
          role="menuitem"
          tabIndex={fixes.length ? -1 : 0}
          class="sh-secondary"
          data-sh-ignore=""
          onClick={() => actions.ignore(field, diag)}
        >
          Ignorer her
        </button>
        <button type="button" role="menuitem" tabIndex={-1} class="sh-secondary" data-sh-disable="" onClick={() => actions.disableRule(diag.rule)}>
          Slå av regelen
        </button>
      </div>
      {copied !== null && (
        <p class="sh-muted" role="status">
          {copied >= 0 ? 'Kopiert. Merk teksten som skal erstattes, og lim inn (Ctrl+V).' : 'Kunne ikke kopiere.'}
        </p>
      )}
      <button type="button" class="sh-link" aria-expanded={why} aria-controls={`${idBase}-why`} onClick={() => setWhy(!why)}>
        Hvorfor?
      </button>
      <div class="sh-why" id={`${idBase}-why`} hidden={!why}>
        {why && (
          <>
            <p>{diag.why}</p>
            <p class="sh-muted">{diag.source}</p>
          </>
        )}
      </div>
    </div>
  );
}

import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Pos } from '../../lib/dom/geometry.ts';
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
  onClose,
  onPointer,
}: {
  hover: HoverState;
  actions: OverlayActions;
  focusTo: { to: string; seq: number } | null;
  /** Where it may go: the viewport minus the problems panel. */
  band: Band;
  onClose: () => void;
  onPointer: (inside: boolean) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<Pos | null>(null);
  const [why, setWhy] = useState(false);
  const { diag, field, anchor } = hover;
  const idBase = `sh-hover-${diag.rule}-${diag.start}`;

  const [max, setMax] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const vw = viewport().width;
    // Whole height (scrollHeight: also when held shorter).
    let size = { width: el?.offsetWidth || 340, height: el ? el.scrollHeight + 2 : 140 };
    const line = { left: anchor.left, top: anchor.top, width: Math.max(anchor.width, size.width), height: anchor.height };
    // Under the underlined line first, so the line being typed stays visible.
    let p = placeIn(band, line, size, vw, ['below', 'above', 'right', 'left']);
    let m: number | null = null;
    const fits = p.top >= band.top && p.top + size.height <= band.top + band.height;
    if (!fits) {
      // A narrow or zoomed window: the taller strip above or below the line, and the card scrolls.
      const above = anchor.top - 6 - band.top;
      const below = band.top + band.height - (anchor.top + anchor.height) - 6;
      m = Math.max(60, Math.max(above, below));
      size = { ...size, height: m };
      p = placeIn(band, line, size, vw, [above > below ? 'above' : 'below']);
    }
    setMax(m);
    setPos(p);
  }, [anchor.left, anchor.top, anchor.width, anchor.height, why, band.top, band.height]);

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
      style={pos ? { left: `${pos.left}px`, top: `${pos.top}px`, ...(max ? { maxHeight: `${max}px`, overflow: 'auto' } : {}) } : { visibility: 'hidden', left: '-9999px', top: '0' }}
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
      <div
        ref={menuRef}
        class="sh-fixes"
        role="menu"
        aria-label={fixes.length ? 'Rettinger' : 'Valg'}
        data-sh-menu=""
      >
        {fixes.map((f, i) => (
          <button key={i} type="button" role="menuitem" tabIndex={i === 0 ? 0 : -1} class="sh-fix" data-sh-fix={i} onClick={() => actions.applyFix(field, diag, i)}>
            {f.title}
          </button>
        ))}
        {fixes.length > 0 && <hr class="sh-sep" />}
        <button type="button" role="menuitem" tabIndex={fixes.length ? -1 : 0} class="sh-secondary" data-sh-ignore="" onClick={() => actions.ignore(field, diag)}>
          Ignorer her
        </button>
        <button type="button" role="menuitem" tabIndex={-1} class="sh-secondary" data-sh-disable="" onClick={() => actions.disableRule(diag.rule)}>
          Slå av regelen
        </button>
      </div>
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

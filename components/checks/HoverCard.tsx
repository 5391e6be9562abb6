import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { placeBeside, type Pos } from '../../lib/dom/geometry.ts';
import type { HoverState, OverlayActions } from '../../lib/overlay/store.ts';
import { viewport } from '../overlay/hooks.ts';

const SEVERITY_LABEL = { error: 'Feil', warning: 'Advarsel', info: 'Info', hint: 'Tips' } as const;

/** Message, why (with source), quick fixes, «Ignorer her», «Slå av regelen» — for one underlined problem. */
export function HoverCard({
  hover,
  actions,
  onClose,
  onPointer,
  copyOnly,
}: {
  hover: HoverState;
  actions: OverlayActions;
  onClose: () => void;
  onPointer: (inside: boolean) => void;
  /** Why fixes cannot be written into this field (Norwegian), when they are offered as «Kopier». */
  copyOnly?: string | null;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<Pos | null>(null);
  const [why, setWhy] = useState(false);
  const [copied, setCopied] = useState<number | null>(null);
  const { diag, field, anchor } = hover;

  useLayoutEffect(() => {
    const el = ref.current;
    const size = { width: el?.offsetWidth || 340, height: el?.offsetHeight || 140 };
    // Under the underlined line first, so the line being typed stays visible.
    setPos(placeBeside({ left: anchor.left, top: anchor.top, width: Math.max(anchor.width, size.width), height: anchor.height }, size, viewport(), ['below', 'above', 'right', 'left']));
  }, [anchor.left, anchor.top, anchor.width, anchor.height, why]);

  useEffect(() => {
    if (hover.viaKeyboard) (ref.current?.querySelector('button') as HTMLButtonElement | null)?.focus();
  }, [hover]);

  return (
    <div
      ref={ref}
      class="sh-hover"
      role="dialog"
      aria-label={`Problem: ${diag.message}`}
      data-sh-hover={diag.rule}
      style={pos ? { left: `${pos.left}px`, top: `${pos.top}px` } : { visibility: 'hidden', left: '-9999px', top: '0' }}
      onMouseEnter={() => onPointer(true)}
      onMouseLeave={() => onPointer(false)}
      onMouseDown={(e) => e.preventDefault() /* keep the caret in the field */}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
          field.el.focus({ preventScroll: true });
        }
      }}
    >
      <div class={`sh-sev sh-${diag.severity}`}>{SEVERITY_LABEL[diag.severity]}</div>
      <p class="sh-msg">{diag.message}</p>
      {diag.fixes?.length && copyOnly ? (
        <div class="sh-fixes">
          <p class="sh-muted" data-sh-copy-note="">{copyOnly}</p>
          {diag.fixes.map((f, i) => (
            <button
              type="button"
              class="sh-fix"
              data-sh-copy={i}
              title={f.replacement}
              onClick={() => void actions.copyFix(field, diag, i).then((ok) => setCopied(ok ? i : -1))}
            >
              Kopier: {f.title}
            </button>
          ))}
          {copied !== null && (
            <p class="sh-muted" role="status">
              {copied >= 0 ? 'Kopiert. Merk teksten som skal erstattes, og lim inn (Ctrl+V).' : 'Kunne ikke kopiere.'}
            </p>
          )}
        </div>
      ) : diag.fixes?.length ? (
        <div class="sh-fixes">
          {diag.fixes.map((f, i) => (
            <button type="button" class="sh-fix" data-sh-fix={i} onClick={() => actions.applyFix(field, diag, i)}>
              {f.title}
            </button>
          ))}
        </div>
      ) : null}
      <button type="button" class="sh-link" aria-expanded={why} onClick={() => setWhy(!why)}>
        Hvorfor?
      </button>
      {why && (
        <div class="sh-why">
          <p>{diag.why}</p>
          <p class="sh-muted">{diag.source}</p>
        </div>
      )}
      <div class="sh-actions">
        <button type="button" class="sh-secondary" onClick={() => actions.ignore(field, diag)}>
          Ignorer her
        </button>
        <button type="button" class="sh-secondary" onClick={() => actions.disableRule(diag.rule)}>
          Slå av regelen
        </button>
      </div>
    </div>
  );
}

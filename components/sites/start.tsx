import { render } from 'preact';
import { PickSession, fieldOptions, type PickHost } from '../../lib/sites/pick.ts';
import { CandidateIndex } from '../../lib/forms/locate.ts';
import { labelWords } from '../../lib/sites/match.ts';
import { PickUi } from './PickUi.tsx';
import { TEACH_CSS } from './styles.ts';
import { fromUser, guardRoot } from '../../lib/dom/events.ts';

export const TEACH_TAG = 'skjemahjelp-teach';
/** Events that must not reach the page while the user works in our UI. */
const ISOLATED = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'cut', 'copy', 'focusin', 'focusout'];

let running: { close(): void } | null = null;

/**
 * Starts «Pek ut felt» in this document: highlights the text field under the pointer (or moved to by keyboard),
 * captures the click that picks it, then asks which form field it is. One session per document.
 */
export function startPick(host: PickHost): void {
  running?.close();
  const doc = host.doc;
  const session = new PickSession(host);
  const el = doc.createElement(TEACH_TAG);
  el.setAttribute('data-skjemahjelp-ui', '');
  // Closed, like the overlay and the palette: the page gets null from el.shadowRoot, so it can neither read which
  // field is being taught nor press «Lagre» in our list.
  const shadow = el.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = TEACH_CSS;
  const root = doc.createElement('div');
  root.className = 'tp-root';
  const box = doc.createElement('div');
  box.className = 'tp-box';
  box.hidden = true;
  const mount = doc.createElement('div');
  root.append(box, mount);
  shadow.append(style, root);
  for (const type of ISOLATED) el.addEventListener(type, (e) => e.stopPropagation());
  // A page script's made-up click may neither save a rule in our UI nor pick a field for it.
  guardRoot(shadow);
  (doc.body ?? doc.documentElement).appendChild(el);

  const describe = (field: HTMLElement) => labelWords(field, new CandidateIndex(host.candidates())).join(' ');
  const candidateOf = (e: Event): HTMLElement | null => {
    const list = host.candidates();
    for (const n of e.composedPath()) if (n instanceof HTMLElement && list.includes(n)) return n;
    return null;
  };
  const ours = (e: Event) => e.composedPath().includes(el);
  let pointerY = -1;
  const onMove = (e: MouseEvent) => {
    pointerY = e.clientY;
    if (!ours(e)) session.point(candidateOf(e));
  };
  const onDown = (e: MouseEvent) => {
    if (!fromUser(e) || ours(e) || session.state.step !== 'pointing') return;
    const c = candidateOf(e);
    if (!c) return;
    // The click picks the field; the page never sees it (no focus, no page handlers).
    e.preventDefault();
    e.stopPropagation();
  };
  const onClick = (e: MouseEvent) => {
    if (!fromUser(e) || ours(e) || session.state.step !== 'pointing') return;
    const c = candidateOf(e);
    if (!c) return;
    e.preventDefault();
    e.stopPropagation();
    session.point(c);
    session.select(c);
  };
  doc.addEventListener('mousemove', onMove, true);
  doc.addEventListener('mousedown', onDown, true);
  doc.addEventListener('click', onClick, true);

  let frame = 0;
  const place = () => {
    frame = requestAnimationFrame(place);
    const target = session.highlighted();
    // The bar and the list stay clear of the field in question and of the pointer: at the bottom of the window,
    // or at the top when what matters is in the lower half.
    const vh = doc.defaultView?.innerHeight ?? 800;
    const r0 = target?.isConnected ? target.getBoundingClientRect() : null;
    const low = r0 ? r0.top + r0.height / 2 > vh / 2 : pointerY > vh / 2;
    const pos = low ? 'top' : 'bottom';
    if (root.getAttribute('data-pos') !== pos) root.setAttribute('data-pos', pos);
    if (!target?.isConnected) {
      box.hidden = true;
      return;
    }
    const r = target.getBoundingClientRect();
    box.hidden = false;
    box.style.left = `${r.left - 4}px`;
    box.style.top = `${r.top - 4}px`;
    box.style.width = `${r.width + 8}px`;
    box.style.height = `${r.height + 8}px`;
  };
  frame = requestAnimationFrame(place);

  const close = () => {
    cancelAnimationFrame(frame);
    doc.removeEventListener('mousemove', onMove, true);
    doc.removeEventListener('mousedown', onDown, true);
    doc.removeEventListener('click', onClick, true);
    render(null, mount);
    el.remove();
    running = null;
  };
  running = { close };
  session.subscribe((s) => {
    if (s.step === 'closed') close();
  });
  render(<PickUi session={session} options={fieldOptions(host.form())} describe={describe} currentKey={host.current} />, mount);
}

/**
 * Which editor a field is, told from the DOM the editor renders (content scripts cannot see page globals), and
 * how to write into it so that the editor's own document model — what the application saves — gets the change
 * and its own undo history records it as one step.
 *
 * Rich-text editors own their DOM: a raw DOM edit or execCommand('insertText') is either read back wrongly or
 * reverted (CKEditor 5, Lexical with line breaks), or it runs the editor's typing rules over our text (Tiptap's
 * input rules turn «__ kg fra __» into bold). Every one of them handles a paste through its model, as one undo
 * step. So a write is: select the range in the DOM, let the editor take the selection, dispatch a `paste`
 * event carrying the text in the editor's own clipboard format (Slate: the `beforeinput` a spell-checker's
 * replacement sends, which makes it read the selection first), and check that the editor's text is now what
 * we asked for. An editor that did not take it is reported, and the UI offers «Kopier» instead.
 */
import { getSelectionOffsets, isTextControl, readText, replaceRange, selectRange } from './field-text.ts';

export type EditorKind = 'textarea' | 'contenteditable' | 'prosemirror' | 'ckeditor5' | 'lexical' | 'quill' | 'slate' | 'tinymce' | 'unsupported';

export interface EditorInfo {
  kind: EditorKind;
  /** Name shown to the user. */
  label: string;
  /** False for editors we recognise but cannot write to safely: fixes are offered as «Kopier». */
  writable: boolean;
}

/** Editors with their own model that we have not verified a write path for (detected so we never corrupt them). */
const UNSUPPORTED: { sel: string; label: string }[] = [
  { sel: '[data-contents="true"], .public-DraftEditor-content', label: 'Draft.js' },
  { sel: '.cm-content, .CodeMirror-code', label: 'CodeMirror' },
  { sel: '.monaco-editor *', label: 'Monaco' },
  { sel: 'trix-editor', label: 'Trix' },
];

export function detectEditor(el: HTMLElement): EditorInfo {
  if (isTextControl(el)) return { kind: 'textarea', label: el.tagName === 'TEXTAREA' ? 'tekstfelt' : 'felt', writable: true };
  const cl = el.classList;
  if (cl.contains('ProseMirror')) return { kind: 'prosemirror', label: 'ProseMirror/Tiptap', writable: true };
  if (cl.contains('ck-editor__editable') || (cl.contains('ck-content') && cl.contains('ck'))) return { kind: 'ckeditor5', label: 'CKEditor 5', writable: true };
  if (el.getAttribute('data-lexical-editor') === 'true') return { kind: 'lexical', label: 'Lexical', writable: true };
  if (cl.contains('ql-editor')) {
    // Quill 1 pastes by letting the browser paste into its hidden .ql-clipboard and reading that back: a paste
    // event we send carries nothing there, and it would delete the selection. Not verified: «Kopier».
    if (el.parentElement?.querySelector(':scope > .ql-clipboard')) return { kind: 'unsupported', label: 'Quill 1', writable: false };
    return { kind: 'quill', label: 'Quill', writable: true };
  }
  if (el.getAttribute('data-slate-editor') === 'true') return { kind: 'slate', label: 'Slate', writable: true };
  // TinyMCE: the iframe's body#tinymce, or the editable element itself in inline mode.
  if (cl.contains('mce-content-body') || (el.tagName === 'BODY' && el.id === 'tinymce')) return { kind: 'tinymce', label: 'TinyMCE', writable: true };
  for (const u of UNSUPPORTED)
    if (el.matches(u.sel) || el.querySelector(u.sel) || el.closest(u.sel)) return { kind: 'unsupported', label: u.label, writable: false };
  return { kind: 'contenteditable', label: 'redigeringsfelt', writable: true };
}

export type WriteResult =
  /** The field's text is now exactly the expected text. */
  | { ok: true; how: 'execCommand' | 'setter' | 'paste' }
  /**
   * unsupported / refused: nothing was written (the editor is not supported, or did not take the paste): offer
   * «Kopier». moved: the text or selection changed while we waited, nothing was written. altered: the editor
   * took the text but made something else of it (its own rules ran).
   */
  | { ok: false; reason: 'unsupported' | 'refused' | 'moved' | 'altered' };

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Keeps spaces that HTML parsing would collapse or trim (at either end, doubled) as the editors store them. */
const htmlSpaces = (s: string) => escapeHtml(s).replace(/^ | $/g, '&nbsp;').replace(/ {2}/g, ' &nbsp;');

/**
 * The clipboard content each editor reads as "exactly this text": one block per line, an empty line an empty
 * block. ProseMirror: its own slice marker, so no paste rules run and the first and last lines join the
 * surrounding paragraph. TinyMCE: its internal clipboard type (no paste filtering); the first line inline so
 * it joins the paragraph at the caret. The others parse text/plain line by line themselves.
 */
export function clipboardFor(kind: EditorKind, text: string): Record<string, string> {
  const lines = text.split('\n');
  switch (kind) {
    case 'prosemirror':
      return {
        'text/plain': text,
        'text/html': lines.map((l, i) => `<p${i === 0 ? ' data-pm-slice="1 1 []"' : ''}>${escapeHtml(l)}</p>`).join(''),
      };
    case 'ckeditor5':
      return { 'text/plain': text, 'text/html': lines.map((l) => `<p>${l ? htmlSpaces(l) : '&nbsp;'}</p>`).join('') };
    case 'tinymce': {
      const html =
        htmlSpaces(lines[0]!) +
        lines
          .slice(1)
          .map((l) => `<p>${l ? htmlSpaces(l) : '&nbsp;'}</p>`)
          .join('');
      return { 'x-tinymce/html': html, 'text/html': html };
    }
    default:
      // Slate handles a paste itself only when text/plain is the sole type.
      return { 'text/plain': text };
  }
}

/** Waits for the page's editor to have seen the selection we set (it reads it on `selectionchange`). */
function selectionSettled(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      doc.removeEventListener('selectionchange', onChange);
      // One more task, so listeners registered before ours (the editor's) and their deferred work have run.
      setTimeout(resolve, 0);
    };
    const onChange = () => finish();
    doc.addEventListener('selectionchange', onChange);
    setTimeout(finish, 80);
  });
}

/** Resolves once `check` holds or after about `ms` milliseconds; editors render on a later task or frame. */
async function until(check: () => boolean, ms = 600): Promise<boolean> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 16));
  }
  return true;
}

/**
 * Replaces [start, end) of the field with `text` through the editor's own input path, then puts the caret at
 * start + caret (default: after the text). Text controls and plain contenteditable keep the execCommand path.
 */
export async function writeText(el: HTMLElement, start: number, end: number, text: string, caret?: number): Promise<WriteResult> {
  const info = detectEditor(el);
  if (!info.writable) return { ok: false, reason: 'unsupported' };
  text = text.replace(/\r\n?/g, '\n');
  if (info.kind === 'textarea' || info.kind === 'contenteditable') {
    const how = replaceRange(el, start, end, text, caret);
    return how === 'failed' ? { ok: false, reason: 'refused' } : { ok: true, how };
  }
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  if (!win) return { ok: false, reason: 'refused' };
  const before = readText(el);
  const expected = before.slice(0, start) + text + before.slice(end);
  selectRange(el, start, end);
  await selectionSettled(doc);
  // The page may have moved on while we waited (typing, another fix): never write over a different text.
  const sel = getSelectionOffsets(el);
  if (readText(el) !== before || !sel || sel.start !== start || sel.end !== end) return { ok: false, reason: 'moved' };
  const payload = Object.entries(clipboardFor(info.kind, text));
  // Data set from a Firefox content script carries the extension's principal and reads back empty in the page,
  // so it is set through the page's own object (Xray vision waived): the editor can then read it.
  const fill = (dt: DataTransfer) => {
    const own = (dt as DataTransfer & { wrappedJSObject?: DataTransfer }).wrappedJSObject ?? dt;
    for (const [type, value] of payload) own.setData(type, value);
  };
  const data = new win.DataTransfer();
  fill(data);
  if (info.kind === 'slate') {
    // Slate reads the DOM selection on a throttle (100 ms) but flushes it on beforeinput, and replaces the
    // selection with the dataTransfer's text on insertReplacementText (as a spell-checker's replacement).
    el.dispatchEvent(
      new win.InputEvent('beforeinput', { inputType: 'insertReplacementText', dataTransfer: data, bubbles: true, cancelable: true, composed: true }),
    );
  } else {
    const ev = new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    // Firefox ignores clipboardData in the constructor and gives the event its own, writable one.
    if (ev.clipboardData && ev.clipboardData !== data) fill(ev.clipboardData);
    el.dispatchEvent(ev);
  }
  const landed = await until(() => readText(el) === expected);
  if (!landed) return { ok: false, reason: readText(el) === before ? 'refused' : 'altered' };
  const pos = start + (caret ?? text.length);
  selectRange(el, pos, pos);
  return { ok: true, how: 'paste' };
}

/**
 * Reading the text of a field and mapping text offsets to DOM positions, whatever the field is: <textarea>/
 * <input> (value, selection offsets) or a rich-text editor's editable element. Offsets are UTF-16 indices into
 * the text returned by readText, the same offsets the checks engine reports.
 *
 * Rich-text editors are read the way they model text (ProseMirror/Tiptap, CKEditor 5, Lexical, Quill, Slate,
 * TinyMCE and plain contenteditable alike): one line per block, blocks joined by a single "\n", a hard break
 * (<br>, or "\n" in pre-wrap text) is "\n". What the editor adds only for layout or caret handling is not
 * text: the trailing <br> or "\n" that makes an empty or break-ended block visible (ProseMirror's
 * trailingBreak, CKEditor's filler, TinyMCE's bogus <br>, Lexical's managed break, Slate's trailing "\n"),
 * zero-width filler characters (U+FEFF, U+2060, U+200B), and non-editable widgets and placeholders
 * (contenteditable=false). A non-breaking space reads as a space (same length).
 */

export function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

/** text[start, end) lives in node.data[from, from + end - start). */
export interface Segment {
  start: number;
  end: number;
  node: Text;
  from: number;
}

/** A DOM position and the text offset it stands for, in document order. */
interface Mark {
  at: number;
  node: Node;
  offset: number;
  kind: 'seg-start' | 'seg-end' | 'line' | 'break';
}

/** The editor's text and where each piece of it lives in the DOM. */
export interface TextMap {
  text: string;
  segments: Segment[];
  marks: Mark[];
  root: HTMLElement;
}

const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'CAPTION',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'NAV',
  'MAIN',
  'ADDRESS',
  'FIGURE',
  'FIGCAPTION',
  'HR',
  'FIELDSET',
  'DETAILS',
  'SUMMARY',
  'BODY',
]);
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** Characters editors put into the DOM for caret handling only. */
const FILLER = /[\uFEFF\u2060\u200B]/;

function isSkipped(el: Element, root: Element): boolean {
  if (NEVER_TEXT.has(el.tagName)) return true;
  if (el === root) return false;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce.toLowerCase() === 'false') return true;
  return el.getAttribute('data-mce-bogus') === 'all' || el.hasAttribute('data-skjemahjelp-ui');
}

type Token = { kind: 'text'; node: Text; from: number; to: number } | { kind: 'br'; el: Element };

function parentIndex(n: Node): { parent: Node; index: number } {
  const parent = n.parentNode!;
  let index = 0;
  for (let c = parent.firstChild; c && c !== n; c = c.nextSibling) index++;
  return { parent, index };
}

export function mapEditable(root: HTMLElement): TextMap {
  const segments: Segment[] = [];
  const marks: Mark[] = [];
  let text = '';
  let lines = 0;

  /** Splits a text node into kept runs (filler characters dropped). */
  const textTokens = (node: Text, out: Token[]) => {
    const d = node.data;
    let i = 0;
    while (i < d.length) {
      while (i < d.length && FILLER.test(d[i]!)) i++;
      let j = i;
      while (j < d.length && !FILLER.test(d[j]!)) j++;
      if (j > i) out.push({ kind: 'text', node, from: i, to: j });
      i = j;
    }
  };

  /** Inline content of one line, in order. Filler-only text nodes are remembered as caret anchors. */
  const inlineTokens = (n: Node, out: Token[], fillers: Text[]) => {
    if (n.nodeType === 3) {
      const before = out.length;
      textTokens(n as Text, out);
      if (out.length === before && (n as Text).data.length && FILLER.test((n as Text).data)) fillers.push(n as Text);
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    if (isSkipped(el, root)) return;
    if (el.tagName === 'BR') {
      out.push({ kind: 'br', el });
      return;
    }
    for (let c = el.firstChild; c; c = c.nextSibling) inlineTokens(c, out, fillers);
  };

  const emitLine = (run: Node[], block: Element) => {
    const tokens: Token[] = [];
    const fillers: Text[] = [];
    for (const n of run) inlineTokens(n, tokens, fillers);
    // The last line break of a block only makes the line before it visible: it is not text.
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'br') tokens.pop();
    else if (last?.kind === 'text' && last.node.data[last.to - 1] === '\n') {
      if (last.to - 1 > last.from) last.to--;
      else tokens.pop();
    }
    if (lines++ > 0) text += '\n';
    // Where the caret goes on this line when it holds no text: a filler text node the editor keeps for that
    // (Slate), else the start of the run in its block.
    const first = run[0];
    const anchor =
      fillers[0] && !tokens.some((t) => t.kind === 'text')
        ? { node: fillers[0] as Node, offset: 0 }
        : first?.parentNode
          ? { node: first.parentNode, offset: parentIndex(first).index }
          : { node: block as Node, offset: 0 };
    marks.push({ at: text.length, ...anchor, kind: 'line' });
    for (const t of tokens) {
      if (t.kind === 'br') {
        const { parent, index } = parentIndex(t.el);
        marks.push({ at: text.length, node: parent, offset: index, kind: 'break' });
        text += '\n';
        marks.push({ at: text.length, node: parent, offset: index + 1, kind: 'break' });
        continue;
      }
      const start = text.length;
      text += t.node.data.slice(t.from, t.to).replace(/\u00a0/g, ' ');
      segments.push({ start, end: text.length, node: t.node, from: t.from });
      marks.push({ at: start, node: t.node, offset: t.from, kind: 'seg-start' });
      marks.push({ at: text.length, node: t.node, offset: t.to, kind: 'seg-end' });
    }
  };

  const isBlock = (n: Node) => n.nodeType === 1 && BLOCK.has((n as Element).tagName);
  const onlyWhitespace = (run: Node[]) => run.every((n) => n.nodeType === 3 && !/\S/.test((n as Text).data.replace(FILLER, '')));

  /** Lines of a block: its inline runs and, recursively, its block children. Returns how many it emitted. */
  const walkBlock = (el: Element): number => {
    const before = lines;
    let run: Node[] = [];
    let hasBlockChild = false;
    const flush = () => {
      // Whitespace between blocks (source formatting) is not a line.
      if (run.length && !(hasBlockChild && onlyWhitespace(run))) emitLine(run, el);
      run = [];
    };
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1 && isSkipped(c as Element, root)) continue;
      if (isBlock(c)) {
        hasBlockChild = true;
        flush();
        walkBlock(c as Element);
      } else if (c.nodeType === 1 || c.nodeType === 3) run.push(c);
    }
    if (run.length && hasBlockChild && onlyWhitespace(run)) run = [];
    if (run.length) emitLine(run, el);
    // An empty block is still a line (an empty paragraph), except the editor root itself.
    if (lines === before && el !== root) emitLine([], el);
    return lines - before;
  };

  walkBlock(root);
  if (marks.length === 0) marks.push({ at: 0, node: root, offset: 0, kind: 'line' });
  return { text, segments, marks, root };
}

export function readText(el: HTMLElement): string {
  return isTextControl(el) ? el.value : mapEditable(el).text;
}

/**
 * DOM position of a text offset. `forward` (a range start, a caret) prefers the start of the following text,
 * `backward` (a range end) the end of the preceding text, so a range never reaches into a neighbouring block.
 * O(log segments): segments and marks are in text order (mapEditable pushes them as the text grows), so a huge
 * field costs no more per underline than a small one.
 */
export function domPoint(map: TextMap, offset: number, affinity: 'forward' | 'backward' = 'forward'): { node: Node; offset: number } | null {
  const segs = map.segments;
  // The first segment that ends after the offset: the offset is inside it when it starts before the offset.
  const si = firstIndex(segs.length, (i) => segs[i]!.end > offset);
  const s = segs[si];
  if (s && offset > s.start && offset < s.end) return { node: s.node, offset: s.from + offset - s.start };
  const marks = map.marks;
  const from = firstIndex(marks.length, (i) => marks[i]!.at >= offset);
  let to = from;
  while (to < marks.length && marks[to]!.at === offset) to++;
  const here = marks.slice(from, to);
  const pick = (kind: Mark['kind']) => (affinity === 'forward' ? here.find((m) => m.kind === kind) : [...here].reverse().find((m) => m.kind === kind));
  const m =
    affinity === 'forward'
      ? (pick('seg-start') ?? pick('break') ?? pick('line') ?? pick('seg-end'))
      : (pick('seg-end') ?? pick('break') ?? pick('line') ?? pick('seg-start'));
  if (m) return { node: m.node, offset: m.offset };
  // Past the end or between marks: the last position before it.
  const best = marks[from - 1];
  return best ? { node: best.node, offset: best.offset } : null;
}

/** The first index in [0, n) for which `after` holds (`after` is false, then true, along the index), else n. */
function firstIndex(n: number, after: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function rangeFor(doc: Document, map: TextMap, start: number, end: number): Range | null {
  const a = domPoint(map, start, 'forward');
  const b = start === end ? a : domPoint(map, end, 'backward');
  if (!a || !b) return null;
  const r = doc.createRange();
  try {
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return r;
}

/** Text offset of a DOM point inside the editor, or -1 when the point is outside it. */
export function textOffset(map: TextMap, node: Node, offset: number): number {
  if (!map.root.contains(node)) return -1;
  if (node.nodeType === 3) {
    for (const s of map.segments) if (s.node === node && offset >= s.from && offset <= s.from + (s.end - s.start)) return s.start + offset - s.from;
  }
  // Elements, filler characters, skipped content: the last mapped position at or before the point.
  const doc = node.ownerDocument!;
  const point = doc.createRange();
  try {
    point.setStart(node, offset);
  } catch {
    return -1;
  }
  let at = 0;
  for (const m of map.marks) {
    let cmp: number;
    try {
      cmp = point.comparePoint(m.node, m.offset);
    } catch {
      continue;
    }
    if (cmp <= 0) at = m.at;
    else break;
  }
  return at;
}

/** Current caret/selection as text offsets, or null when the selection is not in the field. */
export function getSelectionOffsets(el: HTMLElement): { start: number; end: number } | null {
  if (isTextControl(el)) {
    if (el.ownerDocument.activeElement !== el) return null;
    return { start: el.selectionStart ?? 0, end: el.selectionEnd ?? 0 };
  }
  const sel = el.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || !el.contains(sel.anchorNode)) return null;
  const map = mapEditable(el);
  const r = sel.getRangeAt(0);
  const s = textOffset(map, r.startContainer, r.startOffset);
  const e = textOffset(map, r.endContainer, r.endOffset);
  return s < 0 || e < 0 ? null : { start: s, end: Math.max(s, e) };
}

/** Focuses the field and selects [start, end) — used to jump to a problem and before inserting a fix. */
export function selectRange(el: HTMLElement, start: number, end: number): void {
  el.focus({ preventScroll: false });
  if (isTextControl(el)) {
    el.setSelectionRange(start, end);
    return;
  }
  const doc = el.ownerDocument;
  const r = rangeFor(doc, mapEditable(el), start, end);
  if (!r) return;
  const sel = doc.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(r);
  const target = r.startContainer.nodeType === 1 ? (r.startContainer as Element) : r.startContainer.parentElement;
  (target ?? el).scrollIntoView?.({ block: 'nearest' });
}

/**
 * Replaces [start, end) in a <textarea>/<input> or a plain contenteditable so that the page's framework
 * notices (React's onChange fires) and Ctrl+Z undoes it: execCommand('insertText') goes through the browser's
 * editing pipeline. Falls back to the native value setter plus bubbling input/change events where execCommand
 * is refused. Rich-text editors with their own document model go through lib/dom/editors.ts instead.
 */
export function replaceRange(el: HTMLElement, start: number, end: number, text: string, caret?: number): 'execCommand' | 'setter' | 'failed' {
  const doc = el.ownerDocument;
  selectRange(el, start, end);
  let how: 'execCommand' | 'setter' | 'failed' = 'failed';
  let ok = false;
  try {
    ok = doc.execCommand('insertText', false, text);
  } catch {
    ok = false;
  }
  const expected = (before: string) => before.slice(0, start) + text + before.slice(end);
  if (ok) how = 'execCommand';
  else if (isTextControl(el)) {
    const before = el.value;
    const proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    setter?.call(el, expected(before));
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    how = 'setter';
  }
  const pos = start + (caret ?? text.length);
  if (how !== 'failed') {
    if (isTextControl(el)) el.setSelectionRange(pos, pos);
    else selectRange(el, pos, pos);
  }
  return how;
}

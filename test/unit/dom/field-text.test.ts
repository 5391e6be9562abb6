// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { domPoint, mapEditable, rangeFor, readText, textOffset } from '../../../lib/dom/field-text.ts';

function editor(html: string, attrs = 'contenteditable="true"'): HTMLElement {
  document.body.innerHTML = `<div id="e" ${attrs}>${html}</div>`;
  return document.getElementById('e')!;
}

/** Every offset maps to a DOM point that maps back to the same offset. */
function roundTrips(el: HTMLElement): void {
  const map = mapEditable(el);
  for (let o = 0; o <= map.text.length; o++) {
    for (const aff of ['forward', 'backward'] as const) {
      const p = domPoint(map, o, aff)!;
      expect(p, `offset ${o}`).not.toBeNull();
      expect(textOffset(map, p.node, p.offset), `offset ${o} (${aff}) via ${p.node.nodeName}:${p.offset}`).toBe(o);
    }
  }
}

describe('mapEditable: one line per block, hard breaks as \\n, editor fillers are not text', () => {
  it('plain contenteditable: paragraphs and <br>, offsets back to text nodes', () => {
    const el = editor('<p>Kan gå <b>500</b> m.</p><p>Tåler ikke<br>stress.</p>');
    const map = mapEditable(el);
    expect(map.text).toBe('Kan gå 500 m.\nTåler ikke\nstress.');
    const at = map.text.indexOf('500');
    const r = rangeFor(document, map, at, at + 3)!;
    expect(r.toString()).toBe('500');
    expect(textOffset(map, r.startContainer, r.startOffset)).toBe(at);
    const s = map.text.indexOf('stress');
    expect(rangeFor(document, map, s, s + 6)!.toString()).toBe('stress');
    roundTrips(el);
  });

  it('Chrome-typed contenteditable: first line bare, later lines in <div>, an empty line as <div><br></div>', () => {
    const el = editor('abc<div>def</div><div><br></div><div>ghi</div>');
    expect(readText(el)).toBe('abc\ndef\n\nghi');
    roundTrips(el);
  });

  it('source formatting between blocks is not text', () => {
    const el = editor('\n  <p>a</p>\n  <p>b</p>\n');
    expect(readText(el)).toBe('a\nb');
  });

  it('ProseMirror/Tiptap: trailingBreak in empty and break-ended paragraphs, lists', () => {
    const el = editor(
      '<p>a</p><p><br class="ProseMirror-trailingBreak"></p><p>b<br><img class="ProseMirror-separator" alt=""><br class="ProseMirror-trailingBreak"></p><ul><li><p>c</p></li></ul>',
      'contenteditable="true" class="tiptap ProseMirror"',
    );
    // textBetween(0, size, "\n", "\n") of that document.
    expect(readText(el)).toBe('a\n\nb\n\nc');
    roundTrips(el);
    // The empty paragraph is addressable: its offset maps to a point inside it.
    const p = domPoint(mapEditable(el), 2)!;
    expect((p.node as Element).tagName ?? p.node.parentElement!.tagName).toBe('P');
    expect(el.children[1]!.contains(p.node) || p.node === el.children[1]).toBe(true);
  });

  it('CKEditor 5: block fillers, the inline filler (7 × U+2060), &nbsp;, soft break before a filler', () => {
    const F = '\u2060'.repeat(7);
    const el = editor(
      `<p>a&nbsp; b&nbsp;</p><p><br data-cke-filler="true"></p><p>${F}x<br><br data-cke-filler="true"></p>`,
      'contenteditable="true" class="ck ck-content ck-editor__editable"',
    );
    expect(readText(el)).toBe('a  b \n\nx\n');
    const map = mapEditable(el);
    const x = map.text.indexOf('x');
    const r = rangeFor(document, map, x, x + 1)!;
    expect(r.toString()).toBe('x');
    expect(r.startOffset).toBe(7);
    roundTrips(el);
  });

  it('Lexical: text spans, a line break node, an empty paragraph with its managed <br>', () => {
    const el = editor(
      '<p dir="auto"><span data-lexical-text="true">a</span><br><span data-lexical-text="true">b</span></p><p dir="auto"><br></p><p><span data-lexical-text="true">c</span><br><br></p>',
      'contenteditable="true" data-lexical-editor="true"',
    );
    expect(readText(el)).toBe('a\nb\n\nc\n');
    roundTrips(el);
  });

  it('Quill: empty line <p><br></p>, list markers (contenteditable=false), the cursor blot', () => {
    const el = editor(
      '<p>a<span class="ql-cursor">\uFEFF</span></p><p><br></p><ol><li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>item</li></ol>',
      'contenteditable="true" class="ql-editor"',
    );
    expect(readText(el)).toBe('a\n\nitem');
    roundTrips(el);
  });

  it('Slate: zero-width leaves, the placeholder, soft breaks in text with the extra trailing \\n', () => {
    const leaf = (t: string) => `<span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">${t}</span></span></span>`;
    const empty =
      '<span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span>' +
      '<span data-slate-placeholder="true" contenteditable="false">Skriv her …</span></span></span>';
    const el = editor(
      `<div data-slate-node="element">${leaf('a\nb')}</div><div data-slate-node="element">${empty}</div><div data-slate-node="element">${leaf('c\n\n')}</div>`,
      'contenteditable="true" data-slate-editor="true" data-slate-node="value"',
    );
    // Node.string per block, joined by \n: "a\nb", "", "c\n".
    expect(readText(el)).toBe('a\nb\n\nc\n');
    // The empty block's caret position is Slate's own zero-width text node.
    const p = domPoint(mapEditable(el), 4)!;
    expect(p.node.nodeType).toBe(3);
    expect((p.node as Text).data).toBe('\uFEFF');
    roundTrips(el);
  });

  it('TinyMCE: bogus <br> in an empty paragraph, caret containers, &nbsp;', () => {
    document.body.innerHTML =
      '<p>a</p><p><br data-mce-bogus="1"></p><p>b&nbsp;<span data-mce-bogus="1" data-mce-type="format-caret">\uFEFF</span></p><div data-mce-bogus="all">resize handle</div>';
    document.body.id = 'tinymce';
    expect(readText(document.body)).toBe('a\n\nb ');
    roundTrips(document.body);
    document.body.removeAttribute('id');
  });

  it('an empty editor is an empty text with one position', () => {
    const el = editor('<p><br></p>');
    expect(readText(el)).toBe('');
    roundTrips(el);
  });

  it('reads a textarea value', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    t.value = 'abc';
    expect(readText(t)).toBe('abc');
  });
});

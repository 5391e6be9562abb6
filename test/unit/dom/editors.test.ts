// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { clipboardFor, detectEditor, writeText } from '../../../lib/dom/editors.ts';

function el(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLElement;
}

describe('detectEditor: from the DOM the editor renders', () => {
  it.each([
    ['<div contenteditable="true" class="tiptap ProseMirror"></div>', 'prosemirror'],
    ['<div contenteditable="true" class="ck ck-content ck-editor__editable ck-rounded-corners"></div>', 'ckeditor5'],
    ['<div contenteditable="true" data-lexical-editor="true"></div>', 'lexical'],
    ['<div contenteditable="true" class="ql-editor"></div>', 'quill'],
    ['<div contenteditable="true" data-slate-editor="true" data-slate-node="value"></div>', 'slate'],
    ['<div contenteditable="true"><p>x</p></div>', 'contenteditable'],
    ['<textarea></textarea>', 'textarea'],
    ['<div contenteditable="true" class="public-DraftEditor-content"><div data-contents="true"></div></div>', 'unsupported'],
  ])('%s → %s', (html, kind) => {
    expect(detectEditor(el(html)).kind).toBe(kind);
  });

  it('TinyMCE: the iframe body#tinymce', () => {
    document.body.id = 'tinymce';
    document.body.className = 'mce-content-body';
    expect(detectEditor(document.body).kind).toBe('tinymce');
    document.body.removeAttribute('id');
    document.body.className = '';
  });

  it('Quill 1 (a hidden .ql-clipboard beside the editor) is not Quill 2: copy only', () => {
    const e = el(
      '<div class="ql-container"><div contenteditable="true" class="ql-editor"></div><div class="ql-clipboard" contenteditable="true" tabindex="-1"></div></div>',
    );
    expect(detectEditor(e.firstElementChild as HTMLElement)).toMatchObject({ kind: 'unsupported', label: 'Quill 1', writable: false });
  });

  it('TinyMCE inline mode: the editable element carries mce-content-body', () => {
    expect(detectEditor(el('<div contenteditable="true" class="mce-content-body"></div>')).kind).toBe('tinymce');
  });

  it('editors we cannot write to safely are not writable', () => {
    expect(detectEditor(el('<div contenteditable="true" class="cm-content"></div>')).writable).toBe(false);
    expect(detectEditor(el('<div contenteditable="true" class="ProseMirror"></div>')).writable).toBe(true);
  });
});

describe('clipboardFor: each editor reads exactly these lines back', () => {
  const text = 'a < b\n\nc  d ';
  it('ProseMirror: one paragraph per line, the first carrying its slice marker (open at both ends)', () => {
    const c = clipboardFor('prosemirror', text);
    expect(c['text/plain']).toBe(text);
    expect(c['text/html']).toBe('<p data-pm-slice="1 1 []">a &lt; b</p><p></p><p>c  d </p>');
  });
  it('CKEditor 5: one paragraph per line, an empty line as &nbsp;, spaces kept', () => {
    expect(clipboardFor('ckeditor5', text)['text/html']).toBe('<p>a &lt; b</p><p>&nbsp;</p><p>c &nbsp;d&nbsp;</p>');
  });
  it('TinyMCE: its internal clipboard type; the first line inline so it joins the paragraph at the caret', () => {
    const c = clipboardFor('tinymce', text);
    expect(c['x-tinymce/html']).toBe('a &lt; b<p>&nbsp;</p><p>c &nbsp;d&nbsp;</p>');
    expect(clipboardFor('tinymce', ' (dvs. __ kg)')['x-tinymce/html']).toBe('&nbsp;(dvs. __ kg)');
  });
  it('Lexical, Quill and Slate parse text/plain themselves (Slate only when it is the sole type)', () => {
    for (const k of ['lexical', 'quill', 'slate'] as const) expect(clipboardFor(k, text)).toEqual({ 'text/plain': text });
  });
});

describe('writeText', () => {
  it('refuses an editor it cannot write to safely, and changes nothing', async () => {
    const e = el('<div contenteditable="true" class="cm-content"><div>Kan ikke løfte tungt.</div></div>');
    const before = e.innerHTML;
    expect(await writeText(e, 9, 20, 'løfte inntil __ kg')).toEqual({ ok: false, reason: 'unsupported' });
    expect(e.innerHTML).toBe(before);
  });

  it('reports «refused» and leaves the text when the editor does not take the paste', async () => {
    // A ProseMirror-looking element with no editor behind it: nothing handles the paste.
    const e = el('<div contenteditable="true" class="ProseMirror"><p>Kan ikke løfte tungt.</p></div>');
    const res = await writeText(e, 9, 20, 'løfte inntil __ kg');
    expect(res).toEqual({ ok: false, reason: 'refused' });
    expect(e.textContent).toBe('Kan ikke løfte tungt.');
  });

  it('succeeds when the editor applies the paste, and reports what it got', async () => {
    const e = el('<div contenteditable="true" class="ql-editor"><p>Kan ikke løfte tungt.</p></div>');
    let seen = '';
    // Stands in for the editor's paste handler: applies the text/plain to the selection.
    e.addEventListener('paste', (ev) => {
      const data = (ev as ClipboardEvent).clipboardData!.getData('text/plain');
      seen = data;
      ev.preventDefault();
      const r = document.getSelection()!.getRangeAt(0);
      r.deleteContents();
      r.insertNode(document.createTextNode(data));
    });
    const res = await writeText(e, 9, 20, 'løfte inntil __ kg', 13);
    expect(seen).toBe('løfte inntil __ kg');
    expect(res).toEqual({ ok: true, how: 'paste' });
    expect(e.textContent).toBe('Kan ikke løfte inntil __ kg.');
  });
});

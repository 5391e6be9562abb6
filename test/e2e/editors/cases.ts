/** The editor fixture pages the shared e2e body runs over (test/fixtures/forms, bundled by editors/build.mjs). */
export interface EditorCase {
  name: string;
  file: string;
  /** The editable element, in `frame` when set. */
  editable: string;
  /** The iframe that holds the editable (TinyMCE), in the top document. */
  frame?: string;
  /** data-model-for / data-saved-for key of the editor's mirrored model. */
  model: string;
  /** Expected data-skjemahjelp-field of the editable. */
  field: string;
  /**
   * The key the editor binds to redo on this platform. Quill binds Ctrl+Y only on Windows; elsewhere its redo
   * is Ctrl+Shift+Z (modules/history), so the body uses that there.
   */
  redo: string;
  /** Saved content format: the body checks it for formatting the editor's own typing rules would add. */
  saved: 'html' | 'json';
}

export const EDITOR_CASES: EditorCase[] = [
  {
    name: 'ProseMirror (Tiptap 3)',
    file: 'aev-tiptap.html',
    editable: '#ed-helse .ProseMirror',
    model: 'helse',
    field: 'aev.helse',
    redo: 'Control+y',
    saved: 'html',
  },
  {
    name: 'CKEditor 5',
    file: 'l40-ckeditor5.html',
    editable: '#krav + .ck-editor .ck-editor__editable',
    model: '5.3',
    field: 'l40.5.3',
    redo: 'Control+y',
    saved: 'html',
  },
  { name: 'Lexical', file: 'aev-lexical.html', editable: '#lx-helse', model: 'helse', field: 'aev.helse', redo: 'Control+y', saved: 'json' },
  { name: 'Quill 2', file: 'l40-quill.html', editable: '#q-53 .ql-editor', model: '5.3', field: 'l40.5.3', redo: 'Control+Shift+z', saved: 'json' },
  { name: 'Slate', file: 'aev-slate.html', editable: '#slate-helse', model: 'helse', field: 'aev.helse', redo: 'Control+y', saved: 'json' },
  { name: 'TinyMCE 8', file: 'l40-tinymce.html', frame: '#t-53_ifr', editable: 'body', model: '5.3', field: 'l40.5.3', redo: 'Control+y', saved: 'html' },
];

/**
 * The shared e2e body over the real rich-text editors, written against the browser-neutral driver
 * (test/e2e/driver.ts) so the same steps run in Chromium (playwright-core) and Firefox (puppeteer-core over
 * WebDriver BiDi). Everything in the page is read with plain JavaScript strings (no transpiled closures).
 *
 * For each editor: the underline sits on the right words, a quick fix lands in the editor's own model (what
 * the application saves), model and DOM agree, Ctrl+Z restores exactly the text before the fix, redo brings
 * it back, the palette insert behaves the same, and nothing of the extension — nor formatting the editor's
 * own typing rules would add — ends up in the saved content.
 */
import { expect } from 'vitest';
import { countIssues } from '../../../lib/dom/checker.ts';
import { lint } from '../../../lib/checks/lint.ts';
import type { EditorCase } from './cases.ts';
import { sleep, until, type E2EBrowser, type Page, type Target } from '../driver.ts';

/** What a test hands the body: a page opened on the fixture server. */
export interface EditorRun {
  browser: E2EBrowser;
  /** Base URL of the fixture server. */
  url: string;
  /** Pages the body opened; the test closes them after each test. */
  pages: Page[];
}

export const VAGUE = 'Pasienten kan ikke løfte tungt.';
export const SPAN = 'kan ikke løfte tungt';
const J = JSON.stringify;

/** In-page helpers, installed once per document. Plain JS on purpose (see the header). */
const HELPERS = `window.__sht || (window.__sht = (function () {
  var FILL = /[\\uFEFF\\u2060\\u200B]/g;
  var BLOCK = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|BODY)$/;
  function skipped(el) { return el.getAttribute && el.getAttribute('contenteditable') === 'false'; }
  function hasBlock(el) {
    for (var c = el.firstElementChild; c; c = c.nextElementSibling) if (!skipped(c) && (BLOCK.test(c.tagName) || hasBlock(c))) return true;
    return false;
  }
  function text(el) {
    var s = '';
    for (var c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) s += c.data;
      else if (c.nodeType === 1 && !skipped(c)) s += text(c);
    }
    return s;
  }
  function leaves(el, out) {
    for (var c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (skipped(c)) continue;
      if (BLOCK.test(c.tagName) && !hasBlock(c)) out.push(c);
      else leaves(c, out);
    }
    return out;
  }
  return {
    /** The editable's text as the page shows it: one line per leaf block, editor fillers dropped. */
    domText: function (sel) {
      var el = document.querySelector(sel);
      return leaves(el, []).map(function (b) { return text(b).replace(FILL, '').replace(/\\u00a0/g, ' '); }).join('\\n');
    },
    /** Our CSS highlights that fall inside the editable, as the text they cover. */
    highlights: function (sel) {
      var el = document.querySelector(sel), out = [];
      if (!window.CSS || !CSS.highlights) return out;
      CSS.highlights.forEach(function (h, name) {
        if (name.indexOf('skjemahjelp-') !== 0) return;
        h.forEach(function (r) { if (el.contains(r.commonAncestorContainer)) out.push(r.toString().replace(FILL, '')); });
      });
      return out;
    },
    /** Text from the start of the editable to the caret (collapsed selection), or null. */
    caretBefore: function (sel) {
      var el = document.querySelector(sel), s = document.getSelection();
      if (!s || !s.rangeCount || !s.isCollapsed || !el.contains(s.anchorNode)) return null;
      var r = document.createRange();
      r.setStart(el, 0);
      r.setEnd(s.anchorNode, s.anchorOffset);
      return r.toString().replace(FILL, '').replace(/\\u00a0/g, ' ');
    },
  };
})()) && true`;

export async function install(t: Target): Promise<void> {
  await t.evaluate(HELPERS);
}

/** Waits (up to 8 s by default) until fn is truthy; the assertion after it says what did not happen. */
const wait = <T>(fn: () => Promise<T>, ms = 8000) => until(fn, ms);

export interface Opened {
  page: Page;
  top: Target;
  editor: Target;
  model(): Promise<string>;
  saved(): Promise<string>;
  dom(): Promise<string>;
  attr(name: string): Promise<string | null>;
}

export async function openEditor(r: EditorRun, c: EditorCase): Promise<Opened> {
  const page = await r.browser.newPage();
  r.pages.push(page);
  await page.goto(`${r.url}/${c.file}`);
  await page.waitForFunction('window.__fixtureReady', 20_000);
  await page.waitForFunction("document.documentElement.hasAttribute('data-skjemahjelp-form')", 15_000);
  const editor = c.frame ? await page.frame(c.frame) : page;
  await install(page);
  if (editor !== page) await install(editor);
  const o: Opened = {
    page,
    top: page,
    editor,
    model: () => page.evaluate<string>(`document.querySelector('[data-model-for=${J(c.model)}]').textContent`),
    saved: () => page.evaluate<string>(`document.querySelector('[data-saved-for=${J(c.model)}]').textContent`),
    dom: () => editor.evaluate<string>(`window.__sht.domText(${J(c.editable)})`),
    attr: (name) => editor.evaluate<string | null>(`document.querySelector(${J(c.editable)}).getAttribute(${J(name)})`),
  };
  // Recognised, and the field is the editor's editable element.
  expect(await wait(async () => (await o.attr('data-skjemahjelp-field')) === c.field, 15_000), `${c.editable} recognised as ${c.field}`).toBe(true);
  return o;
}

/** Empties the editor with the keyboard and types `text`; resolves once the editor's model has it. */
async function typeFresh(o: Opened, c: EditorCase, text: string): Promise<void> {
  await o.editor.$(c.editable).click();
  await o.page.keyboard.press('Control+a');
  await o.page.keyboard.press('Delete');
  await o.page.keyboard.type(text);
  expect(await wait(async () => (await o.model()) === text)).toBe(true);
  // Editors fold edits made within a short window into one undo step (Quill 1 s, ProseMirror 0.5 s,
  // Lexical 0.3 s). A user reads the hover card or the palette before acting; wait that out so the Ctrl+Z
  // below is about our change only.
  await sleep(1100);
}

function expectCleanSaved(saved: string, c: EditorCase): void {
  // Nothing of ours: no attributes, no highlight markup, no UI.
  expect(saved).not.toMatch(/skjemahjelp|data-sh-|sh-hover|sh-badge/i);
  // No formatting from the editor's typing/paste rules (Tiptap turns «__ kg fra __» into bold via execCommand).
  if (c.saved === 'html') expect(saved).not.toMatch(/<(strong|b|em|i|u|s|code)\b/i);
  else expect(saved).not.toMatch(/"(bold|italic|code|underline)"\s*:\s*true|"format"\s*:\s*[1-9]/);
}

/** Underline on the right words, quick fix into the model, model = DOM, Ctrl+Z exact, redo. */
export async function fixFlow(r: EditorRun, c: EditorCase): Promise<void> {
  const o = await openEditor(r, c);
  const key = o.page.keyboard;
  await typeFresh(o, c, VAGUE);
  const result = lint(VAGUE, c.field);
  expect(await wait(async () => (await o.attr('data-skjemahjelp-issues')) === String(countIssues(result.diagnostics)))).toBe(true);
  expect(await wait(async () => (await o.editor.evaluate<string[]>(`window.__sht.highlights(${J(c.editable)})`)).includes(SPAN))).toBe(true);
  // Underlined: the vague phrase, and nothing the engine did not report for this text in this field (a work field
  // also says the text names no work: the whole sentence).
  const before = (await o.editor.evaluate<string[]>(`window.__sht.highlights(${J(c.editable)})`)).sort();
  const reported = new Set(result.diagnostics.map((d) => VAGUE.slice(d.start, d.end)));
  expect(before.filter((h) => !reported.has(h))).toEqual([]);

  // Caret into «tungt», Ctrl+. opens the fixes; the first replaces the vague phrase with a template.
  for (let i = 0; i < 3; i++) await key.press('ArrowLeft');
  await key.press('Control+.');
  expect(await wait(() => o.top.$('[data-sh-hover="vague-quantity"]').visible())).toBe(true);
  const fix = result.diagnostics.find((x) => x.rule === 'vague-quantity')!.fixes![0]!;
  const expected = VAGUE.slice(0, fix.start) + fix.replacement + VAGUE.slice(fix.end);
  await o.top.$('[data-sh-hover="vague-quantity"] [data-sh-fix="0"]').click();

  expect(await wait(async () => (await o.model()) === expected), 'the fix is in the editor model').toBe(true);
  expect(await o.dom()).toBe(expected);
  // The caret waits in the first blank of the template.
  expect(
    await wait(
      async () => (await o.editor.evaluate<string | null>(`window.__sht.caretBefore(${J(c.editable)})`)) === expected.slice(0, fix.start + (fix.cursor ?? 0)),
    ),
  ).toBe(true);
  const saved = await o.saved();
  expect(saved).toContain('__ kg fra __');
  expectCleanSaved(saved, c);
  expect(await wait(async () => (await o.attr('data-skjemahjelp-issues')) === String(countIssues(lint(expected, c.field).diagnostics)))).toBe(true);

  await key.press('Control+z');
  expect(await wait(async () => (await o.model()) === VAGUE), 'Ctrl+Z restores exactly the text before the fix').toBe(true);
  expect(await o.dom()).toBe(VAGUE);
  // The editor's undo fires no input event: the checks follow the DOM change all the same.
  expect(await wait(async () => (await o.attr('data-skjemahjelp-issues')) === String(countIssues(result.diagnostics)))).toBe(true);
  expect(await wait(async () => (await o.editor.evaluate<string[]>(`window.__sht.highlights(${J(c.editable)})`)).sort().join('|') === before.join('|'))).toBe(
    true,
  );
  await key.press(c.redo);
  expect(await wait(async () => (await o.model()) === expected), `${c.redo} redoes the fix`).toBe(true);
  expect(await o.dom()).toBe(expected);
  expectCleanSaved(await o.saved(), c);
  // After focus went to our card and back, the observable contract is still on the editable (CKEditor 5 takes
  // unknown attributes off its editable when it re-renders it; the watcher puts them back).
  expect(await wait(async () => (await o.attr('data-skjemahjelp-field')) === c.field)).toBe(true);
}

export const BEFORE_INSERT = 'Har arbeidet på lager i ti år.';

/** The palette's «Sett inn» through the same path: into the model, model = DOM, Ctrl+Z exact, redo. */
export async function paletteFlow(r: EditorRun, c: EditorCase): Promise<void> {
  const o = await openEditor(r, c);
  const key = o.page.keyboard;
  await typeFresh(o, c, BEFORE_INSERT);
  // The hint card opens on focus; «Slå opp yrke» opens the palette for this field.
  expect(await wait(() => o.top.$('[data-sh-open-palette]').visible())).toBe(true);
  await o.top.$('[data-sh-open-palette]').click();
  expect(await wait(() => o.top.$('[data-pl-search]').visible())).toBe(true);
  await key.type('lagermedarbeider');
  expect(
    await wait(
      async () => (await o.top.$('[data-pl-insert]').count()) > 0 && o.top.$('[data-pl-insert]').evaluate((b) => !(b as HTMLButtonElement).disabled),
      15_000,
    ),
  ).toBe(true);
  await o.top.$('[data-pl-insert]').click();

  expect(await wait(async () => (await o.model()) !== BEFORE_INSERT), 'the insert is in the editor model').toBe(true);
  const after = await o.model();
  // framedInsert: a blank line after the existing text, then the description (an empty paragraph in a
  // rich-text editor, read back as the same blank line).
  expect(after.startsWith(`${BEFORE_INSERT}\n\nAktuelt yrke: `)).toBe(true);
  expect(after).toMatch(/\(STYRK-08 \d{4}\)/);
  expect(await o.dom()).toBe(after);
  expectCleanSaved(await o.saved(), c);

  await key.press('Control+z');
  expect(await wait(async () => (await o.model()) === BEFORE_INSERT), 'Ctrl+Z restores exactly the text before the insert').toBe(true);
  expect(await o.dom()).toBe(BEFORE_INSERT);
  await key.press(c.redo);
  expect(await wait(async () => (await o.model()) === after), `${c.redo} redoes the insert`).toBe(true);
  expect(await o.dom()).toBe(after);
}

/**
 * An editor that does not take the write (here: a Tiptap field whose page swallows every paste) is left as it
 * was, the user is told, and from then on its fixes are offered as «Kopier» with the text to paste.
 */
export async function refusedFlow(r: EditorRun): Promise<void> {
  const c: EditorCase = {
    name: 'Tiptap, paste off',
    file: 'aev-tiptap.html',
    editable: '#ed-yrker .ProseMirror',
    model: 'yrker',
    field: 'aev.yrker',
    redo: 'Control+y',
    saved: 'html',
  };
  const o = await openEditor(r, c);
  const key = o.page.keyboard;
  await typeFresh(o, c, VAGUE);
  expect(await wait(async () => (await o.editor.evaluate<string[]>(`window.__sht.highlights(${J(c.editable)})`)).includes(SPAN))).toBe(true);
  for (let i = 0; i < 3; i++) await key.press('ArrowLeft');
  await key.press('Control+.');
  expect(await wait(() => o.top.$('[data-sh-hover="vague-quantity"] [data-sh-fix="0"]').visible())).toBe(true);
  await o.top.$('[data-sh-hover="vague-quantity"] [data-sh-fix="0"]').click();
  const notice = async () => ((await o.top.$('.sh-notice').count()) ? o.top.$('.sh-notice').text() : '');
  expect(await wait(async () => /tok ikke imot rettingen/.test(await notice())), 'the user is told').toBe(true);
  // Nothing was written: the model and the page are as before, and saved content is untouched.
  expect(await o.model()).toBe(VAGUE);
  expect(await o.dom()).toBe(VAGUE);
  expectCleanSaved(await o.saved(), c);

  // The fixes of this field are now «Kopier» with the reason.
  await o.editor.$(c.editable).click();
  for (let i = 0; i < 3; i++) await key.press('ArrowLeft');
  await key.press('Control+.');
  expect(await wait(() => o.top.$('[data-sh-hover="vague-quantity"] [data-sh-copy="0"]').visible())).toBe(true);
  expect(await o.top.$('[data-sh-hover="vague-quantity"] [data-sh-fix="0"]').count()).toBe(0);
  expect(await o.top.$('[data-sh-copy-note]').text()).toMatch(/Kopier teksten og lim den inn selv/);
  await o.top.$('[data-sh-hover="vague-quantity"] [data-sh-copy="0"]').click();
  expect(
    await wait(
      async () => (await o.top.$('[data-sh-hover] [role=status]').count()) > 0 && /Kopiert/.test(await o.top.$('[data-sh-hover] [role=status]').text()),
    ),
  ).toBe(true);
  expect(await o.model()).toBe(VAGUE);
}

/** TinyMCE keeps each editable body in an iframe: each body is the field its label outside names. */
export async function iframeRecognition(r: EditorRun): Promise<void> {
  const page = await r.browser.newPage();
  r.pages.push(page);
  await page.goto(`${r.url}/l40-tinymce.html`);
  await page.waitForFunction('window.__fixtureReady', 20_000);
  const want: Record<string, string> = { '#t-51_ifr': 'l40.5.1', '#t-53_ifr': 'l40.5.3', '#t-83_ifr': 'l40.8.1' };
  for (const [frame, key] of Object.entries(want)) {
    const f = await page.frame(frame);
    expect(
      await wait(async () => (await f.evaluate<string | null>(`document.body.getAttribute('data-skjemahjelp-field')`)) === key, 15_000),
      `${frame} body is ${key}`,
    ).toBe(true);
    expect(await f.evaluate<string | null>(`document.body.getAttribute('data-skjemahjelp-issues')`)).toBe('0');
    // The frame's own document is not a form of its own.
    expect(await f.evaluate<string | null>(`document.documentElement.getAttribute('data-skjemahjelp-form')`)).toBeNull();
  }
  expect(await page.evaluate<string | null>(`document.documentElement.getAttribute('data-skjemahjelp-form')`)).toBe('l40');
  expect(await page.evaluate<string | null>(`document.getElementById('t-yrke').getAttribute('data-skjemahjelp-field')`)).toBe('l40.1.5');
  // The hidden textareas TinyMCE replaced are not fields.
  for (const id of ['t-51', 't-53', 't-83'])
    expect(await page.evaluate<string | null>(`document.getElementById('${id}').getAttribute('data-skjemahjelp-field')`)).toBeNull();
}

// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { FORMS } from '../../../lib/forms/defs/index.ts';
import { hasTwoTextareas, installWake, isWritable, LATE_CHECK_MS, WAKE_KEY, type WakeReason } from '../../../lib/wake/stage0.ts';
import { wakeTitleSource } from '../../../lib/wake/title.ts';
import { FormWatcher } from '../../../lib/dom/watch.ts';
import { recogniseSteps } from '../../../lib/forms/locate.ts';
import { newsPage, tablePage, webmailPage, form200Page } from '../../../bench/content/pages.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/forms');
const manifest = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')) as {
  file: string;
  form: string | null;
  frame: string | null;
  ready: string | null;
}[];
const TITLE = new RegExp(wakeTitleSource(), 'i');

function load(html: string): Window {
  const win = new Window({
    url: 'http://127.0.0.1/',
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true },
  });
  win.document.write(html);
  return win;
}

/** Installs stage 0 in a page and records what it asked for. */
function wake(win: Window): { reasons: WakeReason[] } {
  const out = { reasons: [] as WakeReason[] };
  installWake(win as unknown as globalThis.Window & typeof globalThis, TITLE, (r) => out.reasons.push(r));
  return out;
}

afterEach(() => {
  delete (globalThis as unknown as Record<symbol, unknown>)[WAKE_KEY];
  vi.useRealTimers();
});

describe('stage 0 title pattern', () => {
  it('matches every title, title phrase and form number of the definitions', () => {
    for (const f of FORMS)
      for (const p of [f.title, ...f.titlePhrases, ...f.formNumbers]) expect(TITLE.test(`Pasientsky – ${p} – ny`), `${f.id}: ${p}`).toBe(true);
  });
  it('leaves the benchmark pages and ordinary titles alone', () => {
    for (const t of [
      'Nyheter – Dagsavisa',
      'Innboks (12) – Postkassa',
      'Rapport: ventetider per behandlingssted',
      'Kontakt oss – Elvebredden legesenter',
      'Vedtaksstøtte – Modia',
    ])
      expect(TITLE.test(t), t).toBe(false);
  });
});

describe('stage 0 at load', () => {
  // Every static fixture form (its form in the top document, no script needed) wakes the recogniser at once, by
  // title or textareas. Pages built by script are checked in the browsers (test/e2e/fixtures.test.ts).
  for (const fx of manifest.filter((f) => f.form && !f.frame && !f.ready && !f.file.includes('#'))) {
    it(`${fx.file}: loads the recogniser at once`, () => {
      const win = load(readFileSync(join(FIXTURES, fx.file), 'utf8'));
      expect(wake(win).reasons).toEqual(['form']);
    });
  }
  it('the 200-field form of the benchmark: at once', () => {
    expect(wake(load(form200Page())).reasons).toEqual(['form']);
  });
  for (const [name, page] of [
    ['news page', newsPage],
    ['web mail', webmailPage],
    ['table', tablePage],
  ] as const)
    it(`the benchmark's ${name}: nothing until the user writes`, () => {
      expect(wake(load(page())).reasons).toEqual([]);
    });
  it('a page with one comment box waits for the focus', () => {
    expect(wake(load(readFileSync(join(FIXTURES, 'wake/vedtak-enkelt.html'), 'utf8'))).reasons).toEqual([]);
  });
});

describe('stage 0 before the document is parsed (it runs at document_start)', () => {
  /** A page still loading, as stage 0 finds it at document_start; `ready()` is the parser's DOMContentLoaded. */
  function loading(html: string) {
    const win = load(html);
    let state = 'loading';
    Object.defineProperty(win.document, 'readyState', { get: () => state, configurable: true });
    const fire = (trusted: boolean) => {
      const e = new win.Event('DOMContentLoaded', { bubbles: true });
      Object.defineProperty(e, 'isTrusted', { value: trusted });
      win.document.dispatchEvent(e);
    };
    return {
      win,
      ready() {
        state = 'interactive';
        fire(true);
      },
      fake: () => fire(false),
    };
  }
  it('looks only after DOMContentLoaded, in a task of its own; a made-up one from the page does not count', () => {
    vi.useFakeTimers();
    const page = loading(form200Page());
    const got = wake(page.win);
    expect(got.reasons).toEqual([]);
    page.fake();
    vi.runAllTimers();
    expect(got.reasons).toEqual([]);
    page.ready();
    expect(got.reasons).toEqual([]);
    vi.runAllTimers();
    expect(got.reasons).toEqual(['form']);
    page.ready();
    vi.runAllTimers();
    expect(got.reasons).toEqual(['form']);
  });
  it('listens for the user only once it has looked', () => {
    vi.useFakeTimers();
    const page = loading('<title>Kontakt oss</title><textarea id="t"></textarea>');
    const got = wake(page.win);
    const t = page.win.document.getElementById('t') as unknown as HTMLElement;
    t.focus();
    t.blur();
    page.ready();
    vi.runAllTimers();
    expect(got.reasons).toEqual([]);
    t.focus();
    expect(got.reasons).toEqual(['focus']);
  });
  it('installed again before its queued look (the script run again), it still looks once', () => {
    vi.useFakeTimers();
    const page = loading('<title>Kontakt oss</title><textarea id="t"></textarea>');
    const got = wake(page.win);
    page.ready();
    wake(page.win);
    vi.runAllTimers();
    (page.win.document.getElementById('t') as unknown as HTMLElement).focus();
    expect(got.reasons).toEqual(['focus']);
  });
});

describe('hasTwoTextareas', () => {
  it('finds the second one wherever it is: sibling, cousin, deeper, shallower, or not at all', () => {
    for (const [html, two] of [
      ['<textarea></textarea><textarea></textarea>', true],
      ['<div><p><textarea></textarea></p></div><section><div><textarea></textarea></div></section>', true],
      ['<div><textarea></textarea><span></span></div><textarea></textarea>', true],
      ['<div><div><div><textarea></textarea></div></div><p><b><i><textarea></textarea></i></b></p></div>', true],
      ['<div><textarea></textarea></div><div><input><div contenteditable="true"></div></div>', false],
      ['<p>x</p><div><textarea></textarea></div>', false],
      ['<p>no field</p>', false],
    ] as const)
      expect(hasTwoTextareas(load(html).document as unknown as Document), html).toBe(two);
  });
});

describe('stage 0 later', () => {
  it('focus in a text field loads the recogniser once; a search box or a button does not', () => {
    const win = load(newsPage());
    const got = wake(win);
    const doc = win.document;
    (doc.querySelector('input[type=search]') as unknown as HTMLElement).focus();
    (doc.querySelector('button') as unknown as HTMLElement).focus();
    expect(got.reasons).toEqual([]);
    (doc.querySelector('textarea') as unknown as HTMLElement).focus();
    (doc.querySelector('#bruker') as unknown as HTMLElement).focus();
    expect(got.reasons).toEqual(['focus']);
  });
  it('a field focused before stage 0 ran (autofocus) loads it when the user types there', () => {
    const win = load('<title>Logg inn</title><input id="a" type="text"><input id="s" type="search">');
    const a = win.document.getElementById('a') as unknown as HTMLElement;
    a.focus();
    const got = wake(win);
    expect(got.reasons).toEqual([]);
    (win.document.getElementById('s') as unknown as HTMLElement).dispatchEvent(new win.Event('input', { bubbles: true, composed: true }) as unknown as Event);
    expect(got.reasons).toEqual([]);
    a.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }) as unknown as Event);
    expect(got.reasons).toEqual(['focus']);
  });
  it('focus the browser gives by autofocus does not load it; typing there does', () => {
    const win = load('<title>Logg inn</title><input id="a" type="text" autofocus>');
    const got = wake(win);
    const a = win.document.getElementById('a') as unknown as HTMLElement;
    a.focus();
    expect(got.reasons).toEqual([]);
    a.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }) as unknown as Event);
    expect(got.reasons).toEqual(['focus']);
  });
  it('a form rendered later is noticed one check period after the first change', async () => {
    vi.useFakeTimers();
    const win = load('<title>Saksbehandling</title><div id="app">Laster …</div>');
    const got = wake(win);
    const app = win.document.getElementById('app')!;
    app.innerHTML = '<p>Fortsatt laster</p>';
    await vi.advanceTimersByTimeAsync(LATE_CHECK_MS + 10);
    expect(got.reasons).toEqual([]);
    app.innerHTML = '<textarea></textarea><textarea></textarea>';
    await vi.advanceTimersByTimeAsync(LATE_CHECK_MS / 2);
    expect(got.reasons).toEqual([]);
    await vi.advanceTimersByTimeAsync(LATE_CHECK_MS);
    expect(got.reasons).toEqual(['late']);
  });
  it('a title that comes to name a form counts too', async () => {
    vi.useFakeTimers();
    const win = load('<title>Laster</title><div id="app"></div>');
    const got = wake(win);
    win.document.title = 'Ny sykmelding';
    await vi.advanceTimersByTimeAsync(LATE_CHECK_MS + 10);
    expect(got.reasons).toEqual(['late']);
  });
  it('runs once per world: a second install returns the first', () => {
    const win = load('<title>x</title>');
    const a = wake(win);
    const b = wake(win);
    a.reasons.length = 0;
    expect(b.reasons).toEqual([]);
    expect((globalThis as unknown as Record<symbol, { reason: unknown }>)[WAKE_KEY]!.reason).toBeNull();
  });
  it('isWritable: the fields a person types in', () => {
    const win = load(
      '<textarea></textarea><input><input type="TEXT"><input type="search"><input type="password"><div contenteditable="true"><p>x</p></div><div role="textbox"></div><button></button><iframe></iframe>',
    );
    const d = win.document;
    const all = [...d.querySelectorAll('textarea, input, [contenteditable] p, [role], button, iframe')] as unknown as Element[];
    expect(all.map((e) => isWritable(e))).toEqual([true, true, true, false, false, true, true, false, true]);
  });
});

describe('the one-box page, once the recogniser runs', () => {
  it('a thorough first scan (the user is in the box) recognises the whole-form field', async () => {
    const win = load(readFileSync(join(FIXTURES, 'wake/vedtak-enkelt.html'), 'utf8'));
    const doc = win.document as unknown as Document;
    const w = new FormWatcher(doc, { onChange() {} }, { engine: () => ({ recogniseSteps }) });
    w.start(true);
    for (let i = 0; i < 500 && w.busy; i++) await new Promise((r) => setTimeout(r, 5));
    expect(w.recognition?.form.id).toBe('aev');
    expect(w.recognition?.fields.map((f) => f.key)).toEqual(['aev.begrunnelse']);
    w.stop();
  });
});

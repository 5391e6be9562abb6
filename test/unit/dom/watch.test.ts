// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { FormWatcher } from '../../../lib/dom/watch.ts';
import { findCandidates, recognise, recogniseSteps, type Recognition } from '../../../lib/forms/locate.ts';

const OPTS = { engine: () => ({ recogniseSteps }) };

const FIXTURES = join(import.meta.dirname, '../../fixtures/forms');
const manifest = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')) as {
  file: string;
  form: string | null;
  frame: string | null;
  ready: string | null;
}[];

function summary(rec: Recognition | null) {
  return rec ? { form: rec.form.id, fields: rec.fields.map((f) => f.key) } : null;
}

async function settle(w: FormWatcher) {
  for (let i = 0; i < 500 && w.busy; i++) await new Promise((r) => setTimeout(r, 5));
}

function load(html: string): Document {
  const win = new Window({
    url: 'http://127.0.0.1/',
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true },
  });
  win.document.write(html);
  return win.document as unknown as Document;
}

describe('FormWatcher: the cheap gates never change the outcome', () => {
  // Static pages (no script needed to show the form): the staged scan must agree with recognise() on the
  // whole document, positives and negatives alike.
  // Besides the manifest's pages: reworded copies and pages written after the wording lists, recognised by
  // meaning (test/unit/forms/meaning.test.ts).
  const cases = [
    ...manifest.filter((f) => !f.frame && !f.ready && !f.file.includes('#')),
    ...['l40-semantic-omskrevet.html', 'aev-plain-omskrevet.html', 'l1-uke17-nynorsk-ny-ordlyd.html', 'aev-ny-ordlyd.html'].map((file) => ({
      file,
      form: file.slice(0, file.indexOf('-')),
    })),
  ];
  for (const fx of cases) {
    it(`${fx.file}: same result as recognise()`, async () => {
      const doc = load(readFileSync(join(FIXTURES, fx.file), 'utf8'));
      const want = summary(recognise(doc, findCandidates(doc)));
      expect(want?.form ?? null).toBe(fx.form);
      const w = new FormWatcher(doc, { onChange() {} }, OPTS);
      w.start();
      await settle(w);
      expect(summary(w.recognition)).toEqual(want);
      w.stop();
    });
  }
});

describe('FormWatcher: the ways into recognise() besides two matched fields', () => {
  const vedtak = (label: string) => `<h1>Utkast</h1><h2 id="b">Begrunnelse</h2>
    <label for="x">${label}</label><textarea id="x"></textarea>
    <h2>Kvalitetssikring</h2><label for="m">Skrivefelt for å sende melding til beslutter</label><textarea id="m"></textarea>`;

  it('a whole form in one field whose label names the form (§ 14 a «Begrunnelse») is recognised', async () => {
    const doc = load(`<title>Modia arbeidsrettet oppfølging</title>${vedtak('Skriv inn din begrunnelse/arbeidsevnevurdering her')}`);
    const want = summary(recognise(doc, findCandidates(doc)));
    expect(want).toEqual({ form: 'aev', fields: ['aev.begrunnelse'] });
    const w = new FormWatcher(doc, { onChange() {} }, OPTS);
    w.start();
    await settle(w);
    expect(summary(w.recognition)).toEqual(want);
    w.stop();
  });

  it('a lone «Begrunnelse» on a page that names no form loads nothing', async () => {
    const doc = load(`<title>Klage</title><h1>Send inn klage</h1><label for="x">Begrunnelse</label><textarea id="x"></textarea>`);
    expect(recognise(doc, findCandidates(doc))).toBeNull();
    const engine = vi.fn(() => ({ recogniseSteps }));
    const w = new FormWatcher(doc, { onChange() {} }, { engine });
    w.start();
    await settle(w);
    expect(w.recognition).toBeNull();
    expect(engine).not.toHaveBeenCalled();
    w.stop();
  });

  it('a page with site rules skips the gates and hands every candidate and the overrides to recognise()', async () => {
    // Codes and dialect: nothing any form's wording or the probe knows.
    const doc = load(`<title>EPJ</title><label for="a">F51 funk.besk.</label><textarea id="a"></textarea>
      <label for="b">F52 kva greier han</label><textarea id="b"></textarea>`);
    const noRules = new FormWatcher(doc, { onChange() {} }, OPTS);
    noRules.start();
    await settle(noRules);
    expect(noRules.recognition).toBeNull();
    noRules.stop();
    const seen: HTMLElement[][] = [];
    const w = new FormWatcher(
      doc,
      { onChange() {} },
      {
        ...OPTS,
        taught: () => true,
        overrides: (candidates) => {
          seen.push(candidates);
          return { form: 'l40', fields: new Map<HTMLElement, string | null>([[doc.getElementById('a')!, 'l40.5.1']]) };
        },
      },
    );
    w.start();
    await settle(w);
    expect(seen[0]?.map((el) => el.id)).toEqual(['a', 'b']);
    expect(w.recognition?.form.id).toBe('l40');
    expect(doc.getElementById('a')!.getAttribute('data-skjemahjelp-field')).toBe('l40.5.1');
    w.stop();
  });
});

describe('FormWatcher: cheap on pages without a form', () => {
  it('does not query editing hosts (a walk of the DOM) on a page whose text fields match no form', async () => {
    document.title = 'Nyheter';
    document.body.innerHTML =
      `<form><label for="u">Bruker</label><input id="u" type="text"><input type="password"></form>
      <form><label for="c">Skriv en kommentar</label><textarea id="c"></textarea></form>` + '<p>Avsnitt</p>'.repeat(50);
    const spy = vi.spyOn(document, 'querySelectorAll');
    const w = new FormWatcher(document, { onChange() {} }, OPTS);
    w.start();
    await settle(w);
    expect(w.recognition).toBeNull();
    expect(spy.mock.calls.filter(([sel]) => String(sel).includes('contenteditable'))).toEqual([]);
    expect(document.documentElement.hasAttribute('data-skjemahjelp-form')).toBe(false);
    w.stop();
    spy.mockRestore();
  });

  it('re-scans for mutations that add a text field, not for others', async () => {
    document.title = 'Nyheter';
    document.body.innerHTML = '<div id="feed"></div><input type="text" id="q" name="q">';
    const w = new FormWatcher(document, { onChange() {} }, OPTS);
    w.start();
    await settle(w);
    const spy = vi.spyOn(document, 'getElementsByTagName');
    for (let i = 0; i < 20; i++) {
      document.getElementById('feed')!.insertAdjacentHTML('beforeend', `<article><h3>Sak ${i}</h3><p>Tekst <b>fet</b></p></article>`);
      document.getElementById('feed')!.firstElementChild!.setAttribute('role', 'article');
      await new Promise((r) => setTimeout(r, 5));
    }
    await settle(w);
    expect(spy).not.toHaveBeenCalled();
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', '<div><label>Kommentar <textarea></textarea></label></div>');
    await new Promise((r) => setTimeout(r, 50));
    await settle(w);
    expect(spy).toHaveBeenCalledWith('textarea');
    w.stop();
    spy.mockRestore();
  });
});

describe('FormWatcher: keeps up with pages that rebuild', () => {
  afterEach(() => vi.useRealTimers());

  const formHtml = (v: number) => `<h1>Legeerklæring ved arbeidsuførhet</h1><form data-version="${v}">
    <label for="a${v}">5.1 Beskriv hvordan funksjonsevnen generelt er nedsatt på grunn av sykdom</label><textarea id="a${v}"></textarea>
    <label for="b${v}">5.3 Beskriv kort type arbeid og hvilke krav som stilles</label><textarea id="b${v}"></textarea>
    <label for="c${v}">5.6.1 Hva kan pasienten ikke gjøre i det nåværende arbeid?</label><textarea id="c${v}"></textarea></form>`;

  // A page that rebuilds its form every 100 ms and moves focus into the new 5.1 each time. A debounce that
  // every mutation and every focus restarts never fires here; a maximum wait does.
  for (const every of [100, 50]) {
    it(`recognises the versions of a form rebuilt (with focus moved) every ${every} ms`, async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'] });
      document.body.innerHTML = formHtml(0);
      const w = new FormWatcher(document, { onChange() {} }, OPTS);
      w.start();
      let recognised = 0;
      const versions = 30;
      for (let v = 1; v <= versions; v++) {
        await vi.advanceTimersByTimeAsync(every);
        // Before replacing it: was the current version recognised while it was on the page?
        if (document.querySelector('textarea')?.getAttribute('data-skjemahjelp-field') === 'l40.5.1') recognised++;
        document.body.innerHTML = formHtml(v);
        document.querySelector('textarea')!.focus();
      }
      w.stop();
      expect(recognised).toBeGreaterThanOrEqual(versions - 2);
    });
  }
});

const tick = () => new Promise((r) => setTimeout(r, 0));

function l40(): void {
  document.title = 'Legeerklæring ved arbeidsuførhet';
  document.body.innerHTML = `<h1>Legeerklæring ved arbeidsuførhet</h1>
    <label for="a">5.1 Beskriv hvordan funksjonsevnen generelt er nedsatt på grunn av sykdom</label><div id="a" contenteditable="true" class="ck-editor__editable"><p></p></div>
    <label for="b">5.3 Beskriv kort type arbeid og hvilke krav som stilles</label><div id="b" contenteditable="true"><p></p></div>
    <label for="c">5.6.1 Hva kan pasienten ikke gjøre i det nåværende arbeid?</label><div id="c" contenteditable="true"><p></p></div>`;
}

describe('FormWatcher keeps the contract on elements whose editor strips attributes', () => {
  it('puts data-skjemahjelp-field and -issues back when an editor re-renders its editable without them', async () => {
    l40();
    const w = new FormWatcher(document, { onChange() {} }, OPTS);
    w.start();
    await settle(w);
    const a = document.getElementById('a')!;
    expect(a.getAttribute('data-skjemahjelp-field')).toBe('l40.5.1');
    a.setAttribute('data-skjemahjelp-issues', '2');
    await tick();
    // What CKEditor 5's renderer does on a focus change: attributes it does not know are removed.
    a.removeAttribute('data-skjemahjelp-field');
    a.removeAttribute('data-skjemahjelp-issues');
    await tick();
    expect(a.getAttribute('data-skjemahjelp-field')).toBe('l40.5.1');
    expect(a.getAttribute('data-skjemahjelp-issues')).toBe('2');
    w.stop();
  });

  it('gives up on an element the page keeps stripping (no tug of war)', async () => {
    l40();
    const w = new FormWatcher(document, { onChange() {} }, OPTS);
    w.start();
    await settle(w);
    const b = document.getElementById('b')!;
    let restored = 0;
    for (let i = 0; i < 40; i++) {
      b.removeAttribute('data-skjemahjelp-field');
      await tick();
      if (b.hasAttribute('data-skjemahjelp-field')) restored++;
    }
    expect(restored).toBeGreaterThan(0);
    expect(restored).toBeLessThan(40);
    w.stop();
  });
});

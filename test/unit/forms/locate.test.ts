// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { recognise } from '../../../lib/forms/locate.ts';

// The suite shares one document per worker (isolate: false): leave it as found.
afterEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

function page(html: string, title = ''): Document {
  document.title = title;
  document.body.innerHTML = html;
  return document;
}
function keys(doc: Document) {
  const r = recognise(doc);
  return r ? { form: r.form.id, fields: Object.fromEntries(r.fields.map((f) => [f.el.id, f.key])) } : null;
}

describe('recognise', () => {
  it('reads <label for> with official numbering', () => {
    const doc = page(
      `<h1>Legeerklæring ved arbeidsuførhet</h1>
       <label for="a">5.1 Beskriv hvordan funksjonsevnen generelt er nedsatt på grunn av sykdom</label><textarea id="a"></textarea>
       <label for="b">5.3 Beskriv kort type arbeid og hvilke krav som stilles</label><textarea id="b"></textarea>
       <label for="c">5.6.1 Hva kan pasienten ikke gjøre i det nåværende arbeid?</label><textarea id="c"></textarea>
       <label for="s">Søk i journal</label><input id="s" type="text" name="q">`,
    );
    expect(keys(doc)).toEqual({ form: 'l40', fields: { a: 'l40.5.1', b: 'l40.5.3', c: 'l40.5.6.1' } });
  });

  it('reads table rows with a label cell and a row above', () => {
    const doc = page(
      `<table><tr><td>NAV 08-07.08</td></tr>
       <tr><td>2.5</td><td>Sykehistorie med symptomer og behandling</td><td><textarea id="x"></textarea></td></tr>
       <tr><td colspan="3">5.1 Funksjonsevne – beskriv hvordan den er nedsatt</td></tr>
       <tr><td colspan="3"><textarea id="y" name="txtFunksjonsevne"></textarea></td></tr>
       <tr><td>5.3 Type arbeid og krav</td><td><textarea id="z"></textarea></td></tr></table>`,
    );
    expect(keys(doc)).toEqual({ form: 'l40', fields: { x: 'l40.2.5', y: 'l40.5.1', z: 'l40.5.3' } });
  });

  it('uses sibling labels in grid layouts without numbers or <label>', () => {
    const doc = page(
      `<div class="grid">
        <div class="l">Funksjonsevne – hvordan er den nedsatt?</div><div><textarea id="a"></textarea></div>
        <div class="l">Arbeidets art og krav som stilles</div><div><textarea id="b"></textarea></div>
        <div class="l">Hva kan pasienten ikke gjøre i nåværende arbeid</div><div><textarea id="c"></textarea></div>
        <div class="l">Andre hensyn ved valg av annet yrke</div><div><textarea id="d"></textarea></div>
      </div>`,
    );
    expect(keys(doc)).toEqual({ form: 'l40', fields: { a: 'l40.5.1', b: 'l40.5.3', c: 'l40.5.6.1', d: 'l40.5.6.2' } });
  });

  it('reads aria-labelledby on contenteditable editors under headings', () => {
    const doc = page(
      `<h1>Arbeidsevnevurdering</h1>
       <section><h3>Helse og funksjon</h3><div role="toolbar"><button>F</button><button>K</button></div><div id="h" contenteditable="true"><p></p></div></section>
       <section><h3 id="yl">Aktuelle yrker</h3><div id="y" role="textbox" aria-multiline="true" aria-labelledby="yl"></div></section>
       <section><h3>Vurdering av arbeidsevnen</h3><div id="v" contenteditable="true"></div></section>`,
    );
    expect(keys(doc)).toEqual({ form: 'aev', fields: { h: 'aev.helse', y: 'aev.yrker', v: 'aev.vurdering' } });
  });

  it('reads a genitive heading («Brukerens mål og egen vurdering») over a nested editor wrapper', () => {
    const tool = '<div role="toolbar"><button>F</button><button>K</button></div>';
    const doc = page(
      `<h1>Arbeidsevnevurdering</h1>
       <section><h2>Brukerens mål og egen vurdering</h2><p>Hva vil brukeren jobbe med?</p><div class="rte">${tool}<div class="inner"><div id="m" contenteditable="true" class="ProseMirror"><p></p></div></div></div></section>
       <section><h2>Helse og funksjon</h2><div class="rte">${tool}<div class="inner"><div id="h" contenteditable="true" class="ProseMirror"><p></p></div></div></div></section>
       <section><h2>Vurdering av arbeidsevnen</h2><div class="rte">${tool}<div class="inner"><div id="v" contenteditable="true" class="ProseMirror"><p></p></div></div></div></section>`,
    );
    expect(keys(doc)).toEqual({ form: 'aev', fields: { m: 'aev.mal', h: 'aev.helse', v: 'aev.vurdering' } });
  });

  it("an editor's hidden tooltip input does not hide the label above the editor (Quill)", () => {
    const quill = (id: string) =>
      `<div class="ql-toolbar"><span class="ql-formats"><button type="button"></button></span></div>` +
      `<div class="ql-container"><div id="${id}" class="ql-editor" contenteditable="true"><p><br></p></div>` +
      `<div class="ql-tooltip ql-hidden" style="display:none"><input type="text" data-link="https://quilljs.com"></div></div>`;
    const doc = page(
      `<h1>Legeerklæring ved arbeidsuførhet</h1>
       <div><label>5.1 Beskriv hvordan funksjonsevnen generelt er nedsatt på grunn av sykdom</label>${quill('a')}</div>
       <div><label>5.3 Beskriv kort type arbeid og hvilke krav som stilles</label>${quill('b')}</div>`,
    );
    expect(keys(doc)).toEqual({ form: 'l40', fields: { a: 'l40.5.1', b: 'l40.5.3' } });
  });

  it("an editor's own paste bin (Quill 1 .ql-clipboard) is not a field and does not hide the label", () => {
    const quill1 = (id: string) =>
      `<div class="ql-toolbar"><span class="ql-formats"><button type="button"></button></span></div>` +
      `<div class="ql-container"><div id="${id}" class="ql-editor" contenteditable="true"><p><br></p></div>` +
      `<div class="ql-clipboard" contenteditable="true" tabindex="-1"></div></div>`;
    const doc = page(
      `<h1>Legeerklæring ved arbeidsuførhet</h1>
       <div><label>5.1 Beskriv hvordan funksjonsevnen generelt er nedsatt på grunn av sykdom</label>${quill1('a')}</div>
       <div><label>5.3 Beskriv kort type arbeid og hvilke krav som stilles</label>${quill1('b')}</div>`,
    );
    expect(keys(doc)).toEqual({ form: 'l40', fields: { a: 'l40.5.1', b: 'l40.5.3' } });
  });

  it('does not take an article about the L40 with a comment box for the form', () => {
    const doc = page(
      `<article><h1>Slik fyller du ut legeerklæringen (L40)</h1>
       <p>I felt 5.1 Beskriv hvordan funksjonsevnen generelt er nedsatt på grunn av sykdom skriver mange «kan ikke løfte tungt».</p>
       <blockquote>5.3 Beskriv kort type arbeid og hvilke krav som stilles</blockquote></article>
       <section><h2>Kommentarer</h2><label for="c">Skriv en kommentar</label><textarea id="c"></textarea>
       <label for="e">E-post</label><input id="e" type="text" name="newsletter"></section>`,
      'Legeerklæring – NRK',
    );
    expect(keys(doc)).toBeNull();
  });

  it('ignores login and contact forms', () => {
    expect(keys(page(`<label for="u">Brukernavn</label><input id="u" type="text"><label for="p">Passord</label><input id="p" type="password">`))).toBeNull();
    expect(
      keys(
        page(
          `<h1>Bestill time for sykmelding</h1><label for="n">Navn</label><input id="n" type="text"><label for="t">Telefon</label><input id="t" type="text"><label for="m">Melding</label><textarea id="m"></textarea>`,
        ),
      ),
    ).toBeNull();
  });

  it('recognises newer sykmelding wording', () => {
    const doc = page(
      `<h1>Ny sykmelding</h1>
       <div class="navds-form-field"><label class="navds-label" for="r1">Har du noen tilbakemeldinger?</label><div class="navds-body-short">Melding til Nav</div><textarea id="r1"></textarea></div>
       <div class="navds-form-field"><label class="navds-label" for="r2">Innspill til arbeidsgiver</label><textarea id="r2"></textarea></div>
       <div class="navds-form-field"><label class="navds-label" for="r3">Hvordan påvirker sykdommen arbeidsevnen?</label><textarea id="r3"></textarea></div>`,
    );
    expect(keys(doc)).toEqual({ form: 'l1', fields: { r1: 'l1.8.1', r2: 'l1.9.1', r3: 'l1.6.2.2' } });
  });

  it('recognises a whole AEV written in one field (§ 14 a «Begrunnelse», hidden label), not the side message', () => {
    const doc = page(
      `<h1>Utkast</h1>
       <h2 id="bt">Begrunnelse</h2>
       <div><label class="aksel-sr-only" for="b">Skriv inn din begrunnelse/arbeidsevnevurdering her</label><textarea id="b" placeholder="Skriv inn din begrunnelse/arbeidsevnevurdering her"></textarea>
       <textarea aria-hidden="true" readonly tabindex="-1"></textarea></div>
       <h2>Innsatsgruppe</h2><label><input type="radio" name="i"> Gode muligheter (standard innsats)</label>
       <aside><h2>Kvalitetssikring</h2><label class="aksel-sr-only" for="m">Skrivefelt for å sende melding til beslutter/ansvarlig veileder</label><textarea id="m"></textarea></aside>`,
      'Modia arbeidsrettet oppfølging',
    );
    const r = recognise(doc)!;
    expect(keys(doc)).toEqual({ form: 'aev', fields: { b: 'aev.begrunnelse' } });
    expect(r.single).toBe(true);
  });

  it('does not take a lone «Begrunnelse» box elsewhere for an AEV, nor give it an AEV field beside', () => {
    expect(keys(page(`<h1>Søknad om permisjon</h1><label for="b">Begrunnelse</label><textarea id="b"></textarea>`))).toBeNull();
    const doc = page(
      `<h1>Arbeidsevnevurdering</h1>
       <label for="h">Helse og funksjon</label><textarea id="h"></textarea>
       <label for="y">Aktuelle yrker</label><textarea id="y"></textarea>
       <label for="i">Begrunnelse for innsatsbehov</label><textarea id="i"></textarea>`,
    );
    expect(keys(doc)).toEqual({ form: 'aev', fields: { h: 'aev.helse', y: 'aev.yrker', i: 'aev.innsatsbehov' } });
  });

  it("never marks a control hidden from assistive technology (Aksel's auto-resize helper)", () => {
    const doc = page(
      `<h1>Ny sykmelding</h1>
       <label for="a">Hvordan påvirker sykdommen arbeidsevnen?</label><textarea id="a"></textarea><textarea id="a-helper" aria-hidden="true" readonly tabindex="-1"></textarea>
       <label for="b">Innspill til arbeidsgiver</label><textarea id="b"></textarea><textarea id="b-helper" aria-hidden="true" readonly tabindex="-1"></textarea>`,
    );
    expect(keys(doc)).toEqual({ form: 'l1', fields: { a: 'l1.6.2.2', b: 'l1.9.1' } });
  });
});

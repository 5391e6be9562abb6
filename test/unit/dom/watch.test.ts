// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FormWatcher } from '../../../lib/dom/watch.ts';

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
    const w = new FormWatcher(document, { onChange() {} }, 0);
    w.start();
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
    const w = new FormWatcher(document, { onChange() {} }, 0);
    w.start();
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

import { Window } from 'happy-dom';
import { recognise } from '../../lib/forms/locate.ts';
import { FORMS } from '../../lib/forms/defs/index.ts';
const l40 = FORMS.find((f) => f.id === 'l40')!;
const parts = ['<h1>Legeerklæring ved arbeidsuførhet</h1><form>'];
for (let i = 0; i < 200; i++) {
  const f = l40.fields[i % l40.fields.length]!;
  const label = i < l40.fields.length ? `${f.number ?? ''} ${f.label}` : `Tilleggsopplysning ${i}`;
  parts.push(`<div class="row"><label for="f${i}">${label}</label>${f.kind === 'long' ? `<textarea id="f${i}"></textarea>` : `<input type="text" id="f${i}">`}</div>`);
}
const win = new Window();
win.document.body.innerHTML = parts.join('');
const doc = win.document as unknown as Document;
const { performance } = globalThis;
let t = performance.now();
for (let i = 0; i < 10; i++) recognise(doc);
console.log('ms/scan', (performance.now() - t) / 10);

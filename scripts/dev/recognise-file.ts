// Dev aid: run the recogniser on a static fixture page under happy-dom and print what it found.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { recognise, findCandidates, gatherEvidence, CandidateIndex } from '../../lib/forms/locate.ts';

for (const file of process.argv.slice(2)) {
  const win = new Window({ url: 'http://127.0.0.1/' });
  win.document.write(readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>/gi, ''));
  const doc = win.document as unknown as Document;
  const cands = findCandidates(doc);
  const rec = recognise(doc, cands);
  console.log(`\n## ${file}: ${rec ? rec.form.id : 'none'} (title ${rec?.titleScore ?? '-'})`);
  const set = new CandidateIndex(cands);
  for (const el of cands) {
    const f = rec?.fields.find((x) => x.el === el);
    const ev = process.env.EV ? ' ' + JSON.stringify(gatherEvidence(el, set).map((e) => `${e.weight.toFixed(2)}:${e.text.slice(0, 50)}`)) : '';
    console.log(`  ${(el.id || el.getAttribute('name') || el.tagName).padEnd(28)} → ${f ? `${f.key} (${f.score.toFixed(2)})` : '-'}${ev}`);
  }
}

/** Text normalisation for recognition: fold Norwegian letters (lib/checks/fold.ts), tokenise, canonical words. */
import { foldWords } from '../checks/fold.ts';

/** Lower-case, æ→ae, ø→o, å→a, other diacritics stripped, everything that is not a letter or digit → space
 * (the one folding module, lib/checks/fold.ts). */
export function fold(s: string): string {
  return foldWords(s, { keepDecimals: true });
}

/** Words that carry no identity in form labels ("hva", "og", …), bokmål and nynorsk. */
const STOP = new Set(
  (
    'og i pa av for til det den de er som med om hva kva hvordan korleis kan ev evt eventuelt eller en ei et ' +
    'du dere deg seg sin sitt sine har ha skal vil ma bor a at ved fra fram frem nar kor hvor hvis dersom ' +
    'klarer klare beskriv kort oppgi angi gi skriv her the of and nr pkt punkt felt'
  ).split(' '),
);

/** Nynorsk and everyday wordings mapped onto the bokmål word the definitions use. */
const CANON: Record<string, string> = {
  ikkje: 'ikke',
  jobb: 'arbeid',
  jobben: 'arbeid',
  jobbe: 'arbeid',
  jobber: 'arbeid',
  lenge: 'varighet',
  vare: 'varighet',
  varer: 'varighet',
  varigheit: 'varighet',
  nedsett: 'nedsatt',
  omsyn: 'hensyn',
  gjere: 'gjore',
  arbeidsgjevar: 'arbeidsgiver',
  pasientens: 'pasienten',
  sjukemelding: 'sykmelding',
  sykemelding: 'sykmelding',
  sjukmelding: 'sykmelding',
};

function canon(t: string): string {
  const c = CANON[t];
  if (c) return c;
  if (t.startsWith('sjuk')) return 'syk' + t.slice(4);
  if (t.length >= 8 && t.endsWith('evna')) return t.slice(0, -1) + 'e';
  return t;
}

export function tokens(s: string): string[] {
  const out: string[] = [];
  for (const t of fold(s).split(' ')) if (t && !STOP.has(t) && !/^\d+(\.\d+)*$/.test(t)) out.push(canon(t));
  return out;
}

/** A final genitive (or compound-joint) -s: "brukers", "brukerens", "arbeids". */
function stem(w: string): string {
  return w.length >= 6 && w.endsWith('s') ? w.slice(0, -1) : w;
}

/**
 * Two folded words are the same word if one is an inflection of the other ("funksjonsevnen" ~ "funksjonsevne"),
 * genitive forms included ("brukers" ~ "brukerens").
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const x = stem(a);
  const y = stem(b);
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  return s.length >= 4 && l.startsWith(s) && l.length - s.length <= 3;
}

/** Leading official number ("5.6.1", "5.6.1.", "Punkt 5.1") of a label, if any. */
export function leadingNumber(s: string): string | undefined {
  const m = /^\s*(?:pkt\.?|punkt|felt)?\s*(\d{1,2}(?:\.\d{1,2}){1,3})(?![\d])/i.exec(s);
  return m?.[1];
}

/**
 * reference: the text points elsewhere («se epikrise», «som tidligere beskrevet», «se pkt. 5.1», «viser til
 * legeerklæring») instead of saying it. The reader often does not have the document. A source given in
 * addition to a full description is fine: the rule stays quiet when the text itself says, measured or as a
 * complete limitation, what the person can and cannot do.
 */
import { M_REF_TRIGGER } from '../marks.ts';
import { Kind } from '../text.ts';
import { REFERENCE_TEMPLATE, matchCase, withCursor } from './fixes.ts';
import { defineRule, type RuleContext } from './types.ts';
import { hasConcreteContent, hasFunctionStatement } from '../predicates.ts';

const REF_OBJECTS =
  /^(epikrise|vedlagt|vedlegg|journal|tidligere|tidlegare|forrige|forre|over|ovenfor|ovanfor|punkt|pkt|legeerklaering|erklaering|sykmelding|sjukmelding|notat|uttalelse|fraasegn|rapport|brev|henvisning|tilvising|spesialisterklaering|dokument|skjema|stillingsbeskrivelse|arbeidsevnevurdering|aev|sist|l40|l1|felt)/;
const AS_BEFORE = /^(beskrevet|beskrive|nevnt|skrevet|skildra|omtalt|nemnt|skrive|opplyst|dokumentert|redegjort)$/;
const REF_STARTERS = new Set(['se', 'sja', 'jf', 'jfr', 'ref', 'viser', 'vises']);
const POINTERS = new Set(['viser', 'vises', 'henviser', 'henvises', 'visast']);

/** Words before token i in its sentence. */
function sentenceWords(tokens: RuleContext['an']['tokens'], i: number): number {
  let n = 0;
  for (let k = i - 1; k >= 0 && tokens[k]!.sent === tokens[i]!.sent; k--) if (tokens[k]!.k === Kind.Word) n++;
  return n;
}

function detectReference(ctx: RuleContext, fixTitle: string): void {
  const { an, text } = ctx;
  const { tokens, marks } = an;
  let lastEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (Only a word a reference can start with: marks.ts REF_TRIGGERS.)
    if (t.k !== Kind.Word || t.s < lastEnd || !(marks[i]! & M_REF_TRIGGER)) continue;
    const prev = tokens[i - 1];
    // («Det vert vist til epikrise frå …»: the nynorsk passive, «vist» after «vert» or «blir».)
    const passive = t.f === 'vist' && /^(vert|vart|blir|ble|blei)$/.test(prev?.f ?? '');
    const pointer = POINTERS.has(t.f) || passive;
    // Nothing of this sentence before token k: the text or the sentence starts there, or a punctuation mark stands there.
    const opens = (k: number) => !tokens[k] || tokens[k]!.sent !== t.sent || tokens[k]!.k === Kind.Punct;
    const clauseStart =
      opens(i - 1) ||
      prev!.f === 'uendret' ||
      prev!.f === 'og' ||
      // («Det vises til vurdering i forrige AEV», «Vi viser til …»: a pointer with its subject before it.)
      (pointer && /^(det|vi|me|jeg|eg|man|ein|en|nav)$/.test(prev!.f) && opens(i - 2)) ||
      (passive && tokens[i - 2]?.f === 'det' && opens(i - 3));
    const n = tokens[i + 1];
    let end = -1;
    const politeSe = t.f === 'se' && (prev?.f === 'vennligst' || prev?.f === 'vnl');
    // "… som påverkar arbeid, jf. legeerklæring 11.09": a source cited after what the sentence says, not instead.
    const cites = (t.f === 'jf' || t.f === 'jfr' || t.f === 'ref') && prev?.sent === t.sent && sentenceWords(tokens, i) >= 3;
    // «Se ellers arbeidsgivers stillingsbeskrivelse», «sjå elles …», «se også …»: more to read, after a text that
    // measures something of its own.
    if (
      (t.f === 'se' || t.f === 'sja') &&
      /^(ellers|elles|ogsa|forovrig|dessuten|dessutan)$/.test(n?.f ?? '') &&
      an.words >= 12 &&
      an.statements.some((x) => x.functional && !x.vague && x.measured)
    )
      continue;
    if (((REF_STARTERS.has(t.f) && (clauseStart || politeSe)) || pointer) && !cites) {
      if (!n) continue;
      let k = i + 1;
      if (n.f === '.') k++;
      if (pointer) {
        // («For helseopplysninger vises det til legeerklæring»: the same pointer with its subject after the verb.)
        // («For helseopplysninger viser vi til legeerklæringa»: the writer as the subject.)
        if (/^(det|vi|me|jeg|eg|man|ein|en)$/.test(tokens[k]?.f ?? '') && tokens[k + 1]?.f === 'til') k++;
        if (tokens[k]?.f !== 'til' || tokens[k + 1]?.f === 'at') continue;
        k++;
      }
      const o = tokens[k];
      // "viser til" at the start of a clause points elsewhere whatever follows; elsewhere it needs a document.
      // "Se X" opening a clause points elsewhere whatever X is ("Se arbeidsgivers beskrivelse", "sjå helse").
      // («Jf. vurdering gjort i forrige AEV» opening the text: the same pointer, in another word.)
      const seStart = (t.f === 'se' || t.f === 'sja' || t.f === 'jf' || t.f === 'jfr') && clauseStart && o?.k === Kind.Word;
      if (!o || !(o.k === Kind.Num || REF_OBJECTS.test(o.f) || (pointer && clauseStart) || seStart)) continue;
      // To the end of the clause.
      let e = k;
      while (tokens[e + 1] && tokens[e + 1]!.sent === t.sent && !(tokens[e + 1]!.k === Kind.Punct && tokens[e + 1]!.f !== '.' && tokens[e + 1]!.f !== '/')) {
        if (tokens[e + 1]!.f === '.' && (!tokens[e + 2] || tokens[e + 2]!.sent !== t.sent)) break;
        e++;
      }
      end = tokens[e]!.e;
    } else if (t.f === 'som' && n) {
      const n2 = tokens[i + 2];
      if ((n.f === 'tidligere' || n.f === 'tidlegare') && n2 && AS_BEFORE.test(n2.f)) end = n2.e;
      else if (AS_BEFORE.test(n.f) && n2 && (n2.f === 'tidligere' || n2.f === 'tidlegare' || n2.f === 'over' || n2.f === 'ovenfor')) end = n2.e;
      // "Som før." / "Uendret, som sist": a reference; "han løfter og bruker verktøy som før": unchanged, said here.
      else if (
        (n.f === 'for' || n.f === 'sist' || n.f === 'over' || n.f === 'ovenfor' || n.f === 'ovanfor') &&
        (!n2 || n2.k === Kind.Punct || n2.sent !== t.sent || n2.f === 'og') &&
        (clauseStart || (n.f !== 'for' && n.f !== 'sist'))
      )
        end = n.e;
      // "som beskrevet under 5.6.1", "som skildra i 5.1", "som nevnt nedenfor".
      else if (AS_BEFORE.test(n.f) && n2 && /^(under|nedenfor|nedanfor|i|pa|over|ovenfor|ovanfor|tidligere|tidlegare)$/.test(n2.f))
        end = (tokens[i + 3] && tokens[i + 3]!.sent === t.sent && tokens[i + 3]!.k !== Kind.Punct ? tokens[i + 3]! : n2).e;
      // («Som vurdert i forrige arbeidsevnevurdering», «som konkludert ved førre AEV»: the assessment made last time.)
      else if (/^(vurdert|vurdera|konkludert)$/.test(n.f) && n2 && /^(i|ved)$/.test(n2.f) && /^(forrige|forre|siste)$/.test(tokens[i + 3]?.f ?? ''))
        end = tokens[i + 3]!.e;
      // («Same vurdering som ved førre AEV»: at the last one, as «i forrige».)
      else if ((n.f === 'i' || n.f === 'ved') && n2 && /^(forrige|forre)$/.test(n2.f)) end = (tokens[i + 3] ?? n2).e;
      // «Ingen hensyn utover det som følger av diagnosen»: the diagnosis named in place of what it means for work
      // («smertene som følger av skaden gjør at …» says what follows).
      else if (
        /^(det|hensyn|hensyna|hensynene|omsyn|omsyna|begrensninger|begrensningene|avgrensingar|avgrensingane|tilrettelegging|tiltak)$/.test(prev?.f ?? '') &&
        /^(folger|folgjer|fylgjer|folgje)$/.test(n.f) &&
        /^(av|med)$/.test(n2?.f ?? '') &&
        /^(diagnosen|diagnosane|diagnosene|sykdommen|sjukdommen|sjukdomen|tilstanden|lidelsen|lidinga|skaden)$/.test(tokens[i + 3]?.f ?? '')
      )
        end = tokens[i + 3]!.e;
      // "som skrevet ved uke 17", "som nemnt ved førre kontroll": what was written at an earlier time.
      else if (
        AS_BEFORE.test(n.f) &&
        n2?.f === 'ved' &&
        tokens[i + 3] &&
        /^(uke|veke|forrige|forre|sist|siste|kontroll|konsultasjon)$/.test(tokens[i + 3]!.f)
      ) {
        const w = tokens[i + 4];
        end = (
          w && w.sent === t.sent && (w.k === Kind.Num || /^(kontroll|konsultasjon|time|erklaering|sykmelding|sjukmelding)$/.test(w.f)) ? w : tokens[i + 3]!
        ).e;
      }
      // («Ingen spesielle hensyn utover det som står over», «som står i epikrisen»: what is written elsewhere.)
      else if (/^(star|sto|stod)$/.test(n.f) && n2) {
        const x = tokens[i + 3];
        if (/^(over|ovenfor|ovanfor|ovafor)$/.test(n2.f)) end = n2.e;
        else if (/^(i|under|pa)$/.test(n2.f) && x && x.sent === t.sent && (x.k === Kind.Num || REF_OBJECTS.test(x.f))) end = x.e;
      }
      // With an auxiliary before the participle: "utover det som er nevnt over", "som var skildra tidlegare",
      // "som er nevnt under pkt. 5.6.1".
      else if (/^(er|var|vart|ble|blei|blitt)$/.test(n.f) && n2 && AS_BEFORE.test(n2.f) && tokens[i + 3]) {
        const w = tokens[i + 3]!;
        const x = tokens[i + 4];
        if (/^(over|ovenfor|ovanfor|tidligere|tidlegare)$/.test(w.f)) end = w.e;
        else if (/^(under|i|pa|nedenfor|nedanfor)$/.test(w.f) && x && (x.k === Kind.Num || REF_OBJECTS.test(x.f))) end = x.e;
      }
    } else if (AS_BEFORE.test(t.f) && n && (n.f === 'i' || n.f === 'fra' || n.f === 'fraa') && tokens[i + 2]) {
      // "beskrevet i (vedlagt) epikrise", "omtalt i journalnotat".
      let k = i + 2;
      if (/^(vedlagt|vedlagte|tidligere|tidlegare|forrige|forre|siste)$/.test(tokens[k]!.f)) k++;
      if (tokens[k] && REF_OBJECTS.test(tokens[k]!.f)) end = tokens[k]!.e;
    } else if ((t.f === 'tidligere' || t.f === 'tidlegare') && n && AS_BEFORE.test(n.f) && prev?.f !== 'som') {
      end = n.e;
    } else if (
      t.f === 'uendret' &&
      n &&
      /^(fra|fra|siden|sidan|etter)$/.test(n.f) &&
      tokens[i + 2] &&
      /^(forrige|forre|sist|tidligere)/.test(tokens[i + 2]!.f)
    ) {
      end = tokens[i + 2]!.e;
    }
    if (end < 0) continue;
    // («som nemnt i førre sjukmelding»: to the document named after «forrige», where a colon may follow.)
    const last = tokens.findIndex((x, k) => k >= i && x.e === end);
    const doc = tokens[last + 1];
    if (last >= 0 && /^(forrige|forre|siste)$/.test(tokens[last]!.f) && doc?.sent === t.sent && REF_OBJECTS.test(doc.f)) end = doc.e;
    lastEnd = end;
    const fix = withCursor(fixTitle, t.s, end, matchCase(text, t.s, REFERENCE_TEMPLATE[ctx.lang]));
    ctx.report({ start: t.s, end, fixes: [fix] });
  }
}

export const reference = defineRule(
  {
    id: 'reference',
    severity: 'warning',
    scope: 'span',
    message: 'Henvisning i stedet for innhold: skriv det relevante her.',
    why:
      'Leseren har ofte ikke dokumentet det vises til, og hele epikriser er overskuddsinformasjon. Svar konkret i ' +
      'feltet med det som er relevant for funksjon og arbeid.',
    source: 'Kilde: Oxford Research for Nav, huskeliste Kristiansand (seed 001, linje 3256–3260 og 3319–3321)',
    appliesTo: 'long',
    fixes: ['Erstatt med en kort oppsummering'],
  },
  (ctx) => {
    // A source next to a description that already says what the person can and cannot do is fine.
    if (hasConcreteContent(ctx.an) && hasFunctionStatement(ctx.an) && !ctx.an.statements.every((s) => !s.functional || s.vague)) {
      // …and that content is about the person's function: measured or complete limits and capacities, not
      // only sentences that mention work («Funksjon som beskrevet i legeerklæringen. Han er 60 år og har jobbet …»).
      if (ctx.an.statements.filter((s) => s.functional && !s.vague && (s.limited || s.capacity) && (s.measured || s.absolute)).length >= 2) return;
    }
    const before = ctx.found.length;
    detectReference(ctx, reference.def.fixes[0]!);
    const added = ctx.found.slice(before);
    // «Som tidlegare skrive: ikkje løft over 15 kg …»: a pointer as the heading of what it then measures here.
    const heading = (d: (typeof added)[number]) =>
      /^\s*:/.test(ctx.text.slice(d.end, d.end + 3)) &&
      ctx.an.statements.some((s) => s.start > d.end && s.functional && !s.vague && (s.limited || s.capacity) && s.measured && s.areas.length > 0);
    // "(sjå vurdering)", "(jf. epikrise)": a pointer in brackets beside what the text itself says (in a text of some length).
    const inBrackets = (d: (typeof added)[number]) =>
      ctx.an.words >= 15 && ctx.text.lastIndexOf('(', d.start) > ctx.text.lastIndexOf(')', d.start) && ctx.text.lastIndexOf('(', d.start) >= 0;
    const kept = added.filter((d) => !heading(d) && !inBrackets(d));
    if (kept.length < added.length) (ctx.found as unknown as unknown[]).splice(before, added.length, ...kept);
  },
);

/**
 * Reuse between analyses (lib/checks/reuse.ts): an analysis that takes parts over from a kept one must equal, in
 * every field, the analysis of the same text from scratch, and so must lint(). Checked over half the labelled corpus as it stood at set 46
 * (dev and blind), each text edited a keystroke at a time, and over long documents put together from it under random
 * edit sequences (characters typed, deleted and replaced; sentences split and joined; list items and headings with
 * colons, brackets and line breaks added; pieces pasted and cut). The last tests take a part out of the key on
 * purpose and show that this check then finds a difference. The other half of the corpus and of the long documents is
 * in reuse-corpus.test.ts (the two halves run side by side).
 */
import { describe, expect, it } from 'vitest';
import { analyzeSteps, drain, forgetAnalyses } from '../../../lib/checks/analyze.ts';
import { tuning } from '../../../lib/checks/reuse.ts';
import {
  byField,
  checkCorpus,
  checkLongDocuments,
  differences,
  documentFrom,
  firstDifference,
  frozenByField,
  frozenLongFields,
  frozenSnippets,
  fromScratch,
  restoreAfterEach,
  reuseSample,
  rng,
  sequence,
  snippets,
} from './reuse-harness.ts';

restoreAfterEach();

describe('an analysis that reuses a kept one', () => {
  it('equals the analysis from scratch for every other text of the frozen corpus, edited a keystroke at a time (first half)', () => {
    expect(reuseSample.length).toBeGreaterThan(4000);
    checkCorpus(0, 2);
  }, 240_000);

  it('equals the analysis from scratch under random edit sequences on long documents (seeds 1–12)', () => {
    checkLongDocuments(1, 12);
  }, 240_000);

  it('splits the word before an edit again: «el.» reads the first letter of the word after it', () => {
    tuning.minChars = 0;
    const before = 'Klarer ikke foreldremøter el. andre møter på ettermiddagen. Står 20 min.';
    const texts = [
      before,
      before.replace('el. andre', 'el. ndre'),
      before.replace('el. andre', 'el. Andre'),
      before.replace('el. andre', 'el. Lenge ståing går dårlig. andre'),
    ];
    expect(firstDifference(texts, 'l40.5.1')).toBeNull();
  });

  it('hands out new objects: a caller that changes an analysis changes neither the next one nor the kept one', () => {
    const r = rng(7);
    const doc = documentFrom(byField.get('l40.5.1')!, r, 5000);
    const texts = sequence(doc, 6, r, snippets);
    const want = fromScratch(texts, 'l40.5.1');
    const seen = new Set<object>();
    for (let i = 0; i < texts.length; i++) {
      const an = drain(analyzeSteps(texts[i]!));
      expect(differences(an, want[i]!.an)).toEqual([]);
      for (const st of an.statements) {
        for (const o of [st, st.areas, st.quantities, st.cue]) {
          if (!o) continue;
          expect(seen.has(o)).toBe(false);
          seen.add(o);
        }
      }
      for (const t of an.tokens) {
        expect(seen.has(t)).toBe(false);
        seen.add(t);
      }
      // A careless reader: everything it can reach, changed.
      for (const st of an.statements) {
        st.start += 1;
        st.vague = !st.vague;
        st.areas.push('lift');
        if (st.cue) st.cue.end += 3;
        st.quantities.length = 0;
      }
      for (const t of an.tokens) t.f = 'x';
      an.flags.fill(0);
      for (const q of an.quantities) q.start = -1;
    }
  });

  it('copies every field of a statement that reuse.ts knows how to move', () => {
    // A new field of Statement that holds an offset, a token index or an object must be moved or copied in
    // reuse.ts relocate(); this list is here so that adding one makes someone look.
    const an = drain(analyzeSteps('Kan ikke løfte over 5 kg, men går 300 m.'));
    expect(Object.keys(an.statements[0]!).sort()).toEqual(
      [
        'start',
        'end',
        'sentence',
        'areas',
        'generic',
        'negated',
        'limited',
        'capacity',
        'functional',
        'measured',
        'schedule',
        'light',
        'amountOnly',
        'holds',
        'demand',
        'comparative',
        'consequence',
        'absolute',
        'vague',
        'activity',
        'kind',
        'cue',
        'concrete',
        'quantities',
        't0',
        't1',
      ].sort(),
    );
  });
});

describe('the check finds a key that misses an input', () => {
  // The same documents and edits as above, with one part of the key taken out: each must be caught. (The character
  // margins and the check of a sentence's quantities cannot be shown needed this way today: every read they cover
  // falls inside the token margin with the current clause() and findQuantities(). They stay, so that the key does not
  // depend on that.)
  const caught = (seeds: number) => {
    for (let seed = 1; seed <= seeds; seed++) {
      const r = rng(seed);
      const field = frozenLongFields[seed % frozenLongFields.length]!;
      const doc = documentFrom(frozenByField.get(field)!, r, 4_000);
      if (firstDifference(sequence(doc, 40, r, frozenSnippets), field)) return true;
    }
    return false;
  };

  it('no tokens around the sentence', () => {
    tuning.tokens = 0;
    expect(caught(24)).toBe(true);
  }, 120_000);

  it('not the kept flags of the words a later word clears, several back, just past the range classified again', () => {
    // «lang og stabil yrkeserfaring»: «yrkeserfaring» clears «lang» three words back. An edit far enough before it puts
    // the end of the range classified again between the two, for some of the paddings.
    tuning.minChars = 0;
    /** The paddings where the analysis of the edited text, reusing the one before, differs from scratch. */
    const differing = () => {
      const out: number[] = [];
      for (let pad = 0; pad < 20; pad++) {
        const doc = `Han jobbet som snekker. Han sa ${'ja '.repeat(pad)}takk. Bruker har lang og stabil yrkeserfaring og gode ferdigheter.`;
        const edited = doc.replace('snekker.', 'snekker i Bodø.');
        forgetAnalyses();
        const want = drain(analyzeSteps(edited));
        forgetAnalyses();
        drain(analyzeSteps(doc));
        if (differences(drain(analyzeSteps(edited)), want).length) out.push(pad);
      }
      return out;
    };
    expect(differing()).toEqual([]);
    tuning.clearReach = 1;
    expect(differing().length).toBeGreaterThan(0);
  });

  it('not enough tokens around a change for a word read against a negation far back («ikke … i noen konsentrasjon»)', () => {
    // «noen» after a negation up to 14 words back is «any»; deleting the negation must reach it. Found by the random
    // edits (seed 18) once set 208's texts were in the documents: with 16 tokens, «noen» kept its old flags.
    tuning.minChars = 0;
    const doc = `Astma.\n\nYrkesastma med påvist sensibilisering. Skal ikke eksponeres for isocyanater (billakk, PU-skum, enkelte lim) i noen konsentrasjon, heller ikke med maske.`;
    const texts = [doc, doc.replace('Skal ikke eksponeres', 'Skal ke eksponeres'), doc];
    expect(firstDifference(texts, 'l40.5.6.1')).toBeNull();
    tuning.tokens = 16;
    expect(firstDifference(texts, 'l40.5.6.1')).not.toBeNull();
  });

  it('not the state carried in from the sentence before (a negated list heading)', () => {
    // A long list under a negated heading: the items far from it depend on it only through the carried state.
    const items = Array.from({ length: 30 }, (_, i) => `- løfte kasser nummer ${i} fra gulvet til bordet`).join('\n');
    const doc = `Pasienten har ryggsmerter.\nI nåværende arbeid kan han ikke:\n${items}\n`.repeat(2);
    const texts = [doc, doc.replace('kan han ikke:', 'kan han:'), doc];
    expect(firstDifference(texts, 'l40.5.1')).toBeNull();
    tuning.carried = false;
    expect(firstDifference(texts, 'l40.5.1')).not.toBeNull();
  });
});

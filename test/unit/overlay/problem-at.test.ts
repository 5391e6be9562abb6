import { describe, expect, it } from 'vitest';
import { lint } from '../../../lib/checks/lint.ts';
import { problemAt } from '../../../lib/overlay/keys.ts';

describe('problemAt (Ctrl+. at the caret)', () => {
  it('takes the narrowest problem that holds the caret, not the first listed', () => {
    const text = 'Pasienten kan ikke løfte tungt.';
    const shown = lint(text, 'l40.5.3').diagnostics;
    // The sentence names no work (the whole text) and has a vague phrase inside it.
    expect(shown.map((d) => d.rule)).toEqual(expect.arrayContaining(['no-work-relation', 'vague-quantity']));
    const caret = text.indexOf('tungt') + 2;
    expect(problemAt(shown, caret)?.rule).toBe('vague-quantity');
    expect(problemAt([...shown].reverse(), caret)?.rule).toBe('vague-quantity');
    // Outside the phrase, the sentence's problem.
    expect(problemAt(shown, 3)?.rule).toBe('no-work-relation');
    expect(problemAt([], 3)).toBeUndefined();
  });
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../../lib/checks/lint.ts';

// The engine is replaced by a stand-in whose cost grows with the text (it advances the test clock by 0.01 ms per
// character) and which flags every «tungt»: the test is about how often and in what pieces the overlay asks the
// engine, not about the engine (lib/checks has its own tests). Its stepwise form reads 8,000 characters a step.
const clock = { t: 0 };
const lintCalls: string[] = [];
/** Each step of the stepwise engine: the synchronous run (task) it was part of. */
const steps: { task: number }[] = [];
// A new synchronous run is one that starts after a microtask checkpoint (the end of the previous task).
const task = { n: 0, open: false };
const onStep: { fn?: (n: number) => void } = {};
vi.mock('../../../lib/checks/lint.ts', () => {
  const result = (text: string) => {
    const diagnostics: Diagnostic[] = [];
    for (let i = text.indexOf('tungt'); i >= 0; i = text.indexOf('tungt', i + 1))
      diagnostics.push({ rule: 'vague-quantity', severity: 'warning', message: 'Uklart', start: i, end: i + 5, why: '', source: '' });
    return { score: 50, dimensions: [], diagnostics };
  };
  return {
    isLintable: () => true,
    lint: (text: string) => {
      lintCalls.push(text);
      clock.t += text.length * 0.01;
      return result(text);
    },
    lintSteps: function* (text: string) {
      lintCalls.push(text);
      for (let i = 0; i < text.length; i += 8000) {
        if (!task.open) {
          task.n++;
          task.open = true;
          queueMicrotask(() => (task.open = false));
        }
        steps.push({ task: task.n });
        onStep.fn?.(steps.length);
        clock.t += Math.min(8000, text.length - i) * 0.01;
        yield;
      }
      return result(text);
    },
  };
});

const { Checker, diffRange, shiftDiagnostics } = await import('../../../lib/dom/checker.ts');
type RecognisedField = import('../../../lib/forms/locate.ts').RecognisedField;

function field(el: HTMLElement, key = 'l40.5.1'): RecognisedField {
  return {
    el,
    key,
    score: 1,
    field: { id: '5.1', label: '5.1', section: '5', kind: 'long', freeText: true, phrases: ['x'], names: [], asks: [], roles: [], functional: true },
  };
}

function setup(text: string) {
  document.body.innerHTML = '<textarea id="t"></textarea>';
  const el = document.getElementById('t') as HTMLTextAreaElement;
  el.value = text;
  const f = field(el);
  const updates: number[] = [];
  const checker = new Checker(
    document,
    (e) => (e === el || el.contains(e) ? f : undefined),
    { onUpdate: (_, c) => updates.push(c?.shown.length ?? -1) },
    { now: () => Date.now() + clock.t },
  );
  const detach = checker.attach();
  return { el, f, checker, detach, updates };
}

async function type(el: HTMLTextAreaElement, at: number, s: string) {
  el.value = el.value.slice(0, at) + s + el.value.slice(at);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await Promise.resolve();
}

const LONG = 'Pasienten kan ikke løfte tungt. '.repeat(2000); // 64,000 characters, 2,000 problems

// Every test starts with a fake clock at 0 and no engine calls recorded.
beforeEach(() => {
  vi.useFakeTimers();
  lintCalls.length = 0;
  steps.length = 0;
  clock.t = 0;
  onStep.fn = undefined;
});
afterEach(() => vi.useRealTimers());

describe('Checker: work per keystroke does not grow with the text', () => {
  it('does not run the engine on every keystroke in a long field; the problems move with the text until it does', async () => {
    const { el, f, checker, detach } = setup(LONG);
    checker.sync([f]); // first check: measures the engine (640 ms of test clock for 64,000 characters)
    await vi.runAllTimersAsync();
    lintCalls.length = 0;
    expect(el.getAttribute('data-skjemahjelp-issues')).toBe('2000');

    const at = LONG.length / 2 + 3; // inside «Pasienten» of a sentence in the middle
    for (let i = 0; i < 20; i++) {
      await type(el, at + i, 'x');
      await vi.advanceTimersByTimeAsync(50);
    }
    // Twenty keystrokes at typing pace: the engine has not run on any of them …
    expect(lintCalls).toHaveLength(0);
    const c = checker.checks.get(el)!;
    expect(c.pending).toBe(true);
    expect(c.shown).toHaveLength(2000);
    // … and every problem still points at its words in the new text.
    for (const d of c.shown) expect(el.value.slice(d.start, d.end)).toBe('tungt');
    expect(el.getAttribute('data-skjemahjelp-issues')).toBe('2000');

    // Typing pauses: the engine reads the current text once.
    await vi.advanceTimersByTimeAsync(1000);
    expect(lintCalls).toEqual([el.value]);
    expect(checker.checks.get(el)!.pending).toBeFalsy();
    detach();
  });

  it('runs the engine at least every maxWait while typing goes on', async () => {
    const { el, f, checker, detach } = setup(LONG);
    checker.sync([f]);
    await vi.runAllTimersAsync();
    lintCalls.length = 0;
    for (let i = 0; i < 60; i++) {
      await type(el, 10 + i, 'y');
      await vi.advanceTimersByTimeAsync(100); // 6 s of typing without a pause of 300 ms
    }
    expect(lintCalls.length).toBeGreaterThanOrEqual(3);
    expect(lintCalls.length).toBeLessThanOrEqual(5);
    detach();
  });

  it('drops a problem the edit touches and keeps the others', async () => {
    const { el, f, checker, detach } = setup(LONG);
    checker.sync([f]);
    await vi.runAllTimersAsync();
    const first = checker.checks.get(el)!.shown[0]!;
    await type(el, first.start + 2, 'zz'); // «tuzzngt»
    const c = checker.checks.get(el)!;
    expect(c.shown).toHaveLength(1999);
    expect(c.shown.some((d) => d.start <= first.start + 2 && d.end > first.start + 2)).toBe(false);
    detach();
  });

  it('checks a short field on the keystroke itself', async () => {
    const { el, f, checker, detach } = setup('Kan ikke løfte');
    checker.sync([f]);
    lintCalls.length = 0;
    await type(el, el.value.length, ' tungt');
    expect(lintCalls).toEqual(['Kan ikke løfte tungt']);
    expect(el.getAttribute('data-skjemahjelp-issues')).toBe('1');
    detach();
  });

  it('does not check a re-rendered field with the same text again', async () => {
    const { el, f, checker, detach } = setup(LONG);
    checker.sync([f]);
    await vi.runAllTimersAsync();
    lintCalls.length = 0;
    const copy = el.cloneNode() as HTMLTextAreaElement;
    copy.value = el.value;
    el.replaceWith(copy);
    checker.sync([field(copy)]);
    await vi.runAllTimersAsync();
    expect(lintCalls).toHaveLength(0);
    expect(copy.getAttribute('data-skjemahjelp-issues')).toBe('2000');
    detach();
  });
});

describe('Checker: a long text is read in slices, and the page gets its turn between them', () => {
  it('spreads the engine over several tasks, none much longer than a slice', async () => {
    const { el, f, checker, detach } = setup(LONG);
    checker.sync([f]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(el.getAttribute('data-skjemahjelp-issues')).toBe('2000');
    // 64,000 characters cost 640 ms of engine time: a single task before; now one step (80 ms) per slice of 8 ms.
    const tasks = new Set(steps.map((s) => s.task));
    expect(steps).toHaveLength(8);
    expect(tasks.size).toBe(8);
    detach();
  });

  it('shows a result that finished after the user typed on, moved with the edit, and checks the new text', async () => {
    const { el, f, checker, detach } = setup(LONG);
    checker.sync([f]);
    // Between the third and the fourth slice of the first read, the user types before every problem.
    onStep.fn = (n) => n === 3 && queueMicrotask(() => void type(el, 0, 'Ny innledning. '));
    await vi.advanceTimersByTimeAsync(400); // the first read finishes; the check of the new text waits for a pause
    expect(lintCalls).toEqual([LONG]);
    const c = checker.checks.get(el)!;
    expect(c.text).toBe(el.value);
    expect(c.pending).toBe(true);
    expect(c.shown).toHaveLength(2000);
    for (const d of c.shown) expect(el.value.slice(d.start, d.end)).toBe('tungt');
    onStep.fn = undefined;
    await vi.advanceTimersByTimeAsync(2000);
    expect(lintCalls).toEqual([LONG, el.value]);
    expect(checker.checks.get(el)!.pending).toBeFalsy();
    detach();
  });
});

describe('diffRange / shiftDiagnostics', () => {
  it('finds the edited range and moves spans after it', () => {
    expect(diffRange('abcdef', 'abXYcdef')).toEqual({ start: 2, end: 2, delta: 2 });
    expect(diffRange('abcdef', 'abef')).toEqual({ start: 2, end: 4, delta: -2 });
    const d = (start: number, end: number): Diagnostic => ({
      rule: 'r',
      severity: 'warning',
      message: '',
      start,
      end,
      why: '',
      source: '',
      fixes: [{ title: '', start, end, replacement: 'x' }],
    });
    const moved = shiftDiagnostics([d(0, 2), d(1, 3), d(4, 6)], { start: 2, end: 4, delta: -2 });
    expect(moved.map((x) => [x.start, x.end, x.fixes![0]!.start])).toEqual([
      [0, 2, 0],
      [2, 4, 2],
    ]);
  });
});

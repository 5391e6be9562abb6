// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { installKeyGuard, type KeyGuard } from '../../../lib/overlay/keyguard.ts';

/**
 * The key guard in a DOM: keys inside our shadow roots and the field keys we take never reach a page listener
 * registered on window in the capture phase after the guard (a page script runs after a document_start
 * content script); the root's router gets the original event with the focused element.
 */
const trusted = <T extends Event>(e: T): T => {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
};
const key = (type: string, init: KeyboardEventInit) => trusted(new KeyboardEvent(type, { bubbles: true, cancelable: true, composed: true, ...init }));

let guard: KeyGuard;
const seen: string[] = [];
let host: HTMLElement;
let input: HTMLInputElement;
let field: HTMLTextAreaElement;
const inner: string[] = [];
let off: () => void;

beforeAll(() => {
  // As on a real page: the guard first (document_start), the page's own capture listener after it.
  guard = installKeyGuard(window as unknown as Window & typeof globalThis);
  for (const t of ['keydown', 'keyup', 'input']) window.addEventListener(t, (e) => seen.push(`${t}:${(e as KeyboardEvent).key ?? ''}`), true);
});

beforeEach(() => {
  document.body.innerHTML = '';
  seen.length = 0;
  inner.length = 0;
  guard.setFieldKeys(null);
  field = document.createElement('textarea');
  host = document.createElement('skjemahjelp-palette');
  const root = host.attachShadow({ mode: 'closed' });
  input = document.createElement('input');
  root.append(input);
  document.body.append(field, host);
  off = guard.addRoot(host, root, (e, target) => {
    inner.push(`${e.type}:${(e as KeyboardEvent).key ?? ''}:${e.isTrusted}:${target === input}`);
    if ((e as KeyboardEvent).key === 'Enter') e.preventDefault();
  });
  input.focus();
});
afterEach(() => off());

describe('key guard', () => {
  it("stops keys in our UI before the page's capture listener and forwards them inside the root", () => {
    const down = key('keydown', { key: 'ArrowDown' });
    input.dispatchEvent(down);
    input.dispatchEvent(key('keyup', { key: 'ArrowDown' }));
    input.dispatchEvent(trusted(new InputEvent('input', { bubbles: true, composed: true, data: 'a', inputType: 'insertText' })));
    expect(seen).toEqual([]);
    expect(inner).toEqual(['keydown:ArrowDown:true:true', 'input::true:true']);
    expect(down.defaultPrevented).toBe(false);
  });

  it('our handler gets the original event, so its preventDefault holds', () => {
    const enter = key('keydown', { key: 'Enter' });
    input.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
  });

  it('consumes the keyup of a key taken in our UI after focus went back to the page', () => {
    input.dispatchEvent(key('keydown', { key: 'Escape', code: 'Escape' }));
    field.focus();
    field.dispatchEvent(key('keyup', { key: 'Escape', code: 'Escape' }));
    field.dispatchEvent(key('keyup', { key: 'Escape', code: 'Escape' }));
    // Only the one keyup that belonged to our keydown is hidden.
    expect(seen).toEqual(['keyup:Escape']);
  });

  it('does not act on synthetic events aimed at our UI (and does not let them through either)', () => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(inner).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('field keys: taken ones (and their keyup) never reach the page, others do', () => {
    guard.setFieldKeys((e) => e.key === 'F8');
    field.focus();
    const f8 = key('keydown', { key: 'F8', code: 'F8' });
    field.dispatchEvent(f8);
    field.dispatchEvent(key('keyup', { key: 'F8', code: 'F8' }));
    field.dispatchEvent(key('keydown', { key: 'a', code: 'KeyA' }));
    expect(f8.defaultPrevented).toBe(true);
    expect(seen).toEqual(['keydown:a']);
    // Untrusted keys are never taken.
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'F8', bubbles: true }));
    expect(seen).toEqual(['keydown:a', 'keydown:F8']);
  });

  it('is installed once per world and forgets a removed root', () => {
    expect(installKeyGuard(window as unknown as Window & typeof globalThis)).toBe(guard);
    const other = document.createElement('div');
    const root = other.attachShadow({ mode: 'open' });
    const b = document.createElement('button');
    root.append(b);
    document.body.append(other);
    const offOther = guard.addRoot(other, root, () => undefined);
    b.focus();
    b.dispatchEvent(key('keydown', { key: 'x' }));
    offOther();
    b.dispatchEvent(key('keydown', { key: 'y' }));
    expect(seen).toEqual(['keydown:y']);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fromUser, guardRoot } from '../../../lib/dom/events.ts';
import { KeyController } from '../../../lib/overlay/keys.ts';
import { OverlayStore } from '../../../lib/overlay/store.ts';

/** A page script's event: browsers mark it isTrusted=false (happy-dom has no flag, so the test sets it). */
function madeUp<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: false });
  return e;
}
function real<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

describe('only the user acts (issue 13, finding 1)', () => {
  it('a guarded shadow root stops made-up clicks and keys before any handler, and lets real ones through', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    root.append(button);
    const acted: string[] = [];
    button.addEventListener('click', () => acted.push('click'));
    button.addEventListener('keydown', () => acted.push('keydown'));
    guardRoot(root);
    button.dispatchEvent(madeUp(new MouseEvent('click', { bubbles: true, composed: true })));
    button.dispatchEvent(madeUp(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })));
    expect(acted).toEqual([]);
    button.dispatchEvent(real(new MouseEvent('click', { bubbles: true, composed: true })));
    button.dispatchEvent(real(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(acted).toEqual(['click', 'keydown']);
    host.remove();
  });

  it('made-up F8 and Ctrl+. in a field do nothing; real ones are handled', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const el = document.getElementById('t') as HTMLTextAreaElement;
    const store = new OverlayStore();
    let asked = 0;
    const keys = new KeyController({
      store,
      fieldFor: (x) => (x === el ? ({ el, key: 'l40.5.1' } as never) : undefined),
      checkFor: () => {
        asked++;
        return undefined;
      },
      anchorFor: () => ({ left: 0, top: 0, width: 0, height: 0 }),
      remember: () => undefined,
      announce: () => undefined,
    });
    // onKeyDown answers whether the key was ours (the key guard then consumes it).
    const press = (e: KeyboardEvent) => {
      let ours = false;
      el.addEventListener('keydown', (ev) => (ours = keys.onKeyDown(ev as KeyboardEvent)), { once: true });
      el.dispatchEvent(e);
      return ours;
    };
    expect(press(madeUp(new KeyboardEvent('keydown', { key: '.', ctrlKey: true, bubbles: true, cancelable: true })))).toBe(false);
    expect(press(madeUp(new KeyboardEvent('keydown', { key: 'F8', bubbles: true, cancelable: true })))).toBe(false);
    expect(asked).toBe(0);
    expect(press(real(new KeyboardEvent('keydown', { key: '.', ctrlKey: true, bubbles: true, cancelable: true })))).toBe(true);
  });

  it('fromUser: only an explicit false is a page script', () => {
    expect(fromUser(madeUp(new Event('x')))).toBe(false);
    expect(fromUser(real(new Event('x')))).toBe(true);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ContentScriptContext } from '../../../lib/overlay/context.ts';

/**
 * Issue 13, finding 1: a page switched the content script off by replaying WXT's «content-script-started»
 * announcement, and learnt the extension id from it. The context that replaces WXT's neither announces nor
 * listens; only the extension going away ends it.
 */
const ID = 'ibodejblpamigbhclmengkckohgeopbd';
const TYPE = `${ID}:content:wxt:content-script-started`;

function replay() {
  // Both forms WXT 0.20 uses: a DOM event on document and a window message.
  document.dispatchEvent(new CustomEvent(TYPE, { detail: { contentScriptName: 'content', messageId: 'page' } }));
  window.postMessage({ type: TYPE, contentScriptName: 'content', messageId: 'page' }, '*');
}

describe('content-script context', () => {
  it('a page replaying the start announcement does not end it', async () => {
    const ctx = new ContentScriptContext('content', {}, () => true);
    let ended = 0;
    ctx.onInvalidated(() => ended++);
    replay();
    await new Promise((r) => setTimeout(r, 20));
    expect(ended).toBe(0);
    expect(ctx.isValid).toBe(true);
  });

  it('says nothing to the page when it starts', async () => {
    const seen: unknown[] = [];
    const onMessage = (e: MessageEvent) => seen.push(e.data);
    window.addEventListener('message', onMessage);
    const spy = document.dispatchEvent.bind(document);
    const dispatched: string[] = [];
    document.dispatchEvent = (e: Event) => {
      dispatched.push(e.type);
      return spy(e);
    };
    new ContentScriptContext('content', {}, () => true);
    await new Promise((r) => setTimeout(r, 20));
    document.dispatchEvent = spy;
    window.removeEventListener('message', onMessage);
    expect(seen).toEqual([]);
    expect(dispatched).toEqual([]);
  });

  it('ends when the extension is gone, and then removes its listeners and timers', async () => {
    let alive = true;
    const ctx = new ContentScriptContext('content', {}, () => alive);
    let clicks = 0;
    ctx.addEventListener(document, 'click', () => clicks++);
    let ticks = 0;
    ctx.setInterval(() => ticks++, 5);
    document.dispatchEvent(new Event('click'));
    alive = false;
    expect(ctx.isValid).toBe(false);
    document.dispatchEvent(new Event('click'));
    const t = ticks;
    await new Promise((r) => setTimeout(r, 30));
    expect(clicks).toBe(1);
    expect(ticks).toBe(t);
  });
});

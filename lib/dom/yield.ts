/**
 * Continuations in a new task right after the page's pending work: a MessageChannel message (no timer clamping),
 * with a timer as a safety net should a browser not deliver it to a content script's handler. Each continuation
 * runs once, whichever comes first.
 */
export class PageYield {
  private channel: MessageChannel | undefined;
  private readonly queue: (() => void)[] = [];

  constructor(private readonly doc: Document) {}

  soon(fn: () => void): void {
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      fn();
    };
    const win = this.doc.defaultView;
    if (!this.channel && win && typeof win.MessageChannel === 'function') {
      this.channel = new win.MessageChannel();
      this.channel.port1.onmessage = () => this.queue.shift()?.();
    }
    // One message per continuation, delivered in order: message k runs continuation k (or nothing if its timer
    // already did).
    if (this.channel) {
      this.queue.push(run);
      this.channel.port2.postMessage(0);
    }
    setTimeout(run, this.channel ? 50 : 0);
  }

  close(): void {
    if (this.channel) this.channel.port1.onmessage = null;
    this.queue.length = 0;
  }
}

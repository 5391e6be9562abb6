import type { Recognition, RecognisedField } from '../../lib/forms/locate.ts';

export interface OverlayState {
  recognition: Recognition | null;
  /** The recognised field the user is working in (kept while focus is inside our own UI). */
  active: RecognisedField | null;
  cardOpen: boolean;
}

/** Minimal observable state shared by the content-script wiring and the Preact overlay. */
export class OverlayStore {
  private state: OverlayState = { recognition: null, active: null, cardOpen: false };
  private readonly listeners = new Set<(s: OverlayState) => void>();

  get(): OverlayState {
    return this.state;
  }

  set(patch: Partial<OverlayState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }

  subscribe(fn: (s: OverlayState) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

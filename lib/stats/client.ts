import type { FormId } from '../forms/schema.ts';
import { STATS_EVENTS, type Message } from '../messaging/protocol.ts';

/**
 * What the content script reports. Only ids, never text, never a URL, never a person: the background adds
 * the day and keeps daily aggregates. (Schema, validation and storage: lib/stats/*, background.)
 */
export type StatsEvent =
  | { kind: 'form_recognised'; form: FormId }
  | { kind: 'field_assisted'; form: FormId; field: string }
  | { kind: 'problem_shown'; form: FormId; field: string; rule: string }
  | { kind: 'problem_resolved'; form: FormId; field: string; rule: string }
  | { kind: 'fix_applied'; form: FormId; field: string; rule: string }
  | { kind: 'score_on_leave'; form: FormId; field: string; score: number }
  | { kind: 'guidance_opened'; form: FormId; field: string }
  | { kind: 'yrke_searched'; form: FormId | null }
  | { kind: 'yrke_inserted'; form: FormId | null; field: string | null; code: string };

export const STATS_MESSAGE = STATS_EVENTS;
export type StatsMessage = Message<typeof STATS_EVENTS>;

export interface StatsClient {
  track(e: StatsEvent): void;
  flush(): void;
}

/**
 * Batches events and sends them to the background; once-per-page events (a form recognised, a field assisted,
 * a problem shown) are deduplicated here so re-renders and re-focus do not inflate counts.
 */
export function createStatsClient(send: (m: StatsMessage) => unknown, delayMs = 1500): StatsClient {
  let queue: StatsEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const once = new Set<string>();
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (queue.length === 0) return;
    const events = queue;
    queue = [];
    try {
      void Promise.resolve(send({ type: STATS_MESSAGE, events })).catch(() => undefined);
    } catch {
      // The extension was reloaded under the page; statistics are best-effort.
    }
  };
  return {
    track(e) {
      if (e.kind === 'form_recognised' || e.kind === 'field_assisted' || e.kind === 'problem_shown' || e.kind === 'guidance_opened') {
        const key = JSON.stringify(e);
        if (once.has(key)) return;
        once.add(key);
      }
      queue.push(e);
      timer ??= setTimeout(flush, delayMs);
    },
    flush,
  };
}

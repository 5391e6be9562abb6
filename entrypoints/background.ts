import { StatsDb } from '../lib/stats/db.ts';
import { ingestMessage } from '../lib/stats/ingest.ts';
import { readPolicy } from '../lib/stats/policy.ts';
import { STATS_MESSAGE } from '../lib/stats/client.ts';

export default defineBackground(() => {
  let db: StatsDb | undefined;
  // Writes are chained so batches from several tabs are added one after another.
  let queue: Promise<unknown> = Promise.resolve();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if ((message as { type?: unknown } | null)?.type !== STATS_MESSAGE) return undefined;
    db ??= new StatsDb();
    const open = db;
    const job = queue.then(async () => {
      const policy = await readPolicy(() => browser.storage.managed.get());
      const r = await ingestMessage(open, message, policy);
      return { ok: r !== null };
    });
    queue = job.catch(() => undefined);
    return job.catch(() => ({ ok: false }));
  });
});

import { render } from 'preact';
import { StatsApp, checkOnMainThread, type CheckFile } from '../../components/stats/StatsApp.tsx';
import { StatsDb } from '../../lib/stats/db.ts';
import type { ImportCheck } from '../../lib/stats/transfer.ts';
import { POLICY_CACHE_KEY, readPolicyWithin } from '../../lib/stats/policy.ts';
import ImportWorker from './import-worker.ts?worker';
import './style.css';

// stats.html is an extension page, so this database is the extension origin's — the one the service worker writes.
const db = new StatsDb();

/** Each file is read and checked in its own worker (import-worker.ts); the page only stores the result. */
const checkInWorker: CheckFile = (file, opts) =>
  new Promise<ImportCheck>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new ImportWorker();
    } catch {
      // No worker (should not happen in an extension page): check here rather than refuse the import.
      resolve(checkOnMainThread(file, opts));
      return;
    }
    worker.onmessage = (e: MessageEvent<{ progress?: number; result?: ImportCheck }>) => {
      if (e.data.result) {
        worker.terminate();
        resolve(e.data.result);
      } else if (typeof e.data.progress === 'number') opts.onProgress?.(e.data.progress);
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new Error('worker'));
    };
    worker.postMessage({ file, today: opts.today, retentionDays: opts.retentionDays });
  });

// The managed area can stay unanswered for a while after start-up: never let the page wait for it.
const getPolicy = async () =>
  (await readPolicyWithin({
    managed: () => browser.storage.managed.get(),
    readCache: async () => (await browser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY],
    writeCache: (p) => browser.storage.local.set({ [POLICY_CACHE_KEY]: p }),
  })) ?? {};

render(<StatsApp db={db} getPolicy={getPolicy} checkFile={checkInWorker} />, document.getElementById('app')!);

/// <reference lib="webworker" />
/**
 * Reads and checks one team member's export off the page's thread, so a large file cannot freeze stats.html;
 * reports progress while it checks the rows. Started from main.tsx with `new Worker(new URL(…))` (Vite bundles
 * it as a separate file of the extension). Writes nothing: the page stores the checked result.
 */
import { checkImport } from '../../lib/stats/transfer.ts';

export interface CheckRequest {
  file: Blob;
  today: string;
  retentionDays: number;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (e: MessageEvent<CheckRequest>) => {
  const { file, today, retentionDays } = e.data;
  try {
    const result = await checkImport(await file.text(), { today, retentionDays, onProgress: (progress) => scope.postMessage({ progress }) });
    // The packed counts are one typed array: hand its buffer over instead of copying it.
    scope.postMessage({ result }, result.ok ? [result.file.rows.cells.buffer] : []);
  } catch {
    scope.postMessage({ result: { ok: false, errors: ['Filen kunne ikke leses. Prøv igjen.'] } });
  }
};

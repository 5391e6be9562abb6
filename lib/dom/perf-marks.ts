/**
 * Timings for the content-script benchmark (bench/content), as entries in the page's performance timeline.
 * That timeline belongs to the page: every site could read «skjemahjelp:*» entries and learn that the extension
 * is installed. So they exist only in a build made with WXT_PERF_MARKS=1 (npm run bench:content); in every
 * other build this is a constant false and the calls are removed.
 */
export const PERF_MARKS: boolean = import.meta.env.WXT_PERF_MARKS === '1';

export function measure(name: string, start: number): void {
  if (PERF_MARKS) performance.measure?.(name, { start, end: performance.now() });
}

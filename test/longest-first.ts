/**
 * A test sequencer that starts the longest files first. Vitest orders files by the durations it cached on an earlier
 * run, and on a fresh clone (CI) by file size — which put three of the longest e2e files (small files that loop over
 * fixtures) last, so one worker ran on alone for minutes. Known long files go first, by the seconds they took on the
 * 2-core reference machine; a stale figure only changes the order, never a result.
 */
import { basename } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export function longestFirst(seconds: Record<string, number>): typeof BaseSequencer {
  return class LongestFirst extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      const weight = (f: TestSpecification) => seconds[basename(f.moduleId)] ?? 0;
      // Array.prototype.sort is stable: files of no known length keep Vitest's own order after the long ones.
      const base = await super.sort(files);
      return [...base].sort((a, b) => weight(b) - weight(a));
    }
  };
}

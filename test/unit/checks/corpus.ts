import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The labelled checks corpus (test/corpus/checks), for tests that run a reader over every text. */
export const CORPUS_DIR = join(import.meta.dirname, '../../corpus/checks');

export interface LabelledText {
  id: string;
  field: string;
  text: string;
  lang: string;
}

/** Every text of the named parts, file by file. */
export function labelledTexts(sets: readonly ('dev' | 'blind')[]): LabelledText[] {
  const out: LabelledText[] = [];
  for (const set of sets)
    for (const f of readdirSync(join(CORPUS_DIR, set)).filter((x) => x.endsWith('.jsonl')))
      for (const l of readFileSync(join(CORPUS_DIR, set, f), 'utf8')
        .split('\n')
        .filter(Boolean))
        out.push(JSON.parse(l));
  return out;
}

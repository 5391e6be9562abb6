import { createSearcher, loadCatalogue } from '../../../lib/catalogue/search.ts';

/** The search over the real catalogue, for the tests of each blind set's classes. */
export const real = createSearcher(loadCatalogue());
/** The codes of the first n hits. */
export const top = (q: string, n = 3) => real.search(q, n).map((h) => h.code);
/** The code of the first hit. */
export const first = (q: string) => real.search(q, 1)[0]?.code;

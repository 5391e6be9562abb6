import { z } from 'zod';
import { FUNCTION_AREAS, type FunctionArea } from '../checks/areas.ts';
import { SourceEntrySchema, WORK_CONDITIONS, type WorkCondition } from './source-schema.ts';

/**
 * Shape of the committed, built catalogue (lib/catalogue/data/catalogue.json), written by
 * scripts/build-catalogue.ts. SSB/NAV facts are always present; the hand-written Norwegian content is
 * optional per entry so the product still works (titles, codes) while some major groups are unwritten —
 * `CompleteEntrySchema` is the strict form the completeness test demands of every entry.
 */
const Rated = z.object({ level: z.number().int().min(0).max(3), reason: z.string().min(8) });

export const CatalogueEntrySchema = z.object({
  code: z.string().regex(/^\d{4}$/),
  title: z.string().min(2),
  navTitle: z.string().min(2),
  category: z.tuple([z.string(), z.string()]),
  description: z.string().optional(),
  tasks: z.array(z.string()).optional(),
  education: z.string().optional(),
  skillLevel: z.number().int().min(1).max(4).optional(),
  demands: z.object(Object.fromEntries(FUNCTION_AREAS.map((a) => [a, Rated])) as Record<FunctionArea, typeof Rated>).optional(),
  conditions: z.object(Object.fromEntries(WORK_CONDITIONS.map((c) => [c, Rated])) as Record<WorkCondition, typeof Rated>).optional(),
  synonyms: z.array(z.string()),
  /** Titles in other languages, «pl: spawacz» (source-schema.ts, `foreignTitles`): searched, not shown as synonyms. */
  foreignTitles: z.array(z.string()).optional(),
  /** What people in the group do, as `verbs: objects` rules read by the activity reader (activity.ts). */
  activities: z.array(z.string()).optional(),
  /** How common the occupation is, 0 (rare) – 4 (very common): a documented prior that breaks ranking ties. */
  prior: z.number().int().min(0).max(4).optional(),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema>;

export const CompleteEntrySchema = CatalogueEntrySchema.extend({
  description: SourceEntrySchema.shape.description,
  tasks: SourceEntrySchema.shape.tasks,
  education: SourceEntrySchema.shape.education,
  skillLevel: SourceEntrySchema.shape.skillLevel,
  demands: SourceEntrySchema.shape.demands,
  conditions: SourceEntrySchema.shape.conditions,
  synonyms: SourceEntrySchema.shape.synonyms,
});

export const CatalogueSchema = z.object({
  version: z.literal(1),
  attribution: z.string().min(50),
  derivation: z.string().min(50),
  /** Names of the major (1 digit), sub-major (2) and minor (3 digit) groups, for showing parents. */
  groups: z.record(z.string().regex(/^\d{1,3}$/), z.string()),
  /** Unit groups whose hand-written content was missing when the catalogue was built. */
  missing: z.array(z.string()),
  entries: z.array(CatalogueEntrySchema),
});
export type Catalogue = z.infer<typeof CatalogueSchema>;

export type Rating = z.infer<typeof Rated>;

/**
 * On-disk form of the catalogue (lib/catalogue/data/catalogue.json), kept lean because the palette loads
 * it: ratings are `[level, reason]` pairs and `navTitle` is left out when it equals the SSB title.
 * `expandCatalogue` turns it into `Catalogue`; `compactCatalogue` is the inverse used by the build.
 */
const StoredRated = z.tuple([z.number().int().min(0).max(3), z.string().min(8)]);
const StoredEntrySchema = CatalogueEntrySchema.omit({ navTitle: true, demands: true, conditions: true }).extend({
  navTitle: z.string().min(2).optional(),
  demands: z.record(z.enum(FUNCTION_AREAS), StoredRated).optional(),
  conditions: z.record(z.enum(WORK_CONDITIONS), StoredRated).optional(),
});
export const StoredCatalogueSchema = CatalogueSchema.omit({ entries: true }).extend({ entries: z.array(StoredEntrySchema) });
export type StoredCatalogue = z.infer<typeof StoredCatalogueSchema>;

const toPairs = <K extends string>(o: Record<K, Rating> | undefined) =>
  o && (Object.fromEntries(Object.entries<Rating>(o).map(([k, r]) => [k, [r.level, r.reason]])) as Record<K, [number, string]>);
const fromPairs = <K extends string>(o: Partial<Record<K, [number, string]>> | undefined) =>
  o &&
  (Object.fromEntries(
    Object.entries(o).map(([k, v]) => {
      const [level, reason] = v as [number, string];
      return [k, { level, reason }];
    }),
  ) as Record<K, Rating>);

export function compactCatalogue(c: Catalogue): StoredCatalogue {
  return {
    ...c,
    entries: c.entries.map(({ navTitle, demands, conditions, ...e }) => ({
      ...e,
      ...(navTitle !== e.title ? { navTitle } : {}),
      ...(demands ? { demands: toPairs(demands) } : {}),
      ...(conditions ? { conditions: toPairs(conditions) } : {}),
    })),
  };
}

export function expandCatalogue(s: StoredCatalogue): Catalogue {
  return {
    ...s,
    entries: s.entries.map(({ navTitle, demands, conditions, ...e }) => ({
      ...e,
      navTitle: navTitle ?? e.title,
      ...(demands ? { demands: fromPairs(demands) as CatalogueEntry['demands'] } : {}),
      ...(conditions ? { conditions: fromPairs(conditions) as CatalogueEntry['conditions'] } : {}),
    })),
  };
}

/** Names of the 1-, 2- and 3-digit groups above a unit group, broadest first. */
export function parentNames(catalogue: Catalogue, code: string): string[] {
  return [1, 2, 3].map((n) => catalogue.groups[code.slice(0, n)]).filter((s): s is string => !!s);
}

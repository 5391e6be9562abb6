import { z } from 'zod';
import { FUNCTION_AREAS } from '../checks/areas.ts';

/**
 * Hand-written Norwegian content per STYRK-08 unit group, kept in scripts/catalogue-src/major-<d>.json and
 * merged with SSB/NAV data by scripts/build-catalogue.ts. Demand levels are the project's indicative
 * judgement from the group's typical tasks (0 = hardly any demand, 3 = high/decisive demand).
 */
export const WORK_CONDITIONS = ['shift', 'outdoor', 'noise', 'heights', 'driving', 'alone', 'customer'] as const;
export type WorkCondition = (typeof WORK_CONDITIONS)[number];

export const CONDITION_LABELS: Record<WorkCondition, string> = {
  shift: 'Skift/turnus/natt',
  outdoor: 'Utendørs/kulde',
  noise: 'Støy',
  heights: 'Arbeid i høyden',
  driving: 'Bilkjøring/førerkort',
  alone: 'Alenearbeid',
  customer: 'Kundekontakt',
};

/**
 * Languages of the titles in `foreignTitles`, as ISO 639-1 codes, with the Norwegian name shown beside a hit
 * («spawacz (polsk)»): the languages of the largest groups of workers in Norway who write a home-country title in
 * Latin letters (Somali too), and Northern Sámi and Finnish, written in the north.
 */
export const FOREIGN_LANGUAGES = {
  pl: 'polsk',
  lt: 'litauisk',
  lv: 'latvisk',
  uk: 'ukrainsk',
  ru: 'russisk',
  ro: 'rumensk',
  sv: 'svensk',
  de: 'tysk',
  es: 'spansk',
  pt: 'portugisisk',
  ar: 'arabisk',
  so: 'somali',
  // Northern Sámi and Finnish (also the Finnish and Kven loans of the north): titles people in Finnmark and Troms
  // write in the language they work in («boazodoalli», «oahpaheaddji», «poromies»).
  se: 'nordsamisk',
  fi: 'finsk',
  // The languages of the largest groups who came to Norway as refugees or for work, as they type them in Latin
  // letters (Vietnamese with its diacritics, which folding drops): «aşçı», «ashpaz», «bawarchi», «đầu bếp».
  tr: 'tyrkisk',
  fa: 'persisk',
  ur: 'urdu',
  ku: 'kurdisk',
  vi: 'vietnamesisk',
  ti: 'tigrinja',
} as const;
export type ForeignLanguage = keyof typeof FOREIGN_LANGUAGES;
const LANG = `(?:${Object.keys(FOREIGN_LANGUAGES).join('|')})`;
/**
 * «pl: spawacz», «uk/ru: medsestra»: language codes (several when the languages write the title alike), a colon and the
 * title in Latin letters (Cyrillic and Arabic transliterated as people type them).
 */
export const FOREIGN_TITLE = new RegExp(`^(${LANG}(?:/${LANG})*): (\\S.{1,58})$`);

/** The languages and the title of a `foreignTitles` string, or null when it has not that form. */
export function parseForeignTitle(s: string): { langs: ForeignLanguage[]; title: string } | null {
  const m = FOREIGN_TITLE.exec(s);
  return m ? { langs: m[1]!.split('/') as ForeignLanguage[], title: m[2]! } : null;
}

/** How a foreign title is shown: «spawacz (polsk)», «medsestra (ukrainsk/russisk)». */
export function showForeignTitle(s: string): string | null {
  const p = parseForeignTitle(s);
  return p && `${p.title} (${p.langs.map((l) => FOREIGN_LANGUAGES[l]).join('/')})`;
}

const Level = z.number().int().min(0).max(3);
const Rated = z.object({ level: Level, reason: z.string().min(8).max(220) });

export const SourceEntrySchema = z.object({
  code: z.string().regex(/^\d{4}$/),
  description: z.string().min(60).max(700),
  tasks: z.array(z.string().min(10).max(200)).min(4).max(8),
  education: z.string().min(10).max(300),
  skillLevel: z.number().int().min(1).max(4),
  demands: z.object(Object.fromEntries(FUNCTION_AREAS.map((a) => [a, Rated])) as Record<(typeof FUNCTION_AREAS)[number], typeof Rated>),
  conditions: z.object(Object.fromEntries(WORK_CONDITIONS.map((c) => [c, Rated])) as Record<WorkCondition, typeof Rated>),
  synonyms: z.array(z.string().min(2).max(60)).min(3),
  /**
   * The group's most common titles in the languages of the largest groups of foreign workers in Norway, written in
   * Latin letters as they type them (`pl: spawacz`, `uk: likar`, `ru: bukhgalter`): matched like synonyms and shown
   * with the language («spawacz (polsk)»), kept apart from the Norwegian synonyms.
   */
  foreignTitles: z.array(z.string().regex(FOREIGN_TITLE)).optional(),
  /**
   * What people in the group do, read by the activity reader (lib/catalogue/activity.ts): `verbs: objects`
   * (`kjøre: truck gaffeltruck`), `*: workplace` when the place alone names the job, `verb:` when the verb does.
   */
  activities: z.array(z.string().min(3).max(400)).min(1).optional(),
});
export type SourceEntry = z.infer<typeof SourceEntrySchema>;

export const SourceFileSchema = z.array(SourceEntrySchema);

/**
 * scripts/catalogue-src/prior.json: how common each occupation is (0 rare – 4 very common), a documented
 * judgement used only to break ranking ties; groups not listed get `default`.
 */
export const PriorFileSchema = z.object({
  about: z.string().min(50),
  default: z.number().int().min(0).max(4),
  classes: z.record(z.string().regex(/^[0-4]$/), z.array(z.string().regex(/^\d{4}$/))),
});

import { z } from 'zod';

export const FORM_IDS = ['l40', 'l1', 'aev'] as const;
export type FormId = (typeof FORM_IDS)[number];

/**
 * What a free-text field asks the writer for: its profile. The checks engine's rules are predicates over the
 * text's analysis ("this field asks for X and the text lacks it"), so a new field never means new rule code.
 * - function: how function is limited — every limitation needs a measure; symptoms alone or a verdict
 *   instead of function are problems; nothing the person can do is noted (info)
 * - capacity: explicitly asks what the person can do / manage (missing → warning)
 * - tasks: the tasks of the current job the person cannot do (a concrete task must be named)
 * - job: the type of work and its demands
 * - work: should be tied to work tasks or occupations (missing → info)
 * - participation: asks whether treatment or the course of the illness is expected to change how much the person can
 *   work («… om dette forventes å påvirke muligheten for økt arbeidsdeltakelse»): nothing about work → warning
 *   (no-participation)
 * - time: asks for a time perspective or prognosis with a time (missing → warning)
 * - prognosis: a duration or prognosis is expected, not asked (missing → info)
 * - reasons: a conclusion must carry its reasons (AEV assessment, innsatsbehov)
 * - treatment: treatment or investigation plan
 * - occupations: the occupations or kinds of work that are realistic (AEV «Aktuelle yrker»): at least one named
 * - summary: medical history, symptoms and findings (no function rules)
 * - aev: a whole arbeidsevnevurdering in one field (the Huskeliste reads its parts from this text)
 */
export const ASKS = [
  'function',
  'capacity',
  'tasks',
  'job',
  'work',
  'participation',
  'time',
  'prognosis',
  'reasons',
  'treatment',
  'occupations',
  'summary',
  'aev',
] as const;
export type Ask = (typeof ASKS)[number];

/**
 * What other parts of the product use a field for.
 * - limitations: documents the person's function; the yrke palette compares a job's demands with it
 * - yrke-insert: where the palette's yrke description goes by default
 * - yrke: the short field naming the person's occupation
 */
export const ROLES = ['limitations', 'yrke-insert', 'yrke'] as const;
export type Role = (typeof ROLES)[number];

export const FieldDefSchema = z.object({
  /** Stable id within the form. L40/L1 use the official numbering ("5.1", "5.6.1"). */
  id: z.string().regex(/^[a-z0-9][a-z0-9.]*$/),
  /** Official label (bokmål) as shown on the form. */
  label: z.string().min(2),
  /** Section id this field belongs to (for grouping and context matching). */
  section: z.string(),
  /** Official number printed on forms, when it has one. */
  number: z
    .string()
    .regex(/^\d+(\.\d+)*$/)
    .optional(),
  /** 'long': multi-line free text; 'short': one-line text (name, dates, codes, yrke). */
  kind: z.enum(['long', 'short']),
  /** Free text that the checks engine looks at. Identity fields are never linted. */
  freeText: z.boolean(),
  /** Other wordings a page may use for this field (variants, newer Nav apps, nynorsk). */
  phrases: z.array(z.string().min(2)).min(1),
  /** Tokens that may appear in name/id attributes (lower-case, folded). */
  names: z.array(z.string()).default([]),
  /** What the field asks for (see ASKS); empty for identity and other fields the checks leave alone. */
  asks: z.array(z.enum(ASKS)).default([]),
  /** What other parts of the product use the field for (see ROLES). */
  roles: z.array(z.enum(ROLES)).default([]),
});
export type FieldDef = z.infer<typeof FieldDefSchema> & {
  /** Derived: the field asks for a functional description (`asks` holds 'function'). */
  functional: boolean;
};

export const SectionDefSchema = z.object({
  id: z.string(),
  title: z.string(),
  phrases: z.array(z.string()).default([]),
});

export const FormDefSchema = z
  .object({
    id: z.enum(FORM_IDS),
    title: z.string(),
    /** Official form numbers, e.g. "08-07.08". */
    formNumbers: z.array(z.string()),
    /** Title wordings that identify the form on a page (headings, document title). */
    titlePhrases: z.array(z.string()).min(1),
    /** Short name used in the UI («L40», «sykmelding», «AEV»). */
    shortName: z.string().min(2),
    /** Who fills it in – decides the voice of guidance. */
    audience: z.enum(['lege', 'veileder']),
    sections: z.array(SectionDefSchema).min(1),
    fields: z.array(FieldDefSchema).min(1),
  })
  .superRefine((form, ctx) => {
    const ids = new Set<string>();
    const sections = new Set(form.sections.map((s) => s.id));
    for (const f of form.fields) {
      if (ids.has(f.id)) ctx.addIssue({ code: 'custom', message: `duplicate field id ${form.id}.${f.id}` });
      ids.add(f.id);
      if (!sections.has(f.section)) ctx.addIssue({ code: 'custom', message: `field ${form.id}.${f.id} has unknown section ${f.section}` });
    }
  });
export type FormDef = Omit<z.infer<typeof FormDefSchema>, 'fields'> & { fields: FieldDef[] };
/** Input shape for authoring definitions (defaults not yet applied). */
export type FormDefInput = z.input<typeof FormDefSchema>;

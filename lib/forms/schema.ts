import { z } from 'zod';

export const FORM_IDS = ['l40', 'l1', 'aev'] as const;
export type FormId = (typeof FORM_IDS)[number];

export const FieldDefSchema = z.object({
  /** Stable id within the form. L40/L1 use the official numbering ("5.1", "5.6.1"). */
  id: z.string().regex(/^[a-z0-9][a-z0-9.]*$/),
  /** Official label (bokmål) as shown on the form. */
  label: z.string().min(2),
  /** Section id this field belongs to (for grouping and context matching). */
  section: z.string(),
  /** Official number printed on forms, when it has one. */
  number: z.string().regex(/^\d+(\.\d+)*$/).optional(),
  /** 'long': multi-line free text; 'short': one-line text (name, dates, codes, yrke). */
  kind: z.enum(['long', 'short']),
  /** Free text that the checks engine looks at. Identity fields are never linted. */
  freeText: z.boolean(),
  /** Other wordings a page may use for this field (variants, newer Nav apps, nynorsk). */
  phrases: z.array(z.string().min(2)).min(1),
  /** Tokens that may appear in name/id attributes (lower-case, folded). */
  names: z.array(z.string()).default([]),
  /** Text is a functional description (function/work capacity) – the checks engine's main target. */
  functional: z.boolean().default(false),
});
export type FieldDef = z.infer<typeof FieldDefSchema>;

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
      if (!sections.has(f.section))
        ctx.addIssue({ code: 'custom', message: `field ${form.id}.${f.id} has unknown section ${f.section}` });
    }
  });
export type FormDef = z.infer<typeof FormDefSchema>;
/** Input shape for authoring definitions (defaults not yet applied). */
export type FormDefInput = z.input<typeof FormDefSchema>;

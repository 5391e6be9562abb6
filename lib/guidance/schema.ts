import { z } from 'zod';

/** A citation: a seed document with its line range, or a legal provision. */
export const SourceSchema = z.object({
  label: z.string().min(3),
  ref: z.string().regex(/^(seed \d{3}, linje \d+–\d+|lovdata)$/),
});
export type Source = z.infer<typeof SourceSchema>;

/** Limits follow the hint card: the hint is shown on focus, the rest behind «Mer». */
export const HINT_MAX = 160;
export const DETAILS_MAX = 900;
export const EXAMPLE_MAX = 320;

export const FieldGuidanceSchema = z.object({
  field: z.string().regex(/^(l40|l1|aev)\.[a-z0-9][a-z0-9.]*$/),
  label: z.string().min(2),
  hint: z.string().min(10).max(HINT_MAX),
  details: z.string().min(40).max(DETAILS_MAX),
  good: z.string().min(5).max(EXAMPLE_MAX).optional(),
  poor: z.string().min(2).max(EXAMPLE_MAX).optional(),
  sources: z.array(SourceSchema).min(1),
});
export type FieldGuidance = z.infer<typeof FieldGuidanceSchema>;

/** Authoring shape: the label comes from the form definition, so data files leave it out. */
export type GuidanceEntry = Omit<FieldGuidance, 'field' | 'label'> & { label?: string };

/**
 * zod schemas of site rules and of the exported file, export and all-or-nothing import with a Norwegian error that
 * names the line of the file that is wrong. Extension pages and the background only: the content script reads
 * rules with the hand-written parser in parse.ts (a test checks that both agree).
 */
import { z } from 'zod';
import { resolveFieldKey } from '../forms/defs/index.ts';
import { FORM_IDS } from '../forms/schema.ts';
import { lineOfPath, syntaxErrorLine } from './jsonpos.ts';
import { ORIGIN_RE, PATH_RE, RULE_ID_RE } from './parse.ts';
import { MAX_LABEL_WORDS, MAX_RULES, SITES_FORMAT, type SiteRule, type SitesFile } from './types.ts';

const Iso = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T/, 'datoen er ikke gyldig')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'datoen er ikke gyldig');
const Attr = z.string().regex(/^[^\s"'<>]{1,80}$/, 'ugyldig attributtverdi');

export const DescriptorSchema = z
  .strictObject({
    tag: z.enum(['textarea', 'input', 'editable'], { message: 'tag må være textarea, input eller editable' }),
    label: z
      .array(z.string().regex(/^[a-z0-9.]{1,40}$/, 'etikettord kan bare ha små bokstaver (uten æøå) og tall'))
      .max(MAX_LABEL_WORDS, `høyst ${MAX_LABEL_WORDS} etikettord`),
    name: Attr.optional(),
    id: Attr.optional(),
    index: z.number().int().min(0).max(999),
    count: z.number().int().min(1).max(1000),
  })
  .refine((d) => d.index < d.count, { message: 'plasseringen (index) må være mindre enn antallet felt (count)', path: ['index'] });

const Common = {
  id: z.string().regex(RULE_ID_RE, 'id må være 4–40 tegn: små bokstaver, tall og bindestrek'),
  origin: z.string().max(200).regex(ORIGIN_RE, 'nettstedet må se ut som https://eksempel.no (eventuelt https://*.eksempel.no)'),
  path: z.string().regex(PATH_RE, 'sidemønsteret må begynne med / og kan ikke ha mellomrom'),
  createdAt: Iso,
};

export const SiteRuleSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      ...Common,
      kind: z.literal('field'),
      field: z
        .string()
        .refine((k) => !!resolveFieldKey(k), 'ukjent skjemafelt (bruk f.eks. l40.5.1, l1.6.2.2 eller aev.helse)')
        .nullable(),
      target: DescriptorSchema,
    }),
    z.strictObject({ ...Common, kind: z.literal('page'), form: z.enum(FORM_IDS, { message: 'skjemaet må være l40, l1 eller aev' }) }),
  ],
  { message: 'kind må være «field» (et felt) eller «page» (hele siden)' },
);

/** As stored in storage.local: a rule and where it came from. */
export const StoredRuleSchema = z.union([
  SiteRuleSchema.options[0].extend({ source: z.enum(['own', 'imported']) }),
  SiteRuleSchema.options[1].extend({ source: z.enum(['own', 'imported']) }),
]);

export const SitesFileSchema = z.strictObject({
  format: z.literal(SITES_FORMAT),
  version: z.literal(1, { message: 'filen har en versjon denne utgaven av Skjemahjelp ikke kjenner (ventet 1)' }),
  exportedAt: Iso,
  rules: z.array(SiteRuleSchema).max(MAX_RULES, `filen har flere enn ${MAX_RULES} regler`),
});

export function buildExport(rules: readonly SiteRule[], now = new Date()): SitesFile {
  // Only the rule itself: where it came from (own, imported) is this browser's business.
  const clean = rules.map((r) => {
    const { source: _s, ...rest } = r as SiteRule & { source?: unknown };
    return rest as SiteRule;
  });
  return { format: SITES_FORMAT, version: 1, exportedAt: now.toISOString(), rules: clean };
}

export class SitesImportError extends Error {}

/** Parses and validates an exported file; throws SitesImportError with a Norwegian message naming the line. */
export function parseSitesFile(text: string): SitesFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const line = syntaxErrorLine(text);
    throw new SitesImportError(
      `Filen er ikke gyldig JSON${line ? ` (linje ${line})` : ''}. Velg en fil som er eksportert fra Skjemahjelp (sideregler). Ingenting er endret.`,
    );
  }
  if ((raw as { format?: unknown } | null)?.format !== SITES_FORMAT)
    throw new SitesImportError('Filen er ikke en eksport av sideregler fra Skjemahjelp. Ingenting er endret.');
  const r = SitesFileSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const line = lineOfPath(text, issue.path);
    const where =
      issue.path[0] === 'rules' && typeof issue.path[1] === 'number'
        ? `regel nr. ${issue.path[1] + 1}`
        : issue.path.length
          ? `«${issue.path.join('.')}»`
          : 'filen';
    const field = issue.path.length > 2 ? ` («${issue.path.slice(2).join('.')}»)` : '';
    throw new SitesImportError(`Filen kan ikke importeres: linje ${line}, ${where}${field}: ${issue.message}. Ingenting er endret.`);
  }
  const seen = new Set<string>();
  r.data.rules.forEach((rule, i) => {
    if (seen.has(rule.id))
      throw new SitesImportError(
        `Filen kan ikke importeres: linje ${lineOfPath(text, ['rules', i, 'id'])}, regel nr. ${i + 1}: id «${rule.id}» står to ganger. Ingenting er endret.`,
      );
    seen.add(rule.id);
  });
  return r.data as SitesFile;
}

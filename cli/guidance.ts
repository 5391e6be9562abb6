/** `skjemahjelp guidance --form <l40|l1|aev> [--json]`: the per-field guidance of a form. */
import { parseArgs, UsageError, type Io } from './main.ts';
import { FORM_IDS, type FormId } from '../lib/forms/schema.ts';
import { getForm } from '../lib/forms/defs/index.ts';
import { guidanceForForm, checklistItems } from '../lib/guidance/index.ts';

export async function run(args: string[], io: Io): Promise<number> {
  const { values, flags, positionals } = parseArgs(args, { values: ['form'], flags: ['json'] });
  if (positionals.length > 0) throw new UsageError(`Uventet argument «${positionals[0]}».`);
  const form = values.form;
  if (!form) throw new UsageError('--form mangler. Velg ett av: ' + FORM_IDS.join(', ') + '.');
  if (!(FORM_IDS as readonly string[]).includes(form)) throw new UsageError(`Ukjent skjema «${form}». Velg ett av: ${FORM_IDS.join(', ')}.`);
  const formId = form as FormId;
  const list = guidanceForForm(formId);

  if (flags.has('json')) {
    io.stdout(JSON.stringify(list, null, 2) + '\n');
    return 0;
  }

  const def = getForm(formId);
  const out: string[] = [`Veiledning for ${def.title}${def.formNumbers.length ? ` (NAV ${def.formNumbers.join(', ')})` : ''}`, ''];
  for (const g of list) {
    out.push(`${g.field}  ${g.label}`);
    out.push(`  Tips: ${g.hint}`);
    out.push(`  Mer: ${g.details}`);
    if (g.good) out.push(`  Godt eksempel: ${g.good}`);
    if (g.poor) out.push(`  Svakt eksempel: ${g.poor}`);
    out.push(`  Kilder: ${g.sources.map((s) => `${s.label} (${s.ref})`).join('; ')}`);
    out.push('');
  }
  out.push('Huskeliste:');
  for (const item of checklistItems(formId)) out.push(`  [ ] ${item.label} → ${item.fields[0]}`);
  io.stdout(out.join('\n') + '\n');
  return 0;
}

/** `skjemahjelp yrke "<søk>" [--json] [--limit N]`: ranked hits from the local yrke catalogue. */
import { AREA_LABELS, FUNCTION_AREAS } from '../lib/checks/areas.ts';
import { CONDITION_LABELS, WORK_CONDITIONS } from '../lib/catalogue/source-schema.ts';
import { createSearcher, loadCatalogue, type YrkeHit } from '../lib/catalogue/search.ts';
import { parseArgs, UsageError, type Io } from './main.ts';

const LEVEL = ['ingen/små', 'noe', 'middels', 'høye'];

function human(h: YrkeHit): string {
  const lines = [`${h.code}  ${h.title}${h.navTitle !== h.title ? ` (${h.navTitle})` : ''}   [${h.why}, poeng ${h.score}]`];
  if (h.parents.length) lines.push(`  Gruppe: ${h.parents.join(' › ')}`);
  if (h.synonyms.length) lines.push(`  Også kalt: ${h.synonyms.slice(0, 8).join(', ')}${h.synonyms.length > 8 ? ' …' : ''}`);
  if (!h.complete) {
    lines.push('  (Beskrivelse og krav er ikke skrevet for denne gruppen ennå.)');
    return lines.join('\n');
  }
  lines.push(`  ${h.description}`, '  Typiske oppgaver:', ...h.tasks.map((t) => `   - ${t}`));
  lines.push(`  Utdanning: ${h.education}`);
  if (h.demands) lines.push('  Krav (veiledende, 0–3): ' + FUNCTION_AREAS.map((a) => `${AREA_LABELS[a]} ${h.demands![a].level}`).join('; '));
  if (h.conditions) {
    const c = WORK_CONDITIONS.filter((k) => h.conditions![k].level >= 2).map((k) => `${CONDITION_LABELS[k]} (${LEVEL[h.conditions![k].level]})`);
    if (c.length) lines.push(`  Arbeidsforhold: ${c.join(', ')}`);
  }
  return lines.join('\n');
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, flags, positionals } = parseArgs(args, { values: ['limit'], flags: ['json'] });
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('Mangler søketekst, f.eks. skjemahjelp yrke "helsefagarbeider".');
  let limit = 10;
  if (values.limit !== undefined) {
    if (!/^\d+$/.test(values.limit) || +values.limit < 1 || +values.limit > 500)
      throw new UsageError(`--limit må være et heltall fra 1 til 500, ikke «${values.limit}».`);
    limit = +values.limit;
  }
  const hits = createSearcher(loadCatalogue()).search(query, limit);
  if (flags.has('json')) {
    io.stdout(JSON.stringify(hits, null, 2) + '\n');
  } else if (!hits.length) {
    io.stdout(`Ingen yrker funnet for «${query}».\n`);
  } else {
    io.stdout(hits.map(human).join('\n\n') + '\n');
  }
  return 0;
}

/**
 * The rules as data: what each one flags, how serious it is, which fields it applies to, why Nav needs it
 * (with the source), and which fixes it offers. The detectors live in lint.ts and are keyed by id.
 */
// The zod schema lives in rule-schema.ts: the content script must not carry zod. The rules are validated
// by the schema in test/unit/checks/rules.test.ts (and by the CLI's own tests).
import type { RuleDef, RuleDefInput } from './rule-schema.ts';

export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export type { RuleDef };

const FUNCTION_FIELDS = [
  'l40.5.1', 'l40.5.6.1', 'l40.5.6.2', 'l1.4.3.1', 'l1.5.1', 'l1.6.1.1', 'l1.6.2.2', 'l1.6.5.2', 'l1.6.6.1', 'l1.6.6.2',
  'l1.7.1', 'aev.helse',
];

const RULE_INPUTS: readonly RuleDefInput[] = [
  {
    id: 'vague-quantity',
    severity: 'warning',
    scope: 'span',
    message: 'Uklar mengde: hvor mye, hvor lenge, hvor ofte?',
    why:
      'Formuleringer som «kan ikke løfte tungt», «stå lenge» eller «belastende arbeid» sier ikke hvor grensen går. ' +
      'Nav-veilederen skal vurdere om personen kan stå i konkrete yrker og trenger mål: kilo, minutter, meter, ' +
      'antall ganger. «Kan ikke løfte tungt» er den vanligste formuleringen i funksjonsfeltet, og den er ofte ' +
      'utilstrekkelig som grunnlag. Et mål rett etter («dvs. over 5 kg») er nok.',
    source: 'Kilde: Nicolaisen, «A’en i arbeidsevnevurderingen», Arbeid og velferd 3/2015 (seed 003, linje 421–428); Oxford Research for Nav (seed 001, linje 1516–1520)',
    fields: ['functional'],
    exclude: ['l1.6.3.2'],
    fixes: ['Skriv hva pasienten kan, med mål', 'Legg til et mål'],
  },
  {
    id: 'global-verdict',
    severity: 'warning',
    scope: 'span',
    message: 'Konklusjon om arbeidsevne: beskriv funksjonen i stedet.',
    why:
      'Legen uttaler seg om funksjon, Nav vurderer arbeidsevne. «Arbeidsufør» eller «kan ikke jobbe» gir Nav ingen ' +
      'opplysninger å vurdere: skriv hva sykdommen gjør med konkrete aktiviteter (hvor lenge, hvor mye), så Nav ' +
      'kan vurdere arbeidsevnen opp mot ulike yrker.',
    source: 'Kilde: Oxford Research for Nav (seed 001, linje 2499–2505 og 304–310)',
    fields: ['functional'],
    exclude: ['l40.5.3', 'l1.6.3.2', 'aev.vurdering', 'aev.yrker', 'aev.begrunnelse'],
    fixes: ['Erstatt med en funksjonsbeskrivelse'],
  },
  {
    id: 'symptoms-only',
    severity: 'warning',
    scope: 'text',
    message: 'Bare diagnose/symptomer: hvordan påvirker det funksjonen?',
    why:
      'Mange erklæringer beskriver symptomer og diagnose, men ikke hvordan de påvirker hva pasienten klarer. ' +
      'Nav trenger legens vurdering av hvordan sykdommen konkret gir utslag i daglige aktiviteter og ' +
      'arbeidsoppgaver. «En tynn legeerklæring gir oss veldig lite. Lite funksjonsvurdering.»',
    source: 'Kilde: Oxford Research for Nav (seed 001, linje 1563–1567 og 3321–3325); SINTEF (seed 004, linje 4508–4511)',
    fields: FUNCTION_FIELDS,
    fixes: ['Legg til hvordan dette påvirker funksjonen'],
  },
  {
    id: 'no-capacity',
    severity: 'info',
    scope: 'text',
    message: 'Bare begrensninger: skriv også hva pasienten kan.',
    why:
      'Syfo-veiledere etterlyser mer detaljerte beskrivelser av hva pasienten kan gjøre til tross for helseplagene. ' +
      'Det er restfunksjonen som avgjør hvilke oppgaver, tilrettelegging og yrker som er mulige.',
    source: 'Kilde: Oxford Research for Nav (seed 001, linje 1516–1520)',
    fields: ['l40.5.1', 'l40.5.6.2', 'l1.6.2.2', 'l1.6.5.2', 'l1.6.6.1', 'l1.6.6.2', 'aev.helse', 'aev.vurdering'],
    fixes: ['Legg til hva pasienten kan'],
  },
  {
    id: 'no-duration',
    severity: 'info',
    scope: 'text',
    message: 'Mangler varighet eller prognose.',
    why:
      'Nav etterspør prognose og forventet varighet: hvor lenge begrensningene ventes å vare, og hva som skal til ' +
      'for å komme tilbake i arbeid. Også et anslag eller «usikker, ny vurdering om 8 uker» hjelper.',
    source: 'Kilde: Oxford Research for Nav (seed 001, linje 1534–1538); NTNU (seed 002, linje 2751–2761)',
    fields: ['l40.5.1', 'l1.6.2.2', 'l1.6.5.2', 'l1.6.5.4', 'l1.6.6.1', 'aev.helse', 'aev.vurdering'],
    fixes: ['Legg til varighet og prognose'],
  },
  {
    id: 'reference',
    severity: 'warning',
    scope: 'span',
    message: 'Henvisning i stedet for innhold: skriv det relevante her.',
    why:
      'Leseren har ofte ikke dokumentet det vises til, og hele epikriser er overskuddsinformasjon. Svar konkret i ' +
      'feltet med det som er relevant for funksjon og arbeid.',
    source: 'Kilde: Oxford Research for Nav, huskeliste Kristiansand (seed 001, linje 3256–3260 og 3319–3321)',
    fields: ['long'],
    fixes: ['Erstatt med en kort oppsummering'],
  },
  {
    id: 'no-work-relation',
    severity: 'info',
    scope: 'text',
    message: 'Ikke knyttet til arbeidsoppgaver: hva betyr dette i jobben?',
    why:
      'Funksjon skal vurderes opp mot arbeidsoppgavene og mulighetene for tilrettelegging. Beskriv konkrete ' +
      'oppgaver eller yrker (f.eks. «kan ikke stå i kasse mer enn 1 time»), ikke bare funksjon i dagliglivet.',
    source: 'Kilde: Oxford Research for Nav (seed 001, linje 306–310 og 1971–1975); SINTEF (seed 004, linje 8399–8401)',
    fields: ['l40.5.3', 'l40.5.6.1', 'l40.5.6.2', 'l1.6.6.1', 'l1.6.6.2', 'aev.yrker'],
    fixes: ['Legg til konsekvens for arbeidsoppgaver'],
  },
  {
    id: 'jargon',
    severity: 'hint',
    scope: 'span',
    message: 'Fagspråk: skriv så Nav-veileder og arbeidsgiver forstår.',
    why:
      'Teksten leses av Nav-veiledere og noen ganger av arbeidsgiver og pasient. Syfo-veiledere ber om mindre ' +
      'fagspråk; en vedtakstekst skal kunne forstås av «en alminnelig, oppegående person».',
    source: 'Kilde: Oxford Research for Nav (seed 001, linje 1556–1558); SINTEF (seed 004, linje 5097–5100)',
    fields: ['functional'],
    fixes: ['Bytt til vanlig språk'],
  },
  {
    id: 'too-short',
    severity: 'warning',
    scope: 'text',
    message: 'For kort til å gi Nav et grunnlag.',
    why:
      'Et par ord gir ikke Nav noe å vurdere: «En tynn legeerklæring gir oss veldig lite.» Beskriv konkret hva ' +
      'pasienten kan og ikke kan, hvor mye og hvor lenge.',
    source: 'Kilde: SINTEF (seed 004, linje 4504–4511); Oxford Research for Nav (seed 001, linje 1569–1575)',
    fields: ['long'],
    fixes: ['Sett inn en mal'],
  },
];

/** Defaults applied by hand (the schema's defaults), so loading the rules needs no zod. */
export const RULES: readonly RuleDef[] = RULE_INPUTS.map((r) => ({ ...r, exclude: r.exclude ?? [], fixes: r.fixes ?? [] }));
export { RULE_INPUTS };

export const RULE_BY_ID: ReadonlyMap<string, RuleDef> = new Map(RULES.map((r) => [r.id, r]));

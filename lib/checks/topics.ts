/**
 * Topics a text mentions — treatment, plans, causes, tiltak, the labour market, a conclusion, the innsatsbehov,
 * the person's goals — for the Huskeliste and the rules. Whether a text describes function, with measures, what
 * the person can do, a time perspective or work is not asked here: those questions are answered by the analysis
 * (predicates.ts), so the Huskeliste and the score read one engine.
 */

/** Lower-case and normalise dashes/spaces so patterns stay simple. Keeps æ/ø/å (they carry meaning). */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00a0/g, ' ');
}

const L = 'a-zæøåéèüäö'; // letters for word boundaries; \b in JS does not know æøå
const wbPrefix = (body: string): RegExp => new RegExp(`(?<![${L}])(?:${body})`, 'u');

export function words(text: string): string[] {
  return normalize(text).match(new RegExp(`[${L}0-9]+(?:-[${L}0-9]+)*`, 'gu')) ?? [];
}

export function wordCount(text: string): number {
  return words(text).length;
}

const OTHER_WORK_RE = new RegExp(
  [
    `(?<![${L}])(?:annet|anna|annen|andre|nytt|ny|nye|lettere|lettare|alternativt?|tilpasset|tilpassa|variert|stillesittende|stillesitjande)\\s+(?:arbeid|yrke|yrker|jobb|jobbar|jobber|stilling|arbeidsoppgaver|arbeidsoppgåver|oppgaver|oppgåver|type arbeid)`,
    `(?<![${L}])(?:ethvert|kvart|eit kvart|et hvilket som helst)\\s+(?:yrke|arbeid)`,
    `(?<![${L}])(?:omskolering|omskulering|jobbskifte|yrkesskifte|karriereveiledning|kontorarbeid|kontorjobb|resepsjon|arbeid som|jobb som|jobbe som|arbeide som)`,
  ].join('|'),
  'u',
);

/** Considers work other than the current job. */
export function hasOtherWork(text: string): boolean {
  return OTHER_WORK_RE.test(normalize(text));
}

const TREATMENT_RE = wbPrefix(
  'behandl|fysioterap|fysio|psykolog|psykiat|terapi|samtale|medisin|medikament|legemiddel|tablett|operasjon|operer|kirurg|henvis|tilvis|rehabilit|opptren|trening|utredning|kontroll|poliklin|dps|spesialist|sykehus|sjukehus|kiropraktor|manuellterap|smertek|injeksjon|sertralin|antidepress|smertestill|blokade',
);
export function hasTreatment(text: string): boolean {
  return TREATMENT_RE.test(normalize(text));
}

/** Timing or frequency of a plan: "2 ganger i uka", "ukentlig", "time hos ortoped", "henvist", "om 4 uker". */
const PLAN_RE = new RegExp(
  `(?<![${L}])(?:ukentlig|ukentleg|daglig|dagleg|månedlig|månadleg|hver uke|kvar veke|annenhver|annakvar|\\d+\\s*(?:ganger|gonger|x)|time hos|timen hos|satt opp|avtalt|henvist|henvisning|tilvist|tilvising|venter på|ventar på|ventetid|om \\d|fra uke|frå veke|neste (?:uke|veke|måned|månad|kontroll|time))`,
  'u',
);
export function hasPlan(text: string): boolean {
  return PLAN_RE.test(normalize(text));
}

const PROGNOSIS_RE = wbPrefix(
  'prognose|forvent|venter|ventar|antar|antatt|trolig|truleg|sannsynlig|sannsynleg|regner med|reknar med|tror|trur|bedring|betring|bedres|betrast|friskmeld|tilbake i|tilbake til|full arbeidsevne|opptrapping|gradvis|varig|permanent|kronisk|god prognose|usikker|uavklart',
);
export function mentionsPrognosis(text: string): boolean {
  return PROGNOSIS_RE.test(normalize(text));
}

const CAUSAL_RE = new RegExp(
  `(?<![${L}])(?:på grunn av|pga\\.?|grunnet|skyldes|skuldast|som følge av|som fylgje av|fordi|ettersom|(?:sidan|siden)(?=\\s+(?:hun|han|ho|hen|de|dei|bruker|brukeren|pasienten|det|dette|arbeidet|jobben|plagene|smertene))|derfor|difor|følgelig|dermed|medfører|gir|gjev|fører til|forklarer|årsak|på bakgrunn av|med bakgrunn i|basert på|ut fra|ut frå|sett i lys av|da (?:hun|han|bruker|brukeren|pasienten|hen))(?![${L}])`,
  'u',
);
export function hasCausal(text: string): boolean {
  return CAUSAL_RE.test(normalize(text));
}

// Health stems are matched inside compounds too ("ryggsmerter", "ryggplager", "angstlidelse").
const HEALTH_RE = new RegExp(
  `helse|sykdom|sjukdom|(?<![${L}])(?:syk|sjuk)|diagnos|lidelse|liding|plage|smert|vondt|depresj|angst|psykisk|somatisk|skade|prolaps|artrose|revmat|kols|astma|diabet|migren|utmatt|fibromyalg|hjerte|kreft|ptsd|adhd|rusmid|rusavh|rusproblem|(?<![${L}])lyte(?![${L}])|symptom|sykehistor|funn|infeksj|influensa|feber|covid|korona|brudd|fraktur|operasjon|operert|gravid|svangerskap|sengeligg|medisinsk|tilstand|akutt|betennelse|kvalme|svimmel|hodepine|utbrent|utbrenthet|søvnvansk|søvnproblem`,
  'u',
);
export function hasHealthWord(text: string): boolean {
  return HEALTH_RE.test(normalize(text));
}

const GRADING_RE = new RegExp(
  `(?<![${L}])(?:gradert|gradering|graderast|graderes|delvis|redusert stilling|redusert arbeidstid|tilrettelegg|tilrettelagt|avventende|avventande|lettere oppgaver|lettare oppgåver|andre oppgaver|andre oppgåver)`,
  'u',
);
const FULL_LEAVE_RE = new RegExp(
  `(?<![${L}0-9])(?:\\d{1,3}\\s*(?:%|prosent)|full(?:t)? sykmeld|full sjukmeld|fullt sykmeldt|heilt sjukmeld|helt sykmeld|hundre prosent)`,
  'u',
);
/** Talks about alternatives to full leave (gradering, delvis arbeid, tilrettelegging). */
export function hasGradingReason(text: string): boolean {
  return GRADING_RE.test(normalize(text));
}
/** States a percentage or full leave. */
export function hasLeaveGrade(text: string): boolean {
  return FULL_LEAVE_RE.test(normalize(text));
}

const HINDRANCE_RE = new RegExp(
  `(?<![${L}])(?:hindrer|hindrar|forhindrer|forhindrar|til hinder|umulig|ikke mulig|ikkje mogleg|ikke forsvarlig|ikkje forsvarleg|kontraindisert|frarådes|må unngå|kan ikke|kan ikkje|klarer ikke|klarar ikkje|tåler ikke|toler ikkje|orker ikke|orkar ikkje)(?![${L}])`,
  'u',
);
export function hasHindrance(text: string): boolean {
  return HINDRANCE_RE.test(normalize(text));
}

const ACCOMMODATION_RE = wbPrefix(
  'tilrettelegg|tilrettelagt|hensyn|omsyn|unngå|unngås|bør ikke|bør ikkje|bør|slippe|skjerm|pause|kortere|redusert|lettere|lettare|hjelpemiddel|hjelpemidlar|arbeidstid|vakter|oppgaver|oppgåver|kan gjøre|kan gjere|kan utføre|kan jobbe|kan arbeide',
);
export function hasAccommodation(text: string): boolean {
  return ACCOMMODATION_RE.test(normalize(text));
}

const TILTAK_RE = wbPrefix(
  'tiltak|arbeidsutprøving|arbeidsutprøvning|utprøving|arbeidstrening|arbeidspraksis|praksisplass|avklaring|arbeidsforberedende|amo|kurs|opplæring|opplæring|lønnstilskudd|lønnstilskot|ips|vta|varig tilrettelagt|oppfølging|mentor|jobbspesialist|jobbkonsulent|arbeidsmarkedsbedrift|arbeidsrettet|arbeidsretta|utdanning som tiltak|studier|hospitering',
);
export function hasTiltak(text: string): boolean {
  return TILTAK_RE.test(normalize(text));
}

const RESULT_RE = wbPrefix(
  'resultat|utfall|effekt|fungerte|fungerte ikke|fungerte ikkje|ga |gav |førte til|klarte|klarte ikke|avbrutt|avbroten|avbrøt|avbraut|sluttet|slutta|fikk|fekk|endte|enda med|avsluttet|avslutta|uten bedring|utan betring|bedring|betring|gjennomført|gjennomførte|fullført|fullførte|positiv|negativ|økte|auka|redusert',
);
export function hasResult(text: string): boolean {
  return RESULT_RE.test(normalize(text));
}

const LOCAL_MARKET_RE = wbPrefix(
  'lokal|lokalt|i kommunen|i området|i regionen|i distriktet|i nærområdet|på stedet|i byen|i bygda|nærmeste|pendl|flytt|reisevei|reiseveg|reiseavstand|kollektivtransport|ledige stilling|ledig stilling|ledige jobbar|ledige jobber|har ikke bil|har ikkje bil|uten bil|utan bil|med bil|buss|tog |toget|kollektivt|etterspørsel|etterspurt|mangel på|behov for arbeidskraft|rekrutter|arbeidsgivere i|arbeidsgjevarar i|bo- og arbeidsmarked|arbeidsmarkedsregion|arbeidsmarknad',
);
export function hasLocalMarket(text: string): boolean {
  return LOCAL_MARKET_RE.test(normalize(text));
}

const CONCLUSION_RE = wbPrefix(
  'konklu|samlet sett|samla sett|samlet vurdering|samla vurdering|vurderer|vurderar|vurderes|vurderast|mener|meiner|finner|finn at|anser|arbeidsevnen er|arbeidsevna er|nedsatt arbeidsevne|nedsett arbeidsevne|arbeidsevnen vurderes|ikke nedsatt|ikkje nedsett|\\d{1,3}\\s*(?:%|prosent)|halvparten',
);
export function statesConclusion(text: string): boolean {
  return CONCLUSION_RE.test(normalize(text));
}

const INNSATS_RE = new RegExp(
  `(?<![${L}])(?:standard innsats|situasjonsbestemt innsats|spesielt tilpasset innsats|spesielt tilpassa innsats|varig tilpasset innsats|varig tilpassa innsats|gradert varig tilpasset|tilpasset innsats|tilpassa innsats|innsatsgruppe|innsatsbehov|ikke behov for bistand|ikkje behov for bistand|§\\s*14\\s*a)`,
  'u',
);
export function hasInnsats(text: string): boolean {
  return INNSATS_RE.test(normalize(text));
}

const GOAL_RE = wbPrefix(
  'ønsker|ønskjer|mål|vil |vil$|håper|håpar|drømmer|drøymer|tror|trur|forventer|forventar|ser for seg|motivert|motivasjon|interesse|interessert|gjerne|helst|opplever|meiner|mener|egen vurdering|eiga vurdering|selv|sjølv',
);
export function hasGoal(text: string): boolean {
  return GOAL_RE.test(normalize(text));
}

/** Text that is present but says nothing ("ingen", "se journal", "ukjent", "-"). */
export function isPlaceholder(text: string): boolean {
  const t = normalize(text)
    .trim()
    .replace(/[.!?\s]+$/g, '');
  if (t.length === 0) return true;
  return /^(?:-+|x+|\.+|nei|ja|ingen|inga|ingenting|ukjent|uvisst|vet ikke|veit ikkje|se journal|se vedlegg|se epikrise|se over|se ovenfor|som før|uendret|ikke aktuelt|ikkje aktuelt|ok)$/u.test(
    t,
  );
}

/**
 * global-verdict: a conclusion about work capacity («arbeidsufør», «kan ikke jobbe», «arbeidsevnen er nedsatt
 * med minst 50 %») where the field asks the doctor to describe function. Legen uttaler seg om funksjon, Nav
 * vurderer arbeidsevne. Not in fields that ask for a conclusion with reasons (AEV), where no-reasons applies.
 */
import { AREA_MASK, F } from '../lexicon.ts';
import { M_WORK_ABILITY, M_WORK_NOUN, M_WORK_VERB } from '../marks.ts';
import { Kind } from '../text.ts';
import { hasFunctionStatement } from '../predicates.ts';
import { VERDICT_TEMPLATE, matchCase, withCursor } from './fixes.ts';
import { defineRule, type RuleContext } from './types.ts';

/** The person's own job, now or before («i nåværende stilling», «tilbake til tidligere arbeid»). */
const CURRENT_JOB = /^(navaerende|noverande|sin|sitt|hennes|hans|tidligere|tidlegare|vanlig|vanleg|ordinaert|ordinert|fast|faste|eget|eige|gamle|same|samme)$/;
const BE_AT_WORK = new Set(['vaere', 'vere', 'vera', 'ga', 'sta', 'fungere', 'fungera', 'komme', 'kome', 'koma', 'delta', 'returnere', 'returnera']);
// («kan ikke jobbe gradert nå»: graded work as such is still the whole verdict.)
const VERDICT_ENDERS = new Set([
  'na',
  'no',
  'overhodet',
  'lenger',
  'lengre',
  'helt',
  'heilt',
  'for',
  'pga',
  'fordi',
  'grunnet',
  'idag',
  'gradert',
  'deltid',
  'enna',
  'enno',
]);
const VERDICT_I = new Set([
  'det',
  'dag',
  'noe',
  'noko',
  'alt',
  'ethvert',
  'nokon',
  'noen',
  'full',
  'fullt',
  'hel',
  'heil',
  'heile',
  'hele',
  'ordinaert',
  'ordinart',
  'vanlig',
  'vanleg',
  // «… i overskuelig fremtid»: for as far as can be seen, no bound.
  'overskuelig',
  'overskueleg',
  'overskodeleg',
]);
/** The workplace or the employer, as the subject of what there is («Verftet har ikkje anna arbeid»). */
// («Arb.giver har ikke annet arbeid»: the abbreviation reads as «arb» and «giver».)
// («Busselskapet har ikkje anna arbeid», «transportfirmaet har ikke …»: a company named by its trade, the same.)
const EMPLOYER =
  /^(giver|givar|gjevar|ag|arbeidsgiver|arbeidsgiveren|arbeidsgjevar|arbeidsgjevaren|bedriften|bedrifta|firmaet|verftet|kommunen|butikken|fabrikken|sykehuset|sjukehuset|skolen|skulen|barnehagen|sykehjemmet|sjukeheimen|hotellet|rederiet|lageret|avdelingen|avdelinga|arbeidsplassen|jobben|leder|leiar|sjefen|\p{L}{3,}(selskapet|firmaet|bedriften|bedrifta|verket|verftet|fabrikken|kommunen|butikken|kjeden|kjeda))$/u;
/** Adaptations that a job may not allow: «hjemmekontor», «tilrettelegging», «omplassering». */
const COPULA = /^(er|var|blir|vert|ble|blei|vart)$/;
const ADAPTATION = /^(hjemmekontor|heimekontor|hjemmearbeid|heimearbeid|tilrettelegging|tilretteleggjing|omplassering|tilpasning|tilpassing|fjernarbeid)$/;
const RISK = /^(smitte|smittar|smitter|smittefare|smitterisiko|smittsom|smittsam|risiko|risikoen|fare|faren|farleg|farlig)$/;
const FEELING = /^(redd|engstelig|engsteleg|lyst|motivert|gruer|grua|gruar|gleder|gler|interessert|negativ|positiv)$/;
const GRADED = /^(gradert|gradera|delvis|redusert|deltids|heiltids|heltids|full|fullt|heilt|normalt|ordinaert)$/;
// («ikke klar for arbeid ennå», «ikkje moden for jobb»: not ready for work as such is the same verdict.)
const FIT = new Set(['egnet', 'eigna', 'egna', 'skikket', 'skikka', 'arbeidsdyktig', 'klar', 'klare', 'moden', 'mogen', 'moen']);
const TOO_ILL =
  /^(syk|sjuk|darlig|darleg|sliten|redusert|svak|psykisk|somatisk|utmattet|utmatta|utslitt|utsliten|trott|troytt|slapp|deprimert|ustabil|medtatt|medteken|plaget|plaga|preget|prega)$/;
/** What is too much for work as such, before «til at … kan jobbe» («smertene er for sterke»). */
const TOO_FOR_WORK = /^(sterke|sterk|sterkt|store|stor|stort|mye|mykje|darlig|darleg|syk|sjuk|sliten|plaget|plaga|svak|svakt|redusert)$/;
const ANY_WORK = new Set([
  'noe',
  'noko',
  'alt',
  'ethvert',
  'nokon',
  'noen',
  'annet',
  'anna',
  'sitt',
  'sin',
  'eget',
  'eige',
  'hennes',
  'hans',
  'vanlig',
  'vanleg',
  'ordinaert',
  'ordinart',
]);

const EPISODE =
  /(anfall|anfallet|anfalla|anfallene|attakk|attakken|attakkar|attakker|episode|episoden|episoder|episodar|oppbluss|oppblussing|oppblussingar|oppblussinger|forverring|forverringar|forverringer|forverringsperioder|forverringsperiodar)$/;
const EPISODE_LEAD = new Set(['under', 'ved', 'etter', 'i', 'med', 'nar', 'naar']);
/** A course of treatment, as a period: «strålinga», «cellegiftkuren», «behandlingsperioden». */
const TREATMENT_PERIOD =
  /^(straling|stralinga|stralingen|stralebehandling|stralebehandlinga|stralebehandlingen|stralebehandlinger|stralebehandlingar|cellegiftkur|cellegiftkuren|cellegiftbehandling|cellegiftbehandlinga|cellegiftbehandlingen|kjemoterapi|kjemoterapien|kuren|kurane|kurene|behandlingsperioden|behandlingsperiode|behandlingstida|behandlingstiden|dialysen|dialyseperioden)$/;

/** An episode named before token `a` in its sentence («under anfall», «ved forverring», «på dårlige dager»). */
function episodeBefore(tokens: RuleContext['an']['tokens'], a: number): boolean {
  const sent = tokens[a]!.sent;
  for (let k = a - 1; k >= 0 && k >= a - 10 && tokens[k]!.sent === sent; k--) {
    const f = tokens[k]!.f;
    if (EPISODE.test(f) && (EPISODE_LEAD.has(tokens[k - 1]?.f ?? '') || EPISODE_LEAD.has(tokens[k - 2]?.f ?? ''))) return true;
    // («under strålinga ikkje aktuelt med arbeid», «i behandlingsperioden»: a course of treatment bounds it as an episode does.)
    if (TREATMENT_PERIOD.test(f) && /^(under|i)$/.test(tokens[k - 1]?.f ?? '')) return true;
    if (/^(dager|dagar|dagane|dagene|perioder|periodar)$/.test(f) && /^(darlige|darlege|tunge|verste)$/.test(tokens[k - 1]?.f ?? '')) return true;
    // «Syklusdag 1–3 klarer hun ikke å være på jobb», «Dag 1–7 etter kur»: numbered days of a cycle or a course.
    if (/(dag|dagar|dager|dogn)$/.test(f) && tokens[k + 1]?.k === Kind.Num && k + 1 < a) return true;
  }
  return false;
}

const ASSESSED = /^(vurderes|vurderast|vurderas|utredes|utgreiast|avklares|avklarast)$/;
/** «nedsatt arbeidsevne må (da) vurderes»: the work ability named as what is still to be assessed. */
// («… bør varig nedsatt arbeidsevne da vurderes»: a modal or an adverb may stand between.)
function toBeAssessed(tokens: RuleContext['an']['tokens'], i: number): boolean {
  let k = i + 1;
  while (k <= i + 3 && /^(ma|bor|skal|kan|vil|da|derfor|ogsa|eventuelt|ev|evt)$/.test(tokens[k]?.f ?? '')) k++;
  return k > i + 1 && ASSESSED.test(tokens[k]?.f ?? '');
}

function detectVerdict(ctx: RuleContext, fixTitle: string): void {
  const { an, text } = ctx;
  const { tokens, flags, flags2, marks } = an;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.k !== Kind.Word) continue;
    const fl = flags[i]!;
    let a = -1;
    let b = i;
    if (fl & F.VERDICT && !t.f.startsWith('arbeidsevn') && !t.f.startsWith('restarbeidsevn') && !t.f.startsWith('inntektsevn')) {
      const negBefore = i > 0 && flags[i - 1]! & F.NEG ? i - 1 : i > 1 && flags[i - 2]! & F.NEG && tokens[i - 2]!.sent === t.sent ? i - 2 : -1;
      if (t.f.startsWith('arbeidsufor') || t.f === 'ufor' || t.f === 'ufore' || t.f === 'arbeidsudyktig') {
        // «Ev. AAP/uføre», «søke uføre», «vurdering av uføre»: the benefit, named as a plan or a process.
        // («… over på AAP og uføre bør vurderast», «uføre må vurderes»: the benefit, to be assessed or applied for.)
        const next = /^(bor|ma|kan|skal|vil)$/.test(tokens[i + 1]?.f ?? '') ? tokens[i + 2]?.f : tokens[i + 1]?.f;
        const benefit =
          t.f === 'ufore' &&
          (/^(\/|aap|soke|soka|sokje|om|eller|evt|ev)$/.test(tokens[i - 1]?.f ?? '') ||
            (tokens[i - 1]?.f === 'og' && tokens[i - 2]?.f === 'aap') ||
            /^(vurderes|vurderast|vurderas|sokes|sokjast|utredes|utgreiast|avklares|avklarast)$/.test(next ?? '') ||
            (tokens[i - 1]?.f === 'av' &&
              /^(vurdering|vurderinga|vurderingen|avklaring|avklaringa|avklaringen|utredning|utgreiing|soknad)$/.test(tokens[i - 2]?.f ?? '')));
        if (negBefore < 0 && !benefit) a = i;
      } else if (negBefore >= 0) a = negBefore; // "ikke arbeidsfør"
      // Include "helt"/"100 %" before the word.
      if (a >= 0) {
        let k = a - 1;
        if (tokens[k]?.f === '%') k--;
        if (tokens[k] && (tokens[k]!.k === Kind.Num || tokens[k]!.f === 'helt' || tokens[k]!.f === 'heilt' || tokens[k]!.f === 'delvis')) a = k;
      }
    } else if (marks[i]! & M_WORK_ABILITY) {
      const p = tokens[i - 1]?.f ?? '';
      const nx = tokens[i + 1]?.f;
      if (p === 'ingen' || p === 'uten' || p === 'utan' || p === 'inga') a = i - 1;
      // («… og varig nedsatt arbeidsevne må da vurderes»: a question Nav is to weigh later, not the writer's conclusion.)
      else if (toBeAssessed(tokens, i)) continue;
      // "har nedsatt arbeidsevne": Nav's conclusion, not a description (but "arbeidsevne i kontorarbeid" is fine).
      else if (/^(nedsatt|nedsett|redusert|svekket|svekka)$/.test(p) && nx !== 'i' && nx !== 'til') {
        a = i - 1;
        if (/^(betydelig|sterkt|vesentlig|klart|mykje|mye|noe|noko|lett)$/.test(tokens[i - 2]?.f ?? '')) a = i - 2;
      } else if (nx === 'er' || nx === 'vert' || nx === 'blir') {
        // «arbeidsevnen er varig nedsatt», «arbeidsevna er nedsett for tida»: the same conclusion, said predicatively —
        // bare when nothing follows it but a time word or a reason («… nedsatt for tungt arbeid» names which work).
        let k = i + 2;
        while (k < i + 4 && /^(varig|betydelig|sterkt|vesentlig|klart|noe|noko|delvis|helt|heilt)$/.test(tokens[k]?.f ?? '')) k++;
        const after = tokens[k + 1];
        // (Only where nothing else says what the person can do: «… varig nedsatt pga hjertesvikt, gangdistanse ca 150 m».)
        if (
          /^(nedsatt|nedsett|redusert|svekket|svekka)$/.test(tokens[k]?.f ?? '') &&
          (!after ||
            after.k === Kind.Punct ||
            after.sent !== t.sent ||
            /^(na|no|pga|fordi|grunnet|og|men|idag|varig)$/.test(after.f) ||
            (after.f === 'for' && /^(tida|tiden)$/.test(tokens[k + 2]?.f ?? '')) ||
            // («… nedsett med meir enn 50 %», «nedsatt med minst 50 %»: by how much is the conclusion itself.)
            (after.f === 'med' &&
              (tokens[k + 2]?.k === Kind.Num ||
                (/^(minst|meir|mer|over|ca|cirka|om|rundt|omkring|anslagsvis)$/.test(tokens[k + 2]?.f ?? '') &&
                  (tokens[k + 3]?.k === Kind.Num || (tokens[k + 3]?.f === 'enn' && tokens[k + 4]?.k === Kind.Num)))))) &&
          !hasFunctionStatement(an)
        ) {
          a = i;
          b = k;
        }
      }
    } else if (marks[i]! & (M_WORK_VERB | M_WORK_NOUN)) {
      // Noun "arbeid" only counts in "noe/alt/ethvert arbeid" or "være i / gå på / stå i / fungere i arbeid".
      if (marks[i]! & M_WORK_NOUN) {
        const p1 = tokens[i - 1]?.f ?? '';
        const p2 = tokens[i - 2]?.f ?? '';
        // "ikkje eigna for arbeid", "ikke skikket til arbeid": a verdict on work as such.
        // («ikke klar for gradert arbeid»: work in any grade, after the same words.)
        const g = GRADED.test(p1) ? 1 : 0;
        const q1 = g ? p2 : p1;
        const q2 = tokens[i - 2 - g]?.f ?? '';
        const unfit = (q1 === 'for' || q1 === 'til') && FIT.has(q2) && !!(flags[i - 3 - g]! & F.NEG || flags[i - 4 - g]! & F.NEG);
        const deniedBefore = (k0: number): boolean => {
          let k = k0;
          if (/^(i|pa)$/.test(tokens[k]?.f ?? '')) k--;
          if (/^(ha|vaere|vere|vera|sta|jobbe|jobba|arbeide|arbeida)$/.test(tokens[k]?.f ?? '')) k--;
          return (!!(flags[k]! & F.NEG) && !!(flags[k - 1]! & F.CAPV)) || (!!(flags[k]! & F.CAPV) && !!(flags[k - 1]! & F.NEG));
        };
        const inWork =
          unfit ||
          ((p1 === 'i' || p1 === 'pa') && BE_AT_WORK.has(p2)) ||
          // "kan ikkje fungere i noverande stilling", "gå tilbake i sin stilling": the whole of the present job.
          (CURRENT_JOB.test(p1) && (p2 === 'i' || p2 === 'pa') && BE_AT_WORK.has(tokens[i - 3]?.f ?? '')) ||
          (p1 === 'med' && /^(realistisk|aktuelt|aktuell|mogleg|mulig)$/.test(p2)) ||
          !!(flags[i - 1]! & F.NEG && flags[i - 2]! & F.CAPV) ||
          // «Klarer ikke gradert arbeid nå»: work in any grade is still work as such («… at han ikke klarer delvis arbeid»).
          // («Klarer ikke ha gradert jobb», «klarar ikkje vere i gradert arbeid»: with a light verb between.)
          (GRADED.test(p1) && deniedBefore(i - 2)) ||
          // («ikke i stand til gradert arbeid», «ute av stand til gradert arbeid»: unable, in other words.)
          (GRADED.test(p1) &&
            p2 === 'til' &&
            tokens[i - 3]?.f === 'stand' &&
            ((tokens[i - 4]?.f === 'i' && !!(flags[i - 5]! & F.NEG)) || (tokens[i - 4]?.f === 'av' && tokens[i - 5]?.f === 'ute')));
        // "utføre arbeidsoppgavene (sine)": all of the job, nothing specific.
        // "gjøre jobben (sin)", "utføre arbeidet sitt", "ivareta arbeidsoppgavene": all of the job, nothing specific.
        const allTasks =
          /^(utfore|gjere|gjore|ivareta|klare|klara|mestre|meistre|fullfore|sta|handtere|ha)$/.test(p1) &&
          (t.f.startsWith('arbeidsoppgav') || t.f === 'jobben' || t.f === 'arbeidet' || t.f === 'stillingen' || t.f === 'yrket');
        // «ikke kunne nyttiggjøre seg noen form for arbeid», «ikkje nokon slags arbeid»: work of any kind.
        const anyKind =
          (p1 === 'for' && /^(form|type)$/.test(p2) && ANY_WORK.has(tokens[i - 3]?.f ?? '')) || (/^(slags|sorts|type)$/.test(p1) && ANY_WORK.has(p2));
        if (!ANY_WORK.has(p1) && !inWork && !allTasks && !anyKind) continue;
        if (allTasks && /^(sine|sina|sin|sitt)$/.test(tokens[i + 1]?.f ?? '')) b = i + 1;
      }
      // Negation within the 4 preceding tokens of the same clause ("kan ikke jobbe", "ute av stand til å arbeide").
      let neg = -1;
      let tooIll = false;
      for (let k = i - 1; k >= i - 7 && k >= 0; k--) {
        const tk = tokens[k]!;
        if (tk.k === Kind.Punct || tk.sent !== t.sent) break;
        if (flags[k]! & F.NEG && tk.f !== 'uten' && tk.f !== 'utan' && !tk.f.startsWith('unnga')) neg = k;
        if (tk.f === 'stand' && tokens[k - 1]?.f === 'av' && tokens[k - 2]?.f === 'ute') neg = k - 2;
        // "for syk til å jobbe", "for dårleg til å arbeide": too ill for work as such.
        if (tk.f === 'til' && TOO_ILL.test(tokens[k - 1]?.f ?? '') && tokens[k - 2]?.f === 'for') {
          neg = k - 2;
          tooIll = true;
        }
        if (flags[k]! & F.NEG && FIT.has(tokens[k + 1]?.f ?? '')) neg = k;
        // («Smertene er for sterke til at han kan jobbe»: too much for work as such, as «for syk til å jobbe» is.)
        if (tk.f === 'at' && tokens[k - 1]?.f === 'til' && TOO_FOR_WORK.test(tokens[k - 2]?.f ?? '') && /^(for|altfor)$/.test(tokens[k - 3]?.f ?? '')) {
          neg = k - 3;
          tooIll = true;
        }
      }
      if (neg < 0) continue;
      // «Verftet har ikkje anna arbeid for han», «det finst ikkje anna arbeid»: what the workplace has to offer, not the
      // person ruled out of work.
      if (
        /^(har|hadde|finst|finnes|fins|fanst|fantes|tilbyr|tilbyd|kan)$/.test(tokens[neg - 1]?.f ?? '') &&
        (EMPLOYER.test(tokens[neg - 2]?.f ?? '') || tokens[neg - 2]?.f === 'det')
      )
        continue;
      // «Hjemmekontor ikke mulig i hans jobb»: an adaptation ruled out in the job, not the person ruled out of work.
      // («Hjemmekontor er ikke mulig i hans stilling»: the same with the copula between.)
      const beforeNeg = neg > 1 && COPULA.test(tokens[neg - 1]!.f) ? neg - 2 : neg - 1;
      if (beforeNeg >= 0 && ADAPTATION.test(tokens[beforeNeg]!.f)) continue;
      // «eg e ikkje redd for å jobbe», «har ikke lyst til å jobbe»: a feeling about work, not a conclusion about
      // capacity.
      // So is «ikkje smitte ved vanleg arbeid», «ingen risiko ved vanlig arbeid»: what is denied is a risk at work, not
      // the person's work.
      let feelingOrRisk = false;
      for (let k = neg + 1; k < i; k++) if (FEELING.test(tokens[k]!.f) || RISK.test(tokens[k]!.f)) feelingOrRisk = true;
      if (feelingOrRisk) continue;
      // «Kan ikke bruke hø hånd til noe arbeid»: a body part or function ruled out for all work is the limit itself.
      let named = false;
      for (let k = neg + 1; k < i; k++)
        if (
          flags[k]! & AREA_MASK &&
          !(flags[k]! & (F.ACT | F.WORK | F.VERDICT | F.CAPV)) &&
          !BE_AT_WORK.has(tokens[k]!.f) &&
          // («noen form for arbeid»: a kind, no fitness.)
          !(/^(form|type)$/.test(tokens[k]!.f) && tokens[k + 1]?.f === 'for')
        )
          named = true;
      if (named) continue;
      // "Aldri vært i ordinært arbeid", "har ikke vært i jobb siden 2019": the work history, not a conclusion.
      if (/^(vaert|vore|hatt|jobbet|jobba|arbeidet|arbeidd|arbeida)$/.test(tokens[neg + 1]?.f ?? '')) continue;
      // Bare: nothing specific follows ("kan ikke jobbe.", "… nå", "… i det hele tatt", "… på noen måte").
      const n = tokens[b + 1];
      let bare = tooIll || !n || n.k === Kind.Punct || n.sent !== t.sent || VERDICT_ENDERS.has(n.f);
      // «orker ikke jobbe noe nå», «klarar ikkje å jobbe noko»: «noe» as «at all», when nothing but an ender follows it.
      if (n && /^(noe|noko)$/.test(n.f)) {
        const n2 = tokens[b + 2];
        bare = !n2 || n2.k === Kind.Punct || n2.sent !== t.sent || VERDICT_ENDERS.has(n2.f);
      }
      // "før kl. 10", "før 3 uker": a time qualifies the statement.
      if (n && n.f === 'for' && (tokens[b + 2]?.f === 'kl' || tokens[b + 2]?.k === Kind.Num)) bare = false;
      if (n && (n.f === 'i' || n.f === 'pa') && VERDICT_I.has(tokens[b + 2]?.f ?? '')) bare = true;
      if (n && (n.f === 'og' || n.f === 'eller') && flags[b + 2]! & (F.AUX | F.CAPV)) bare = true;
      // «… på nåværende tidspunkt», «på noverande tidspunkt»: now, in other words.
      if (n && n.f === 'pa' && /^(navaerende|noverande|naverende|dette)$/.test(tokens[b + 2]?.f ?? '') && tokens[b + 3]?.f === 'tidspunkt') bare = true;
      // «… slik situasjonen er nå», «slik det står no»: as things stand, which is «nå» in other words.
      if (n && n.f === 'slik' && /^(situasjonen|det|tilstanden|stoda|ting|tinga)$/.test(tokens[b + 2]?.f ?? '')) bare = true;
      // "sitt arbeid som sykepleier": the whole job is still a verdict.
      if (n && n.f === 'som' && (ANY_WORK.has(tokens[i - 1]?.f ?? '') || CURRENT_JOB.test(tokens[i - 1]?.f ?? ''))) bare = true;
      // "kan ikke gjøre jobben sin som lærer i nåværende tilstand": still the whole job.
      const whole = /^(utfore|gjere|gjore|ivareta|klare|klara|mestre|meistre|fullfore|sta|handtere|ha)$/.test(tokens[i - 1]?.f ?? '');
      // "… jobben sin som lærer" is the whole job; "… arbeidsoppgavene som krever løft" names which tasks.
      const titleAfter =
        n?.f === 'som' &&
        !!tokens[b + 2] &&
        tokens[b + 2]!.k === Kind.Word &&
        (!!(flags[b + 2]! & F.WORK) || (flags[b + 2] === 0 && flags2[b + 2] === 0)) &&
        !(flags[b + 2]! & F.ACT);
      if (whole && n && (/^(i|slik|pga|pa|no|na|lenger|lengre|grunnet|fordi|etter)$/.test(n.f) || titleAfter)) bare = true;
      if (whole && titleAfter) b = b + 2;
      // «I bakeriet vil hun ikke kunne jobbe»: a place put first restricts the work as one after it does («… jobbe i
      // bakeriet»).
      if (bare && frontedPlace(an, neg)) bare = false;
      if (!bare) continue;
      // Start at the modal ("kan ikke jobbe") for a fix that reads well.
      a = neg > 0 && flags[neg - 1]! & F.CAPV && tokens[neg - 1]!.sent === t.sent ? neg - 1 : neg;
    }
    if (a < 0) continue;
    // («… / - totalt ca 3 t aktivitet per dag før ho er utslitt / Ho er ikkje arbeidsfør som lærar no.»: after three or
    // more measures of function, the writer's own conclusion from them — its reasons are right above it.)
    if (measuredBefore(an, tokens[a]!.s) >= 3) continue;
    // («Mestrer ikke arbeid nå. Etter hjerneblødning … kan ikke gjøre seg forstått på telefon … Klarer ca 30 min …»:
    // the conclusion put first as a heading, its reasons — function measured or ruled out — right after it.)
    if (t.sent === 0 && shownAfter(an, tokens[b]!.e) >= 2) continue;
    // "i 1–2 dagar etter anfall kan han ikkje vere i arbeid": bounded in time, so specific.
    const sentence = an.sentences[t.sent];
    if (timedSentence(an, t.sent)) continue;
    // «to møter samme dag gjør at hun ikke får gjort annet arbeid»: what follows from a measured load, not a verdict.
    if (
      sentence &&
      an.quantities.some(
        (q) =>
          q.start >= sentence.start && q.end <= tokens[a]!.s && /\s(gjør|gjer|gjorde|fører|førte|forer|forte)\s+at\s/iu.test(text.slice(q.end, tokens[a]!.s)),
      )
    )
      continue;
    // "Under anfall kan ho ikkje gjere noko arbeid", "på dårlige dager …": bounded to episodes, so specific too.
    if (episodeBefore(tokens, a)) continue;
    // «… gjør at han ikke klarer full jobb. Mestrer: verkstedarbeid ca 4 timer per dag»: full work ruled out, where the
    // text says how much work the person does manage — the measure answers it.
    if (
      /^(full|fullt|fulle|heil|heilt|hel|hele|heile)$/.test(tokens[i - 1]?.f ?? '') &&
      an.statements.some((st) => st.capacity && st.measured && st.areas.includes('endurance'))
    )
      continue;
    reportVerdict(ctx, fixTitle, tokens[a]!.s, tokens[b]!.e);
  }
  detectNoGrading(ctx, fixTitle);
  detectAllOfBefore(ctx, fixTitle);
  detectOutForGood(ctx, fixTitle);
  detectOtherWorkRuledOut(ctx, fixTitle);
  detectBareNotPossible(ctx, fixTitle);
}

/** Possible or safe, not «aktuelt» (which, bare, is often «does not apply»: «Ikke aktuelt.» as a field's answer). */
const BARE_POSSIBLE = /^(mulig|mogleg|realistisk|forsvarlig|forsvarleg)$/;

/**
 * «Store plager, ikkje forsvarleg.», «Sterke smerter. Ikke mulig.»: «ikke mulig/forsvarlig» as a clause of its own, with
 * nothing it governs — in a field that asks about work, the work is what is ruled out, bare.
 * (Not after a label, «Arbeidsutprøving: ikke mulig», which names what; not where function is said elsewhere.)
 */
function detectBareNotPossible(ctx: RuleContext, fixTitle: string): void {
  const { an, field } = ctx;
  const { tokens, flags } = an;
  if (!field.asks.includes('work')) return;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!(flags[k]! & F.NEG) || !BARE_POSSIBLE.test(tokens[k + 1]!.f)) continue;
    const prev = tokens[k - 1];
    if (prev && prev.sent === tokens[k]!.sent && prev.f !== ',' && prev.f !== '.') continue;
    let n = k + 2;
    while (BARE_AFTER.has(tokens[n]?.f ?? '')) n++;
    // («Ikke mulig pga hudsykdom»: a reason that names only the illness leaves it bare; «… fordi hun ikke kan stå» does not.)
    if (tokens[n]?.sent === tokens[k]!.sent && REASON.test(tokens[n]!.f)) {
      let m = n + 1;
      let said = false;
      for (; m < tokens.length && tokens[m]!.sent === tokens[k]!.sent && tokens[m]!.k !== Kind.Punct; m++)
        if (flags[m]! & (F.ACT | F.FN | F.CAPV | F.NEG | F.LOADA | F.LOADC | AREA_MASK)) said = true;
      if (said) continue;
      n = m;
    }
    const after = tokens[n];
    if (after && after.sent === tokens[k]!.sent && (after.k !== Kind.Punct || after.f === ':' || after.f === '(')) continue;
    if (ctx.found.some((x) => x.rule === 'global-verdict' && x.start <= tokens[k]!.s && x.end >= tokens[k + 1]!.e)) continue;
    if (functionSaidElsewhere(an, tokens[k]!.s)) continue;
    reportVerdict(ctx, fixTitle, tokens[k]!.s, tokens[k + 1]!.e);
  }
}

/**
 * «Annet yrke neppe aktuelt», «Anna arbeid er ikkje realistisk»: other work ruled out bare, with the work named first —
 * the same conclusion as «Ikke aktuelt med annet arbeid», in the other order. Bare means the sentence ends there, a
 * punctuation mark follows («…, pas. er 61 år») or a word of BARE_AFTER does; any other word right after it (a bound,
 * «… før operasjonen», or a reason, «… fordi …») leaves it alone, and so does function said elsewhere in the text.
 */
function detectOtherWorkRuledOut(ctx: RuleContext, fixTitle: string): void {
  const { an } = ctx;
  const { tokens, flags, marks } = an;
  for (let i = 1; i < tokens.length; i++) {
    if (!(marks[i]! & M_WORK_NOUN || tokens[i]!.f === 'yrke') || !OTHER_WORK.has(tokens[i - 1]!.f)) continue;
    let k = i + 1;
    while (k < i + 3 && /^(er|vil|blir|vert|vere|vaere|bli)$/.test(tokens[k]?.f ?? '')) k++;
    if (!(flags[k]! & F.NEG || /^(neppe|lite)$/.test(tokens[k]?.f ?? '')) || !POSSIBLE.test(tokens[k + 1]?.f ?? '')) continue;
    const after = tokens[k + 2];
    if (after && after.sent === tokens[i]!.sent && after.k !== Kind.Punct && !BARE_AFTER.has(after.f)) continue;
    if (functionSaidElsewhere(an, tokens[i]!.s)) continue;
    reportVerdict(ctx, fixTitle, tokens[i - 1]!.s, tokens[k + 1]!.e);
  }
}
/** «pga», «grunnet», «grunna»: the reason named after a conclusion. */
const REASON = /^(pga|grunnet|grunna)$/;
/** Words after the conclusion that leave it bare (a time now, «at all»), not a bound or a reason. */
const BARE_AFTER = new Set(['na', 'no', 'idag', 'enna', 'enno', 'lenger', 'lengre', 'overhodet', 'helt', 'heilt']);
/** «annet», «nytt» before work: other work than the present. */
const OTHER_WORK = new Set(['annet', 'anna', 'annen', 'nytt', 'ny', 'alternativt', 'alternativ']);

const FOR_GOOD = /^(varig|varigt|permanent|endeleg|endelig)$/;
const OUT_OF_WORK = /^(arbeid|arbeidet|arbeidslivet|yrkeslivet|jobb|arbeidsmarkedet|arbeidsmarknaden)$/;

/**
 * «Varig ute av arbeidslivet», «permanent ute av arbeid»: work as such ruled out for good — the verdict in other words.
 * («Har vært ute av arbeidslivet i 3 år» is the history, with no «varig».)
 */
function detectOutForGood(ctx: RuleContext, fixTitle: string): void {
  const { tokens } = ctx.an;
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.f !== 'ute' || tokens[i + 1]!.f !== 'av' || !OUT_OF_WORK.test(tokens[i + 2]!.f)) continue;
    let a = i - 1;
    // («for godt ute av …»)
    if (tokens[a]!.f === 'godt' && tokens[a - 1]?.f === 'for') a--;
    else if (!FOR_GOOD.test(tokens[a]!.f)) continue;
    if (tokens[a]!.sent !== tokens[i + 2]!.sent) continue;
    if (ctx.found.some((x) => x.rule === 'global-verdict' && x.start <= tokens[a]!.s && x.end >= tokens[i + 2]!.e)) continue;
    reportVerdict(ctx, fixTitle, tokens[a]!.s, tokens[i + 2]!.e);
  }
}

/** Not a place: a state, a phase or a time («I nåværende situasjon», «I denne fasen», «I dag»). */
const NO_PLACE =
  /^(situasjon|situasjonen|tilstand|tilstanden|fase|fasen|periode|perioden|perioda|form|forma|formen|dagens|denne|dette|det|den|sin|sitt|hennes|hans|navaerende|noverande|naverande|slik|sa|praksis|utgangspunktet)$/;

/**
 * The sentence opens with «i/på/som» and one to three words, then the finite verb, before the negation at `neg`: a place
 * or a job put first («I bakeriet vil hun ikke …», «Som sveiser kan han ikke …»), not a state or a time.
 */
function frontedPlace(an: RuleContext['an'], neg: number): boolean {
  const { tokens, flags } = an;
  const sent = tokens[neg]!.sent;
  let s0 = neg;
  while (s0 > 0 && tokens[s0 - 1]!.sent === sent) s0--;
  if (!/^(i|pa|som)$/.test(tokens[s0]!.f)) return false;
  for (let m = s0 + 2; m <= s0 + 4 && m < neg; m++) {
    if (!(flags[m]! & (F.AUX | F.CAPV))) continue;
    for (let k = s0 + 1; k < m; k++) {
      const w = tokens[k]!;
      if (w.k !== Kind.Word || NO_PLACE.test(w.f) || VERDICT_I.has(w.f) || an.durations.some((d) => d.start <= w.s && d.end >= w.e)) return false;
    }
    return true;
  }
  return false;
}

const DO_NOW = /^(gjore|gjere|klare|klara|mestre|meistre|utfore|greie|greia|makte|orke|orka)$/;
// Sets, not patterns: the rules test every token of the text on every keystroke, and a set look-up is a fraction of a
// pattern's cost.
const DID_BEFORE = new Set([
  'gjorde',
  'klarte',
  'greidde',
  'mestret',
  'meistra',
  'jobbet',
  'jobba',
  'arbeidet',
  'arbeidde',
  'arbeida',
  'utforte',
  'holdt',
  'heldt',
]);
const BEFORE = /^(for|tidligere|tidlegare)$/;

/**
 * «Kan ikke gjøre noe av det hun gjorde før», «klarar ingenting av det han gjorde tidlegare»: the whole of the former
 * work ruled out without naming any of it — a verdict in other words.
 */
function detectAllOfBefore(ctx: RuleContext, fixTitle: string): void {
  const { tokens, flags } = ctx.an;
  for (let i = 0; i < tokens.length; i++) {
    if (!DID_BEFORE.has(tokens[i]!.f)) continue;
    const sent = tokens[i]!.sent;
    // «… gjorde før», «… jobbet med før»
    let e = i + 1;
    if (/^(med|i|pa)$/.test(tokens[e]?.f ?? '')) e++;
    if (!BEFORE.test(tokens[e]?.f ?? '') || tokens[e]!.sent !== sent) continue;
    // «det (hun) …»
    let d = i - 1;
    if (/^(han|hun|ho|hen|pasienten|pas|vedkommende|bruker|brukeren)$/.test(tokens[d]?.f ?? '')) d--;
    if (tokens[d]?.f === 'som') d--;
    if (tokens[d]?.f !== 'det' && !/^(alt|alle|ingenting)$/.test(tokens[d]?.f ?? '')) continue;
    let k = d - 1;
    let none = tokens[d]!.f === 'ingenting';
    if (tokens[k]?.f === 'av' && /^(noe|noko|noen|nokon|ingenting|ingen|alt|mye|mykje)$/.test(tokens[k - 1]?.f ?? '')) {
      none ||= /^(ingenting|ingen)$/.test(tokens[k - 1]!.f);
      k -= 2;
    }
    // The negation right after the verb («klarar ikkje noko av det …»), or before it in the same clause («kan ikke
    // gjøre», «at hun ikkje klarar»), or «ingenting».
    // («uten», «utan» negate too, but a thing left out, not the doing.)
    const denies = (j: number) => !!(flags[j]! & F.NEG) && tokens[j]!.f !== 'uten' && tokens[j]!.f !== 'utan';
    let a = -1;
    if (k > 0 && denies(k)) a = k--;
    if (!DO_NOW.test(tokens[k]?.f ?? '') && !(flags[k]! & F.CAPV)) continue;
    for (let j = k - 1; a < 0 && j >= k - 4 && j >= 0; j--) {
      if (tokens[j]!.sent !== sent || tokens[j]!.k === Kind.Punct) break;
      if (denies(j)) a = j;
    }
    if (a < 0 && !none) continue;
    if (a < 0) a = k;
    if (a > 0 && flags[a - 1]! & F.CAPV && tokens[a - 1]!.sent === sent) a--;
    if (ctx.found.some((x) => x.rule === 'global-verdict' && x.start <= tokens[a]!.s && x.end >= tokens[e]!.e)) continue;
    reportVerdict(ctx, fixTitle, tokens[a]!.s, tokens[e]!.e);
  }
}

/** A period or time of day stands in sentence `sent`: the statement is bounded in time. */
function timedSentence(an: RuleContext['an'], sent: number): boolean {
  const sentence = an.sentences[sent];
  return (
    !!sentence &&
    an.quantities.some(
      (q) =>
        q.start >= sentence.start &&
        q.end <= sentence.end &&
        (q.unitClass === 'period' || q.unitClass === 'time') &&
        // («… ikke hensiktsmessig nå, prøver igjen om et par uker»: when to try again or look at it anew is a follow-up,
        // not a bound on the conclusion.)
        !FOLLOW_UP.test(an.text.slice(Math.max(sentence.start, q.start - 30), q.start)),
    )
  );
}
const FOLLOW_UP =
  /((prøver|prøve|prøvar|prøva|forsøker|forsøke)\s+(igjen|igjen\s+på\s+nytt|på\s+nytt|att)|(ny|nye|fornyet|fornya)\s+(vurdering|vurdering\s+av\s+\p{L}+)|revurder\p{L}*|vurderes\s+(igjen|på\s+nytt)|vurderast\s+(att|på\s+nytt))\s+(om|etter|i|innen|innan)\s+((et|eit|ei|en|ein|ca\.?|cirka)\s+)?$/iu;

function reportVerdict(ctx: RuleContext, fixTitle: string, start: number, end: number): void {
  ctx.report({ start, end, fixes: [withCursor(fixTitle, start, end, matchCase(ctx.text, start, VERDICT_TEMPLATE[ctx.lang]))] });
}

const GRADING = /^(gradering|graderinga|graderingen)$/;
const GRADED_THING = /^(sykmelding|sykemelding|sjukmelding|sjukemelding|sykmeldingen|sjukmeldinga|arbeid|jobb|jobbing|stilling)$/;
/** Going back to work, as a noun. */
const RETURN = /^(tilbakeforing|tilbakeforinga|tilbakeforingen|retur|returen|tilbakegang|tilbakegangen|arbeidsretur|arbeidsreturen)$/;
const WORK_PLACE = /^(arbeid|arbeidet|jobb|jobben|stilling|stillinga|stillingen|yrke|yrket|arbeidsplass|arbeidsplassen|arbeidslivet)$/;
// Every word the statement below can start from (graded, grading, return), checked first.
const alternatives = (re: RegExp) => re.source.replace(/^\^\(|\)\$$/g, '').split('|');
const NO_GRADING_HEAD = new Set(['gradert', 'gradera', 'graderet', ...alternatives(GRADING), ...alternatives(RETURN)]);
const POSSIBLE = /^(aktuelt|aktuell|mulig|mogleg|realistisk|hensiktsmessig|formalstjenlig|tilradelig|tilradeleg|forsvarlig|forsvarleg)$/;

/** How many statements before `at` measure a function. */
function measuredBefore(an: RuleContext['an'], at: number): number {
  let n = 0;
  for (const st of an.statements) if (st.end <= at && st.functional && st.measured && !st.demand && !st.schedule) n++;
  return n;
}

/** Statements after `at` that measure a function or rule one out. */
function shownAfter(an: RuleContext['an'], at: number): number {
  let n = 0;
  for (const st of an.statements) if (st.start >= at && st.functional && (st.measured || st.absolute) && !st.demand && !st.schedule) n++;
  return n;
}

/** Function is said with measures or ruled out whole in a statement other than the one at `at`. */
function functionSaidElsewhere(an: RuleContext['an'], at: number): boolean {
  return an.statements.some((st) => st.functional && (st.measured || st.absolute) && !(st.start <= at && at < st.end));
}

/**
 * «Ikke aktuelt med gradering nå», «Gradering ikkje aktuelt»: graded work ruled out, bare — the conclusion the field
 * asks the doctor to explain. Not when it is bounded («gradering ikke mulig før tidligst uke 10», «… før MR er gjort»)
 * or says what stands in the way («… uten kjøring», «… i praksis»).
 */
function detectNoGrading(ctx: RuleContext, fixTitle: string): void {
  const { an, text } = ctx;
  const { tokens, flags } = an;
  for (let i = 0; i < tokens.length; i++) {
    if (!NO_GRADING_HEAD.has(tokens[i]!.f)) continue;
    // («Gradert sykmelding ikke aktuelt», «ikkje aktuelt med gradert arbeid»: the graded leave or work, said in full.)
    let e = i;
    // Said in a form that often closes a text («gradert ikkje mogleg», «… at gradering ikke er mulig», «tilbakeføring
    // … ikke realistisk»): where function is said with measures or ruled out elsewhere, the writer's own summary of it.
    let summary = false;
    if (/^(gradert|gradera|graderet)$/.test(tokens[i]!.f) && GRADED_THING.test(tokens[i + 1]?.f ?? '')) e = i + 1;
    // («Gradert ikkje mogleg pga sjukdom»: the graded leave, unnamed.)
    else if (/^(gradert|gradera|graderet)$/.test(tokens[i]!.f) && flags[i + 1]! & F.NEG && (i === 0 || tokens[i - 1]!.sent !== tokens[i]!.sent)) summary = true;
    // («Tilbakeføring til nåværende arbeid er ikke realistisk», «Retur til jobben ikkje aktuelt»: going back to work,
    // ruled out bare — as much a verdict as graded work ruled out.)
    else if (RETURN.test(tokens[i]!.f)) {
      summary = true;
      if (/^(til|i)$/.test(tokens[i + 1]?.f ?? '')) {
        const n = CURRENT_JOB.test(tokens[i + 2]?.f ?? '') ? i + 3 : i + 2;
        if (WORK_PLACE.test(tokens[n]?.f ?? '')) e = n;
      }
    } else if (
      /^(gradert|gradera)$/.test(tokens[i]!.f) &&
      i >= 2 &&
      flags[i - 1]! & F.NEG &&
      flags[i - 2]! & F.CAPV &&
      tokens[i - 2]!.sent === tokens[i]!.sent &&
      (!tokens[i + 1] || tokens[i + 1]!.k === Kind.Punct || tokens[i + 1]!.sent !== tokens[i]!.sent || VERDICT_ENDERS.has(tokens[i + 1]!.f))
    ) {
      // «Store smerter, klarer ikkje gradert no»: graded work, its noun left out, ruled out bare.
      if (!functionSaidElsewhere(an, tokens[i]!.s)) reportVerdict(ctx, fixTitle, tokens[i - 2]!.s, tokens[i]!.e);
      continue;
    } else if (
      /^(gradert|gradera)$/.test(tokens[i]!.f) &&
      // («Ikkje klar for gradert.»: fit for it, the same ellipsis.)
      (tokens[i - 1]?.f === 'med' || ((tokens[i - 1]?.f === 'for' || tokens[i - 1]?.f === 'til') && FIT.has(tokens[i - 2]?.f ?? ''))) &&
      (!tokens[i + 1] || tokens[i + 1]!.k === Kind.Punct || tokens[i + 1]!.sent !== tokens[i]!.sent || VERDICT_ENDERS.has(tokens[i + 1]!.f))
    ) {
      // «Ikke aktuelt med gradert.»: the graded leave, its noun left out, ruled out bare (checked below as «… med gradering»).
      summary = true;
    } else if (!GRADING.test(tokens[i]!.f)) continue;
    const sent = tokens[i]!.sent;
    let a = -1;
    let b = -1;
    // «Gradering (er) ikke aktuelt», «gradering vurdert, men ikke mulig»
    // («… at gradering ikke er mulig nå»: the copula after the negation, as a clause after «at» has it.)
    let k = e + 1;
    if (flags[k]! & F.NEG && /^(er|vil|blir|vert)$/.test(tokens[k + 1]?.f ?? '') && POSSIBLE.test(tokens[k + 2]?.f ?? '')) {
      summary = true;
      a = i;
      b = k + 2;
    } else if (/^(er|vil|blir|vert)$/.test(tokens[k]?.f ?? '')) k++;
    else if (/^(vurdert|vurdera|provd|forsokt)$/.test(tokens[k]?.f ?? '')) {
      k++;
      if (tokens[k]?.f === ',') k++;
      if (/^(men|og)$/.test(tokens[k]?.f ?? '')) k++;
    }
    if (a < 0 && tokens[k] && flags[k]! & F.NEG && tokens[k]!.sent === sent && POSSIBLE.test(tokens[k + 1]?.f ?? '')) {
      a = i;
      b = k + 1;
    }
    // («Gradert arbeid har hittil ikke latt seg gjennomføre», «gradering har ikkje fungert»: tried and failed, bare.)
    if (a < 0 && /^(har|hadde)$/.test(tokens[e + 1]?.f ?? '')) {
      let n = e + 2;
      if (/^(hittil|forelopig|enno|enna)$/.test(tokens[n]?.f ?? '')) n++;
      else if (/^(sa|so)$/.test(tokens[n]?.f ?? '') && tokens[n + 1]?.f === 'langt') n += 2;
      const done =
        tokens[n + 1]?.f === 'latt' && tokens[n + 2]?.f === 'seg' ? n + 3 : /^(fungert|lukkast|lykkes|lyktes|gatt)$/.test(tokens[n + 1]?.f ?? '') ? n + 1 : -1;
      if (done > 0 && tokens[n] && flags[n]! & F.NEG && tokens[n]!.sent === sent && tokens[done]?.sent === sent) {
        a = i;
        b = done;
      }
    }
    // «(det er) ikke aktuelt med gradering»
    if (
      a < 0 &&
      tokens[i - 1]?.f === 'med' &&
      POSSIBLE.test(tokens[i - 2]?.f ?? '') &&
      tokens[i - 3] &&
      flags[i - 3]! & F.NEG &&
      tokens[i - 3]!.sent === sent
    ) {
      a = i - 3;
      b = e;
    }
    // «Ikke klar for gradering», «ikkje moden for gradert sjukmelding»: not fit for graded work, bare — the same verdict.
    if (
      a < 0 &&
      (tokens[i - 1]?.f === 'for' || tokens[i - 1]?.f === 'til') &&
      FIT.has(tokens[i - 2]?.f ?? '') &&
      tokens[i - 3] &&
      flags[i - 3]! & F.NEG &&
      tokens[i - 3]!.sent === sent &&
      // (Not the person's own feeling: «føler seg ikke klar for gradert arbeid».)
      !(tokens[i - 4]?.f === 'seg' && /^(foler|folte|kjenner|kjende|kjente)$/.test(tokens[i - 5]?.f ?? ''))
    ) {
      a = i - 3;
      b = e;
    }
    if (a < 0) continue;
    // («Går 100 m før han må stoppe … Gradert arbeid ikke mulig fordi …»: graded work named in full after function said
    // with measures or as ruled out is the conclusion drawn from them, as the writer's own summary.)
    if ((e > i || summary) && functionSaidElsewhere(an, tokens[i]!.s)) continue;
    // («ingen stillesittende oppgaver hos arbeidsgiver -> gradering ikke mulig»: what follows from the tasks said first.)
    if (/(->|→|=>|\bså)\s*$/u.test(text.slice(Math.max(0, tokens[a]!.s - 6), tokens[a]!.s))) continue;
    // («kan ikkje køyre med ein arm – gradering ikkje mogleg»: after a dash, what follows from a task ruled out whole.)
    if (
      /[–—-]\s*$/u.test(text.slice(Math.max(0, tokens[a]!.s - 3), tokens[a]!.s)) &&
      an.statements.some(
        (st) => st.functional && st.absolute && st.negated && st.end <= tokens[a]!.s && /^\s*[–—-]\s*$/u.test(text.slice(st.end, tokens[a]!.s)),
      )
    )
      continue;
    // Bounded or explained right after: «før …», «uten …», «i praksis», «pga …» with a measure.
    const rest = text.slice(tokens[b]!.e, an.sentences[sent]?.end ?? text.length);
    if (
      /^\s*(nå|no|foreløpig|enno|ennå|per\s+nå|p\.t\.?|på\s+nåværende\s+tidspunkt)?\s*(før|innen|innan|til|uten|utan|i\s+praksis|dei\s+neste|de\s+neste|i\s+(denne\s+)?(perioden|fasen|sykmeldingsperioden|sjukmeldingsperioden))\b/iu.test(
        rest,
      )
    )
      continue;
    if (timedSentence(an, sent)) continue;
    if (ctx.found.some((d) => d.rule === 'global-verdict' && d.start <= tokens[a]!.s && d.end >= tokens[b]!.e)) continue;
    reportVerdict(ctx, fixTitle, tokens[a]!.s, tokens[b]!.e);
  }
}

export const globalVerdict = defineRule(
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
    appliesTo: ['function', 'capacity', 'tasks', 'time'],
    notWhen: ['reasons'],
    fixes: ['Erstatt med en funksjonsbeskrivelse'],
  },
  (ctx) => detectVerdict(ctx, globalVerdict.def.fixes[0]!),
);

/**
 * Which written standard a text is in, so that a fix inserts words of the writer's own standard. A short clinical
 * note has few of the function words the two standards spell differently («ikkje», «frå»), so the endings that tell
 * them apart count too: «-leg»/«-lig» (vanskeleg, dårlig), «-heit»/«-het», «-ingar»/«-inger», definite plural
 * «-ane», present tense and plural «-ar», passive «-ast»/«-eres». Each word votes once; a tie is bokmål, the standard
 * most texts are in.
 */

const NYNORSK_WORDS = new Set(
  `ikkje ikkj kva kven korleis kor kvifor kvar kvart kvarandre eg ho dei desse berre meir mykje frå sjå vere vore gjere
  gjer eit ein nokon noko nokre inga ingi kome kjem seier veit treng hjå utan sidan medan difor framleis enno heile
  heilt sjølv saman heim heime kring ikring veke veker veka vekene vekes månad månader månaden timar dagar gonger gong
  òg vart verte vert høve stad staden sjuk sjuke sjukdom sjukmeld sjukmelde sjukmelding sjukmeldt sjukehus
  sjukehuset sjukepleiar byrja byrjar ynskjer ynskje auke aukar auka eigen eige eigne eiga aleine åleine fleire betre
  kvardag kvardagen særleg arbeidsgjevar arbeidsgivar tilsett tilsette oppgåve oppgåver arbeidsoppgåver skildra
  skildring skildrar nedsett uendra endra nemnt førre tidlegare seinare vidare skule skulen elevar lærar då viss
  kvile kvilar kviler dårleg framover etterkvart etter_kvart fekk gjekk stod såg trong høgre høg høgt
  augo auge søvnen no søv krev krevjande elles ymse slepp omsyn betring brukar beskrive skildre ovanfor nemnde eigna utgreiing utgreiast uthald avheng inndrege inndregen`.split(
    /\s+/,
  ),
);

const BOKMAAL_WORDS = new Set(
  `ikke hva hvem hvordan hvor hvorfor hver hvert hverandre jeg hun disse bare mer mye fra være vært gjøre gjør et en
  noen noe komme kommer sier vet trenger uten siden mens derfor fortsatt ennå hele helt selv sammen hjem hjemme uke
  uker uken ukene måned måneder måneden timer dager ganger nå ble syk syke sykdom sykmeldt sykemeldt sykmelding
  sykemelding sykmeldingen sykehus sykehuset sykepleier begynte begynner ønsker øke økt økende egen egne eget alene
  flere bedre hverdag hverdagen særlig arbeidsgiver ansatt ansatte oppgave oppgaver arbeidsoppgaver beskrevet nevnt
  forrige tidligere senere videre skole skolen elever lærer da hvis hvile hviler dårlig fremover etterhvert fikk gikk
  så høyre høy høyt øyne øye sover krever ellers hensyn bedring bruker ovenfor utredning egnet`.split(/\s+/),
);

/** Words that end like a nynorsk «-ar» form and are not one. */
const AR_WORDS = /(?:klar|svar|[^b]bar|var|januar|februar|vikar|seminar|mentar|inventar|kalendar|dollar|gular|polar|lunar|solar|kar)$/;

/** Votes already reached: the same words come back on every keystroke. */
const memo = new Map<string, number>();

function vote(w: string): number {
  let v = memo.get(w);
  if (v === undefined) {
    v = voteOf(w);
    if (memo.size > 50_000) memo.clear();
    memo.set(w, v);
  }
  return v;
}

function voteOf(w: string): number {
  if (NYNORSK_WORDS.has(w)) return 1;
  if (BOKMAAL_WORDS.has(w)) return -1;
  // hovud-, køyr-, -gj- after a consonant (følgjer, byggje), -auke: spellings only nynorsk has, inside compounds too.
  if (/^(?:hovud|køyr)/.test(w) || /(?:lgj|rgj|ggj|ngj)/.test(w) || (/auk(?:e|en|ar|a)$/.test(w) && !/pauk/.test(w))) return 1;
  if (w.length < 5) return 0;
  if (/(?:leg|legare|legast|legaste|heit|heita|ingar|ingane)$/.test(w)) return 1;
  if (/(?:lig|lige|ligere|ligst|ligste|ligvis|het|heten|hetene|inger|ingene|eres)$/.test(w)) {
    return /^(?:fing|ring|sving)/.test(w) || /(?:fetthet|bethet)$/.test(w) ? 0 : -1;
  }
  if (w.length >= 7 && /ande$/.test(w)) return 1;
  // Comparative «-are» (lettare, tyngre is both): not «klare», «svare», «spare», «bare».
  if (w.length >= 6 && /[^aeiouyæøå]are$/.test(w) && !/(?:klare|svare|spare|vare|fare|bare)$/.test(w)) return 1;
  if (w.length >= 8 && /ende$/.test(w) && !/kjende$/.test(w)) return -1;
  if (w.length >= 6 && /ane$/.test(w) && !/(?:vane|hane|plane|brane)$/.test(w)) return 1;
  if (w.length >= 6 && /ar$/.test(w) && !AR_WORDS.test(w)) return 1;
  if (w.length >= 7 && /ast$/.test(w) && !/(?:last|plast|kontrast|kast)$/.test(w)) return 1;
  return 0;
}

/** Web addresses («nav.no») say nothing of the standard: «no» there is no «now». */
const ADDRESS = /[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:no|com|org|net)\b/gu;
const HAS_ADDRESS = /\.(?:no|com|org|net)\b/;

/** Votes over the words of a text: nynorsk when more say nynorsk than bokmål. */
export function isNynorsk(text: string): boolean {
  let score = 0;
  const lower = text.toLowerCase();
  for (const w of (HAS_ADDRESS.test(lower) ? lower.replace(ADDRESS, ' ') : lower).match(/\p{L}+/gu) ?? []) score += vote(w);
  return score > 0;
}

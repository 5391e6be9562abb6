import { foldWords } from '../checks/fold.ts';

/**
 * Letters of other Latin alphabets that have no decomposed form, so the shared folding would turn them into a space
 * and split the word: Polish ł («złota rączka»), Turkish dotless ı, South Slavic
 * đ and German ß (ss). Titles in those languages are matched (`foreignTitles` in the catalogue), so they fold to their base letter here.
 */
const OTHER: Record<string, string> = { ł: 'l', Ł: 'l', ı: 'i', đ: 'd', Đ: 'd', ß: 'ss' };
const OTHER_LETTERS = /[łŁıđĐß]/g;
const HAS_OTHER = /[łŁıđĐß]/;
const MODEL = /(?<![\p{L}\p{N}])(\p{L})-(\d{1,4})(?![\p{L}\p{N}])/gu;
const E_PREFIX = /(?<![\p{L}\p{N}])([eE])-(\p{L}{3,})/gu;

/**
 * Text folding for occupation search: the project's one Norwegian folding (lib/checks/fold.ts: æ→ae, ø→o,
 * å→a, other diacritics stripped), reduced to words. Both the haystack and the query go through it.
 */
export function fold(s: string): string {
  const cyr = HAS_CYRILLIC.test(s) ? transliterate(s) : s;
  // «F-35», «P-8», «C-130»: a model named by one letter and a number is one word («f35»), as the catalogue writes it.
  // «e-sport», «e-handel», «e-læring»: the prefix «e-» (electronic) is part of the word, written with or without the hyphen.
  const latin = cyr.includes('-') ? cyr.replace(MODEL, '$1$2').replace(E_PREFIX, '$1$2') : cyr;
  return foldWords(HAS_OTHER.test(latin) ? latin.replace(OTHER_LETTERS, (c) => OTHER[c]!) : latin, { trim: true });
}

/**
 * Russian and Ukrainian in Cyrillic letters, as the catalogue's `foreignTitles` write them in Latin ones («сварщик» →
 * svarshchik, «водитель автобуса» → voditel avtobusa, «медсестра» → medsestra): a worker may type a title in the
 * script of the home country. The soft and hard signs are dropped, as the catalogue's titles drop them.
 */
// Letter and Latin spelling in pairs; «-» is a letter written as nothing.
const CYRILLIC: Record<string, string> = Object.fromEntries(
  (
    'а a б b в v г g ґ g д d е e ё e є ye ж zh з z и i і i ї yi й y к k л l м m н n о o п p р r с s т t у u ф f х kh ' +
    'ц ts ч ch ш sh щ shch ъ - ы y ь - э e ю yu я ya'
  )
    .match(/\S+ \S+/g)!
    .map((pair) => {
      const [c, latin] = pair.split(' ') as [string, string];
      return [c, latin === '-' ? '' : latin];
    }),
);
const HAS_CYRILLIC = /[\u0400-\u04ff]/;
const CYRILLIC_LETTERS = /[\u0400-\u04ff]/g;

function transliterate(s: string): string {
  return s.replace(CYRILLIC_LETTERS, (c) => CYRILLIC[c.toLowerCase()] ?? ' ');
}

/**
 * Loosens spelling differences that are not typos but variants people write: nynorsk agent nouns (-ar for
 * -er: lærar, sjukepleiar, arbeidar), "sjuk-" for "syk-", sykemeldt as sykmeldt, æ typed as e, and gendered/neutral compound heads
 * (-kvinne/-person/-dame/-kjerring vs -mann, old -bestyrer as -leder), løys → løs (avløysar), bilete → bilde, lækjar → lege. Applied to both sides, so it only ever merges variants.
 */
// Every rule below needs one of these; most words have none, so one test spares twenty replacements.
const INNER_TRIGGER =
  /sjuk|sykhus|sykhjem|sykemeld|vidare|vidreg|gaande|ae|x|leiar|heim|ten[ae]|meister|syster|reinhald|reingj|rengjer|straum|mjolk|golv|snikk|handsam|skul[ae]|kyrkj|dagleg|edb|born|bufelles|burett|hogskole|veg|loys|bilete|stoyp|lekj|rekneskap|saman|royr|verkstad|byggj|gjev|hse|kjoken|\bung[ae]|([a-z])\1\1/;
const END_TRIGGER = /kvinne|person|dame|kone|kjerring|jomfru|ske\b|tri[sc]e\b|inne\b|soster|ar\b|bestyrer\b/;

export function loosenInner(folded: string): string {
  if (!INNER_TRIGGER.test(folded)) return folded;
  // Whole-string replacements (one pass each) rather than word by word: this runs over every description.
  return (
    folded
      .replace(/sjuk/g, 'syk')
      // sjukhus, sykhuset (dialect and Swedish, the linking -e- said away) → sykehus; sjukheim → sykehjem below.
      .replace(/\bsyk(hus|heim|hjem)/g, 'syke$1')
      // sykemeldt/sjukemeld → sykmeldt: both spellings are written, the -e- is no word of its own («syke|meldte»).
      .replace(/sykemeld/g, 'sykmeld')
      // vidaregåande → videregående (before the æ rule below, which also turns the folded gåe into ge).
      .replace(/\bvidare/g, 'videre')
      // …and «vidregåande», «vidregående», the vowel of the middle syllable dropped as it is said.
      .replace(/\bvidreg/g, 'videreg')
      .replace(/gaande/g, 'gaende')
      // "ae" almost only comes from æ, which people often type as plain e (lerer, sekreter).
      .replace(/ae/g, 'e')
      // lækjar (nynorsk) → legar, then leger by the -ar rule below, which the search matches with «lege» like any plural:
      // dyrlækjar, tannlækjar.
      .replace(/lekj(?=[ae])/g, 'leg')
      // Norwegian writes x as ks too (taksi, eksamen).
      .replace(/x/g, 'ks')
      // Nynorsk stems common in job titles: leiar (leder), heim (hjem), skule (skole), kyrkje (kirke),
      // dagleg (daglig), høgskule (høyskole), veg (vei).
      .replace(/(?<!p)leiar/g, 'leder')
      // heime → hjemme (heimehjelp, heimesjukepleie, sjukeheimen), other heim → hjem.
      .replace(/heim(?=e)/g, 'hjemm')
      .replace(/heim/g, 'hjem')
      // teneste/tenar → tjeneste/tjener (heimeteneste, kyrkjetenar), meister → mester, syster → søster.
      .replace(/(?<![sj])ten([ae])(r|st)/g, 'tjen$1$2')
      .replace(/meister/g, 'mester')
      .replace(/syster/g, 'soster')
      .replace(/reinhald/g, 'renhold')
      .replace(/reingj/g, 'rengj')
      .replace(/rengjer/g, 'rengjor')
      .replace(/straum/g, 'strom')
      // løyse/avløysar → løse/avløser, bilete (nynorsk) → bilde.
      .replace(/loys/g, 'los')
      .replace(/bilete/g, 'bilde')
      .replace(/mjolk/g, 'melk')
      // røyr (nynorsk) → rør: «legg røyr», røyrleggjar, vassrøyr.
      .replace(/royr/g, 'ror')
      // rekneskap (nynorsk) → regnskap: rekneskapsførar, «fører rekneskapen»; saman → sammen («set saman»).
      .replace(/rekneskap/g, 'regnskap')
      .replace(/\bsaman\b/g, 'sammen')
      // born (nynorsk) → barn: «passar born», «borna»; bufellesskap → bofellesskap.
      .replace(/\bborn(?=\b|a\b|i\b|ene\b)/g, 'barn')
      .replace(/\bbufelles/g, 'bofelles')
      // burettslag (nynorsk) → borettslag.
      .replace(/\bburett/g, 'borett')
      // støype (nynorsk) → støpe: støypar, støyperi.
      .replace(/stoyp/g, 'stop')
      // unger, ungane, ungan (the dialects' definite plural), unga → barn, barna: «passar ungane», «æ e med ungan».
      // Not «unge» (also young: «unge voksne»).
      .replace(/\bung(?:ene|ane|an|a)\b/g, 'barna')
      .replace(/\bung[ae]r\b/g, 'barn')
      // kjøken (nynorsk) → kjøkken: «på kjøkenet», storkjøken.
      .replace(/kjoken/g, 'kjokken')
      // verkstad (nynorsk) → verksted: bilverkstaden, «på verkstaden».
      .replace(/verkstad/g, 'verksted')
      // byggje (nynorsk) → bygge: byggjesøknad, byggjeplass, byggjeleiar, «byggjer hus».
      .replace(/byggj(?=[ae])/g, 'bygg')
      // gjevar (nynorsk) → giver: rådgjevar, arbeidsgjevar, oppdragsgjevar (then -ar → -er below).
      .replace(/gjev(?=ar|er)/g, 'giv')
      .replace(/\bgolv/g, 'gulv')
      .replace(/snikk/g, 'snekk')
      .replace(/handsam/g, 'behandl')
      // skule, skulen, skular, skulane (nynorsk) → skole, skolen, skoler, skolane (read by its stem like «barnehagane»).
      .replace(/skul(?=[ae])/g, 'skol')
      // kyrkje, kyrkja, kyrkjegard → kirke, kirka, kirkegard; gudsteneste → gudstjeneste (the -s- blocks the rule above).
      .replace(/kyrkj/g, 'kirk')
      .replace(/gudsten/g, 'gudstjen')
      // EDB (elektronisk databehandling) is the old name for IT: EDB-konsulent, EDB-sjef, EDB-operatør.
      .replace(/\bedb/g, 'it')
      // HSE (health, safety, environment) is the English for HMS: HSE-ansvarlig is the HMS-ansvarlig (also closed up).
      .replace(/\bhse/g, 'hms')
      .replace(/\bdagleg\b/g, 'daglig')
      .replace(/hogskole/g, 'hoyskole')
      .replace(/\bveg(?!g)/g, 'vei')
      // …and as the head of a compound after the linking s: fylkesveg, riksvegen, «brøytar fylkesvegane».
      .replace(/sveg(?=\b|en\b|ar\b|ane\b|a\b)/g, 'svei')
      // Three equal letters where the parts of a compound meet are written as two, or not (hotellleder, hotelleder).
      .replace(/([a-z])\1\1/g, '$1$1')
  );
}

/**
 * The word-end rules of `loosen`. Kept apart because a word still being typed ("lønningsmedar", "ansvar")
 * must not have its end rewritten: the search retries such a word with `loosenInner` alone.
 */
export function loosen(folded: string): string {
  const inner = loosenInner(folded);
  if (!END_TRIGGER.test(inner)) return inner;
  return (
    inner
      // An older title after a woman's work: «-jomfru» as in kaldjomfru, smørbrødjomfru, butikkjomfru.
      .replace(/(\w{3})(kvinne|person|dame|kone|kjerring|jomfru)\b/g, '$1mann')
      // Old feminine titles: syerske/strykerske/sykepleierske → -er, servitrise/ekspeditrise → -tør,
      // vertinne/lærerinne/telefonistinne → the base, and the -søster nursing titles → -sykepleier.
      .replace(/(\w{2,}[eo]r)ske\b/g, '$1')
      .replace(/(\w{3,})tri[sc]e\b/g, '$1tor')
      .replace(/(\w{3,})inne\b/g, '$1')
      .replace(/\b(syke)?soster\b/g, 'sykepleier')
      .replace(/(\w{3,})soster\b/g, '$1sykepleier')
      .replace(/\b(\w+)arar\b/g, '$1erer')
      .replace(/\b(\w{3,})ar\b/g, '$1er')
      // The old «bestyrer» is today's «leder» (butikkbestyrer, hotellbestyrerinne, bestyrar; not bobestyrer).
      .replace(/\bbestyrer\b/g, 'leder')
      .replace(/(\w{3})bestyrer\b/g, (_, a: string) => `${a}leder`.replace(/([a-z])\1\1/g, '$1$1'))
  );
}

export const normalize = (s: string): string => loosen(fold(s));

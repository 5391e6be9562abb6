/**
 * Search quality on test/corpus/yrke/ (query → acceptable STYRK codes, written from how people talk, not
 * copied from the catalogue). Prints top-1/top-3 per corpus, per tag and per writer, and writes
 * test/corpus/yrke/RESULTS.md.
 * Run: `npm run eval:yrke` (add --no-write to only print). `npm run eval:yrke -- --file <path>` scores any
 * other query file (JSON array or JSON lines of {q, expect, tag}) and only prints, so a blind set can be run
 * without copying it into the repository.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createSearcher, loadCatalogue } from '../lib/catalogue/search.ts';

interface Case {
  q: string;
  expect: string[];
  tag: string;
  writer?: string;
}
const dir = new URL('../test/corpus/yrke/', import.meta.url);
const cat = loadCatalogue();
const searcher = createSearcher(cat);
const pct = (a: number, n: number) => `${((100 * a) / n).toFixed(1)} %`;

function readCases(text: string): Case[] {
  const t = text.trim();
  return t.startsWith('[')
    ? (JSON.parse(t) as Case[])
    : t
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Case);
}

type Tally = Map<string, { n: number; top1: number; top3: number }>;
const count = (m: Tally, key: string, ok1: boolean, ok3: boolean) => {
  const t = m.get(key) ?? { n: 0, top1: 0, top3: 0 };
  t.n++;
  t.top1 += +ok1;
  t.top3 += +ok3;
  m.set(key, t);
};
const rows = (m: Tally) => [...m].sort().map(([k, t]) => `| ${k} | ${t.n} | ${pct(t.top1, t.n)} | ${pct(t.top3, t.n)} |`);

function evaluate(cases: Case[], name: string, title: string, blurb: string): { md: string[]; line: string } {
  const byTag: Tally = new Map();
  const byWriter: Tally = new Map();
  const failures: string[] = [];
  const notFirst: string[] = [];
  let top1 = 0;
  let top3 = 0;
  for (const c of cases) {
    const hits = searcher.search(c.q, 3);
    const got = hits.map((h) => h.code);
    const ok1 = !!got[0] && c.expect.includes(got[0]);
    const ok3 = got.some((g) => c.expect.includes(g));
    top1 += +ok1;
    top3 += +ok3;
    count(byTag, c.tag, ok1, ok3);
    if (c.writer) count(byWriter, c.writer, ok1, ok3);
    const row = `| ${c.q} | ${c.tag} | ${c.expect.join(', ')} | ${hits.map((h) => `${h.code} (${h.matched})`).join(', ') || '–'} |`;
    if (!ok3) failures.push(row);
    else if (!ok1) notFirst.push(row);
  }
  const line = `${name}: ${cases.length} cases, top-1 ${pct(top1, cases.length)}, top-3 ${pct(top3, cases.length)}`;
  console.log(line);
  for (const [tag, t] of [...byTag].sort())
    console.log(`  ${tag.padEnd(13)} ${String(t.n).padStart(4)}  top-1 ${pct(t.top1, t.n).padStart(7)}  top-3 ${pct(t.top3, t.n).padStart(7)}`);
  for (const [w, t] of [...byWriter].sort())
    console.log(`  writer ${w.padEnd(6)} ${String(t.n).padStart(4)}  top-1 ${pct(t.top1, t.n).padStart(7)}  top-3 ${pct(t.top3, t.n).padStart(7)}`);
  if (notFirst.length) console.log(`  In top 3, not first:\n  ${notFirst.join('\n  ')}`);
  if (failures.length) console.log(`  Misses:\n  ${failures.join('\n  ')}`);
  const head = ['| query | tag | expected | got (top 3, what matched) |', '|---|---|---|---|'];
  const md = [
    `## ${title}`,
    '',
    blurb,
    '',
    `**${cases.length} cases: top-1 ${pct(top1, cases.length)}, top-3 ${pct(top3, cases.length)}.**`,
    '',
    '| tag | cases | top-1 | top-3 |',
    '|---|---|---|---|',
    ...rows(byTag),
    '',
    ...(byWriter.size ? ['| writer | cases | top-1 | top-3 |', '|---|---|---|---|', ...rows(byWriter), ''] : []),
    `In top 3 but not first: ${notFirst.length}. Misses (not in top 3): ${failures.length}`,
    '',
    ...(notFirst.length || failures.length ? [...head, ...failures, ...notFirst, ''] : []),
  ];
  return { md, line };
}

const fileArg = process.argv.indexOf('--file');
if (fileArg > 0) {
  const path = process.argv[fileArg + 1];
  if (!path) throw new Error('--file trenger en sti');
  evaluate(readCases(readFileSync(path, 'utf8')), path, path, '');
} else {
  const load = (f: string) => readCases(readFileSync(new URL(f, dir), 'utf8'));
  const main = evaluate(
    load('cases.json'),
    'cases.json',
    'Main corpus (`cases.json`)',
    'Written from how people name jobs before the catalogue content existed; the search was tuned while looking at these results. Caveat: the synonyms of major groups 0, 1, 4 and 6 were written afterwards by the engineer who wrote this corpus, so cases in those groups are not independent of the data.',
  );
  const hold = evaluate(
    load('holdout.json'),
    'holdout.json',
    'Held-out corpus (`holdout.json`)',
    'Written after the search had been tuned on the main corpus. Its first run gave top-1 85.2 %, top-3 88.9 % (216 cases). After that, general changes were made to the search (splitting long unknown compounds into modifier + head; retrying words without definite endings; more nynorsk stems; a small English→Norwegian title list), partly prompted by its misses; no data or case was changed for it. The figures below are after those changes, so somewhat optimistic; the first-run figure is the more honest estimate for unseen queries.',
  );
  const dev = evaluate(load('dev.json'), 'dev.json', 'Development set (`dev.json`, writers y1 and y2)', DEV_BLURB());
  const probes = evaluate(
    load('probes.json'),
    'probes.json',
    "Engineer's probes (`probes.json`, not independent)",
    [
      'Written by the engineer who wrote the activity rules, after the development set, to find gaps across all major',
      'groups and phrasings (tenses, nynorsk, no æøå, «jobber med …», employers); labelled before the engine was run on',
      'them. Not independent of the data, so not an estimate for unseen queries. First run, before the fixes they',
      'prompted: batch e1 (148) top-1 91.9 %, top-3 97.3 %; batch e2 (80, written after e1 was fixed) top-1 88.8 %,',
      'top-3 96.3 %; batch e3 (99, all tags, written after e2 was fixed) top-1 87.9 %, top-3 94.9 % (activity phrases',
      '41: top-1 78.0 %, top-3 95.1 %); batch e4 (60 activity phrases, nynorsk past tenses, no æøå, typos, «jobber med',
      '…») top-1 85.0 %, top-3 93.3 %; batch e5 (60, managers and professions in major groups 1–3) top-1 86.7 %, top-3',
      "95.0 %; batch e6 (98, written after the blind set's misses: employer and brand names, short words inside",
      'longer ones, older farm/household/craft titles, nynorsk school levels and cleaning, ambiguous verbs such as',
      '«kjører», «driver», «pakker») top-1 69.4 %, top-3 77.6 % (activity phrases 74: 70.3 % / 79.7 %; older titles 19:',
      '68.4 % / 68.4 %); batch e7 (378 kept, on the classes blind set 22 missed, in six rounds, each written before the',
      'run that scored it: the first two (70 and 65) after the first fixes for those classes, top-1 95.7 % and 92.3 %,',
      'top-3 100 % and 98.5 %; then 89 on the same classes in new wording 79.8 % / 92.1 %, 60 more (English «X assistant',
      '/ technician / engineer», «bestyrer») 76.7 % / 86.7 %, 50 activity phrases 70.0 % / 86.0 %, 50 mixed with typos',
      'and no æøå 86.0 % / 94.0 %); batch e8 (255, on the classes blind set 24 missed, in three rounds, each written and',
      'labelled before the run that scored it): the first (159, at 6fd0a56, before any change) top-1 68.6 %, top-3 79.2 %',
      '(church work 20: 45.0 % / 55.0 %; plants and control rooms named by the company 18: 66.7 % / 77.8 %; bank and',
      'insurance work 16: 87.5 % / 93.8 %; planning and designing for a company 14: 71.4 % / 85.7 %; old IT and office',
      'titles 15: 53.3 % / 60.0 %; a dropped or extra letter inside a compound 18: 77.8 % / 94.4 %; a general word taking',
      'first place 58: 72.4 % / 82.8 %), the second (53, new wordings after the first fixes) 90.6 % / 96.2 %, the third',
      '(43, after the second) 88.4 % / 97.7 %; batch e9 (on the classes blind sets 25–27 missed, written and labelled',
      'before the run that scored it, in new wording: other companies, ships, subjects and compounds): the first (81, at',
      'dd323dd, before any change) top-1 59.3 %, top-3 76.5 % (activity phrases 40: 60.0 % / 80.0 %; titles 31: 58.1 % /',
      '74.2 %), the second (40, new wording after the first fixes) 92.5 % / 97.5 %; batch e10 (on the classes blind set 28',
      'missed, written and labelled before the run that scored it, in new wording: other companies, agencies and',
      'instruments, nynorsk, typos): the first (70, at 314c8a8, before any change) top-1 41.4 %, top-3 62.9 % (activity',
      'phrases 36: 50.0 % / 63.9 %; English titles 8: 37.5 % / 50.0 %; older titles 6: 16.7 % / 33.3 %; nynorsk 11: 27.3 %',
      '/ 72.7 %), the second (51, new wording after the first fixes: other plants, instruments, agencies, cabins and',
      'titles) 82.4 % / 88.2 %, the third (30, after the second) 90.0 % / 100 %; batch e11 (on the classes blind set 29',
      'missed, written and labelled before the run that scored it, in new wording: other wards and hospital tasks, titles',
      'in other languages, work abroad in English, brands and routes, customer groups, instructors): the first (124, at',
      '0dc58bd, before any change) top-1 51.6 %, top-3 62.9 % (hospital 42: 64.3 % / 78.6 %; titles in other languages 26:',
      '7.7 % / 11.5 %; English 14: 64.3 % / 64.3 %; brands 12: 75.0 % / 91.7 %; customer groups 11: 45.5 % / 72.7 %;',
      'instructors 19: 63.2 % / 73.7 %), the second (98, after the first fixes) 78.6 % / 87.8 %, the third (56, after the',
      'second) 76.8 % / 87.5 %; batch e12 (on the classes blind set 30 missed, written and labelled before the run that',
      'scored it, in new wording: other districts, airports and nynorsk plural places, other employers after «for», other',
      'industrial systems and parts, English titles, odd operator and older titles): the first (87, at ecd6364, before any',
      'change) top-1 78.2 %, top-3 82.8 % (activity phrases 47: 83.0 % / 91.5 %; English titles 18: 77.8 % / 77.8 %;',
      'titles 8: 62.5 % / 62.5 %), the second (45, at 1435c57, after the first two rounds of fixes) 82.2 % / 91.1 %',
      '(English titles 12: 66.7 % / 75.0 %). Batch e20 (62, on the classes blind set 40 missed, written and labelled by',
      'another writer before the run): at 5039b55, before any change, top-1 72.6 %, top-3 83.9 %; after branch yrke20,',
      'with no word added for e20, 79.0 % / 88.7 % (activity phrases 25: 76.0 % / 88.0 % both times). Batch e21 (62, on',
      'the classes blind set 41 missed, written and labelled by another writer before the run): at fe08e63, before any',
      'change, top-1 74.2 %, top-3 83.9 % (activity phrases 23: 65.2 % / 82.6 %); after branch yrke21, whose sessions did',
      'not read its queries or misses, 82.3 % / 88.7 % (activity 73.9 % / 87.0 %). Figures below are after those fixes.',
    ].join(' '),
  );
  // The blind sets, newest first: each was written by new writers and run once before any change for it.
  const blindSets: { file: string; title: string; blurb: string[] }[] = [
    {
      file: 'blind52.json',
      title: 'Fifty-second blind set (`blind52.json`, writers yb135, yb136 and yb137)',
      blurb: [
        '204 queries by three further writers (a Nav-veileder at Nav Sandnes: oil service and supply bases, workshops,',
        'Jæren’s farming and greenhouses, food industry, Forus logistics, Jærsk dialect and English oil titles; a fastlege in',
        'Lillehammer and Gudbrandsdalen: hotels and ski resorts, seter farming, forestry and wood industry, the film school,',
        'crafts, road maintenance; a Nav-veileder at Grünerløkka/Sagene: young adults in culture, media, the gig economy,',
        'bars and cafés, startups, with English titles and slang) who never saw the search, the catalogue or the other sets,',
        'labelled before any run; run once after yrke30. **First run: top-1 92.6 %, top-3 99.0 %; activity phrases (103)',
        'top-1 90.3 %, top-3 99.0 %** (yb135: 94.1 % / 98.5 %; yb136: 91.2 % / 100 %; yb137: 92.6 % / 98.5 %). **Top-3 and the',
        'activity goal met, top-1 not.** The two misses: «plateslager på mek verksted» (7214) and posting on Instagram and',
        'TikTok for a clothing brand (2431/2432); in top 3 but not first mostly farm and seter work, English titles («lift',
        'attendant», «sound designer», «drilling supervisor») and the service desk at the town hall.',
      ],
    },
    {
      file: 'blind51.json',
      title: 'Fifty-first blind set (`blind51.json`, writers yb132, yb133 and yb134)',
      blurb: [
        '208 queries by three further writers (a fastlege in Vadsø and Vardø: fishing and fish processing, the Coast Guard',
        'and the port, the mine, reindeer herding, king-crab tourism, Hurtigruten, the border garrison, Kven, Sámi and',
        'Russian backgrounds; a Nav-veileder at Søndre Nordstrand in Oslo typing what users with immigrant backgrounds say',
        'they do; an occupational physician in Mo i Rana and Mosjøen: steel, ferroalloy and aluminium plants, workshops, the',
        'railway, a data centre and a battery factory with English titles) who never saw the search, the catalogue or the',
        'other sets, labelled before any run; run once after yrke29. **First run: top-1 88.9 %, top-3 93.8 %; activity',
        'phrases (105) top-1 88.6 %, top-3 95.2 %** (yb132: 87.0 % / 95.7 %; yb133: 94.3 % / 97.1 %; yb134: 85.5 % /',
        '88.4 %). **The activity goal met, top-1 and top-3 not.** The misses: the smelter’s and battery factory’s shop-floor',
        'words («ovn 11», «hyttearbeider», «cell assembly operator», battery cells), English titles (quality controller,',
        'shipping agent, data center technician), «togleder», «portner i gården», «fiskeoppkjøper» without æøå, a school',
        'assistant for children learning Norwegian, debt collection at Statens innkrevingssentral.',
      ],
    },
    {
      file: 'blind50.json',
      title: 'Fiftieth blind set (`blind50.json`, writers yb129, yb130 and yb131)',
      blurb: [
        '208 queries by three further writers (a Nav-veileder at Steinkjer/Innherred: farming, forestry and sawmills, the',
        'meat and dairy industry, Værnes, the hospital in Levanger, old farm titles, Trøndelag dialect; a fastlege in Bergen',
        'sentrum: students, shipping and finance, Haukeland beyond the clinicians, Bryggen restaurants, cruise tourism, young',
        'people’s English titles; a Nav-veileder in Alta: fishing, slate quarries, reindeer herding, the armed forces,',
        'tourism, Sámi institutions, Sámi and Kven words) who never saw the search, the catalogue or the other sets,',
        'labelled before any run; run once after yrke28. **First run: top-1 91.8 %, top-3 96.6 %; activity phrases (103)',
        'top-1 90.3 %, top-3 97.1 %** (yb129: 92.6 % / 95.6 %; yb130: 95.7 % / 100 %; yb131: 87.3 % / 94.4 %). **The activity',
        'goal met, top-1 and top-3 not.** The misses: grant case work in public bodies, a school caretaker’s tasks, a paper',
        'mill’s process operator (the writers 8171, the catalogue 3139), reindeer work (6121 vs 6129), «musher», the Sámi',
        '«dulka» (interpreter), cleaning at a health centre in nynorsk.',
      ],
    },
    {
      file: 'blind49.json',
      title: 'Forty-ninth blind set (`blind49.json`, writers yb126, yb127 and yb128)',
      blurb: [
        '204 queries by three further writers (a Nav-veileder at Karmøy/Haugesund: shipping and offshore supply, the',
        'aluminium plant, fish processing and farming, shipyards, the airport, Haugaland dialect; a fastlege in Groruddalen',
        'in Oslo: taxi and delivery, cleaning, building sites, restaurant kitchens, security, the Alnabru terminals, in the',
        'patients’ own words; a Nav-veileder in Trondheim: the university and research, St. Olavs beyond the nurses, the',
        'municipal administration, tech start-ups, libraries, teachers) who never saw the search, the catalogue or the other',
        'sets, labelled before any run; run once after yrke27 (no fix round between). **First run: top-1 94.1 %, top-3',
        '98.5 %; activity phrases (103) top-1 93.2 %, top-3 99.0 %** (yb126: 97.1 % / 100 %; yb127: 97.1 % / 100 %; yb128:',
        '88.2 % / 95.6 %). **Top-3 and the activity goal met, top-1 0.9 points short.** The misses: public-administration',
        'titles and work («spesialkonsulent», «skriver saksframlegg til bystyret»), «røntgensøster»; second places for',
        'trucks at an aluminium plant, demolition inside flats, a kindergarten assistant and a typo in «lastebilsjåfør».',
      ],
    },
    {
      file: 'blind48.json',
      title: 'Forty-eighth blind set (`blind48.json`, writers yb123, yb124 and yb125)',
      blurb: [
        '204 queries by three further writers (a Nav-veileder in Kristiansand: the nickel refinery and metals industry, the',
        'port and ferries, the zoo and amusement park, retail at Sørlandsparken, boat building, summer tourism, Sørlandet',
        'dialect; a fastlege in Elverum: the armed forces, forestry and timber transport, farming, hunting tourism, and old',
        'titles from timber floating, the railway and the dairy cooperative; a Nav-veileder at Frogner in Oslo: office and',
        'service work with corporate English titles — controllers, onboarding, KAM in FMCG, embassies, luxury retail, au',
        'pairs) who never saw the search, the catalogue or the other sets, labelled before any run; run once on the engine',
        'of set 47 (no fix round between). **First run: top-1 90.7 %, top-3 95.1 %; activity phrases (104) top-1 88.5 %,',
        'top-3 96.2 %** (yb123: 91.2 % / 95.6 %; yb124: 92.6 % / 95.6 %; yb125: 88.2 % / 94.1 %). **The activity goal met,',
        'top-1 and top-3 not.** The misses: corporate abbreviations («KAM i FMCG» left no answer), onboarding and key',
        'account work, «ride operator», «harvesterfører» (read as a driving-licence officer), old titles («husmor på',
        'hotellet», «tømmermåler i fløtingsforeninga»), electrical work in new cabins, selling in a ferry’s tax-free shop.',
      ],
    },
    {
      file: 'blind47.json',
      title: 'Forty-seventh blind set (`blind47.json`, writers yb120, yb121 and yb122)',
      blurb: [
        '206 queries by three further writers (a Nav-veileder in Ålesund: ship design, shipyards and ship equipment, supply',
        'and fishing crews, clipfish, furniture factories, cruise tourism in Geiranger, Sunnmøre words and nynorsk forms; a',
        'fastlege in Drammen: the port and car terminal, warehouses on the E18, the hospital, Polish and Lithuanian',
        'tradesmen, old titles from the paper mills, the railway and the telephone company; a rehabilitation coordinator in',
        'Tromsø: the public sector of the north, fishing, Arctic research, Hurtigruten, northern-lights and dog-sled tourism,',
        'mining, reindeer husbandry) who never saw the search, the catalogue or the other sets, labelled before any run; run',
        'once after the classes of set 46 were fixed (branch yrke26). **First run: top-1 95.6 %, top-3 98.1 %; activity',
        'phrases (102) top-1 93.1 %, top-3 97.1 %** (yb120: 92.6 % / 95.6 %; yb121: 94.2 % / 98.6 %; yb122: 100 % / 100 %).',
        '**All three goals met.** The misses: handmade furniture in a joinery, serving at a named hotel, «service engineer»',
        'at a named company, driving cars off the car carriers; two of the five queries second in the top 3 are building',
        'applications, where catalogue (3354) and writers (2422/3359) disagree.',
      ],
    },
    {
      file: 'blind46.json',
      title: 'Forty-sixth blind set (`blind46.json`, writers yb117, yb118 and yb119)',
      blurb: [
        '204 queries by three further writers (a Nav-veileder in Kongsberg: the defence, aerospace and automotive industry,',
        'the technology park, the hospital, the ski centre, farms and forestry in Numedal, company names and short forms; a',
        'fastlege in Levanger and Verdal: the mechanical yard, the hospital, the prison, the armed forces at Værnes, dairy',
        'and grain farms, sawmills, Trønder dialect and dropped endings, without æøå now and then; a Nav-veileder at',
        'Grünerløkka in Oslo: baristas, chefs, musicians, designers, influencers, couriers, start-ups, in English mixed with',
        'Norwegian) who never saw the search, the catalogue or the other sets, labelled before any run; run once after the',
        'classes of set 45 were fixed (branch yrke25). **First run: top-1 94.6 %, top-3 96.6 %; activity phrases (105)',
        'top-1 91.4 %, top-3 95.2 %** (yb117: 97.1 % / 98.5 %; yb118: 95.6 % / 98.5 %; yb119: 91.2 % / 92.6 %). **The',
        'activity goal met, top-1 and top-3 not.** The misses: a machine named by a company abbreviation («står ved',
        'sprøytestøpemaskina på KA»), teaching a trade subject, the line and the grill in a restaurant kitchen, running a',
        'kitchen and its menu, social media for a restaurant chain, «kaldjomfru», dance classes for children.',
      ],
    },
    {
      file: 'blind45.json',
      title: 'Forty-fifth blind set (`blind45.json`, writers yb114, yb115 and yb116)',
      blurb: [
        '209 queries by three further writers (a Nav-veileder in Bergen: oil services at Sandsli and Ågotnes, the hospital,',
        'shipping and ship supply, fish export, the airport, the light rail, hotels, bokmål with nynorsk and dialect slips;',
        'a fastlege in Tønsberg: a paint factory, ship crews and shipping offices, farms with seasonal workers, the prison,',
        'the marina, workshops, and old titles from whaling, shipyards, the telegraph and the post office; an occupational',
        'health nurse in Narvik and Harstad: the ore railway and port, the armed forces, the hospital, a shipyard, snow',
        'clearing on the E6 and E10, fish farming) who never saw the search, the catalogue or the other sets, labelled before',
        'any run; run once after the classes of set 44 were fixed (branch yrke24). **First run: top-1 89.5 %, top-3 96.2 %;',
        'activity phrases (103) top-1 88.3 %, top-3 98.1 %** (yb114: 84.1 % / 95.7 %; yb115: 88.6 % / 95.7 %; yb116: 95.7 % /',
        '97.1 %). **The activity goal met, top-1 and top-3 not.** The misses: English shipping and offshore titles («mud',
        'engineer», «chartering manager»), a typo beside an employer («tømmrer hos Backe»), «skriv for Bergens Tidende»,',
        'whaling and shipyard titles («flenser på kokeriet», «jernarbeider på Kaldnes mek.»), snow clearing on a named road',
        'and track work on a named railway; first place lost to the ward, the workshop, the deck or the engine room.',
      ],
    },
    {
      file: 'blind44.json',
      title: 'Forty-fourth blind set (`blind44.json`, writers yb111, yb112 and yb113)',
      blurb: [
        '205 queries by three further writers (a Nav-veileder in Hammerfest: fish farming and processing, the LNG plant',
        'and its contractors, the harbour, the hospital, reindeer husbandry, Hurtigruten and tracked vehicles, without æøå',
        'on a borrowed keyboard; a fastlege in Gjøvik: the industry at Raufoss, the hospital, NTNU, farms and forestry,',
        'craftsmen, warehouses, cleaning and hairdressing, old titles of older patients; a Nav-veileder at Stovner in Oslo:',
        'cleaning, home care, taxi and food delivery, building sites, restaurants, warehouses at Alnabru, security, car',
        'washes, barbers, interpreting and IT support, in mixed Norwegian and English with typos) who never saw the search,',
        'the catalogue or the other sets, labelled before any run; run once after the classes of set 43 were fixed (branch',
        'yrke23). **First run: top-1 94.6 %, top-3 98.5 %; activity phrases (102) top-1 92.2 %, top-3 98.0 %** (yb111:',
        '94.1 % / 97.1 %; yb112: 94.2 % / 100 %; yb113: 95.6 % / 98.5 %). **Top-3 and activity goals met, top-1 (95 %)',
        'missed by one query.** The misses: a bus route number after the employer («kjører buss for Ruter, mest linje 25»)',
        'left no answer at all; a tracked vehicle read as its mechanic; «filetdame på fabrikken»; first place lost to the',
        'ward, the nursing home, the barn or the object cleaned («vasker vinduer på kontorbygg»), to blasting read as',
        'drilling, and to «foreman» and «morsmålslærer» read as other titles.',
      ],
    },
    {
      file: 'blind43.json',
      title: 'Forty-third blind set (`blind43.json`, writers yb108, yb109 and yb110)',
      blurb: [
        '206 queries by three further writers (a Nav-veileder in Lillehammer and Gudbrandsdalen: ski resorts, mountain',
        'lodges, the hospital, sawmills, dairy farming, the armed forces at Rena, seasonal workers, valley dialect; a',
        'fastlege in Stavanger and Sandnes: offshore and onshore oil and gas with English titles, supply bases, the food',
        'industry, greenhouses on Jæren, shipping, without æøå now and then; an occupational health adviser in Trondheim:',
        'construction and demolition, electricians, cleaning, waste, a bakery chain, buses, a laboratory, kindergartens and',
        'nursing homes, tasks named precisely) who never saw the search, the catalogue or the other sets, labelled before',
        'any run; run once after the classes of set 42 were fixed (branch yrke22, commit e97b6a2). **First run: top-1',
        '87.4 %, top-3 94.7 %; activity phrases (103) top-1 82.5 %, top-3 91.3 %** (yb108: 89.7 % / 97.1 %; yb109: 85.3 % /',
        '95.6 %; yb110: 87.1 % / 91.4 %). **None of the three goals met.** The misses:',
        'offshore tasks (machine watch on an anchor-handling vessel, calibrating instruments and testing emergency shutdown,',
        'coordinating boat calls at a supply base), repairing tanks for the armed forces, asbestos removal, pest control,',
        'planning shifts for bus drivers, HPLC in a lab, supervising cleaners, «vertskap på fjellstue»; first place lost to a',
        'workplace or object word («på saga», «på meieriet», «veksthus», «i hjemmetjenesten») and to «kjøre» read as driving.',
      ],
    },
    {
      file: 'blind42.json',
      title: 'Forty-second blind set (`blind42.json`, writers yb105, yb106 and yb107)',
      blurb: [
        '211 queries by three further writers (a fastlege in Kristiansand: the port and ferries, the nickel refinery and',
        'silicon works, retail, the zoo and amusement park in summer, church and music, sørlandsk with typos; a',
        'Nav-veileder in Gjøvik and Vestre Toten: staffing agencies, warehouses, food, furniture and plastics factories, home',
        'care, cleaning, kiosks, seasonal farm work, some jobs from Poland, Lithuania, Eritrea and Syria; an occupational',
        'therapist in Bodø: the armed forces and air base, the hospital, university, fishing, the airport, salons, schools,',
        'northern dialect and older titles) who never saw the search, the catalogue or the other sets, labelled before any',
        'run; run once after the classes of set 41 were fixed (branch yrke21, commit 5173a0a). **First run: top-1 92.4 %,',
        'top-3 96.7 %; activity phrases (104) top-1 90.4 %, top-3 96.2 %** (yb105: 85.1 % / 93.2 %; yb106: 95.6 % / 98.5 %;',
        'yb107: 97.1 % / 98.6 %). **The activity goal met, top-1 and top-3 not.** The misses: work on a ferry («kafeen på',
        'Color Line ferja», customs checks of cars off the ferry), an amusement park («kjører karusellene», «entertainer i',
        'Dyreparken»), a control-room operator with a typo, lifting and sorting potatoes on a farm, the older',
        '«tjenestepike»; first place lost to a place word («på verket», «i Dyreparken», «på nikkelverket») and typos.',
      ],
    },
    {
      file: 'blind41.json',
      title: 'Forty-first blind set (`blind41.json`, writers yb102, yb103 and yb104)',
      blurb: [
        '207 queries by three further writers (a Nav-veileder in Namsos: forestry, sawmills, farming, fish farming, the',
        'municipality, shops, transport and building, with trøndersk words; a fastlege in Oslo sentrum: office, IT, hotel,',
        'restaurant, media, finance, cleaning and security jobs, many English titles and mixed Norwegian-English; a',
        'Nav-veileder in Førde writing nynorsk: aluminium, shipyards, workshops, hydro power, health care, farming, tourism,',
        'older titles and dialect) who never saw the search, the catalogue or the other sets, labelled before any run; run',
        'once after the classes of set 40 were fixed (commit e360b18, no search change since). **First run: top-1 94.7 %,',
        'top-3 99.0 %; activity phrases (103) top-1 95.1 %, top-3 99.0 %** (yb102: 92.8 % / 98.6 %; yb103: 98.5 % / 100.0 %;',
        'yb104: 92.9 % / 98.6 %). **Top-3 and the activity goal met, top-1 not** (by 0.3 points). The misses: the manager',
        'of a fish farm («driftsleder på matfiskanlegget»), repairing turbines and gates in a power station; first place',
        'lost to a place or an object word («på saga», «i elverket», «på verkstedet», «mjølkebil») and to an older title',
        '(«budeie»).',
      ],
    },
    {
      file: 'blind40.json',
      title: 'Fortieth blind set (`blind40.json`, writers yb99, yb100 and yb101)',
      blurb: [
        '205 queries by three further writers (a Nav-veileder in Fredrikstad and Halden: food and packaging industry, the',
        'prison, the hospital, retail, boatyards, Swedish cross-border commuters with some Swedish titles; a fastlege in',
        'Sogndal and Årdal writing mostly nynorsk: the aluminium works, hydro power, fruit farming, fjord tourism, the',
        'høgskule, road and tunnel work; a Nav-veileder in Oslo sentrum for creative, IT, media and service jobs, many',
        'English titles and start-up jargon, lowercase) who never saw the search, the catalogue or the other sets, labelled',
        'before any run; run once after the classes of set 39 were fixed (branch yrke19, commit 4767d1d). **First run:',
        'top-1 92.7 %, top-3 97.1 %; activity phrases (102) top-1 91.2 %, top-3 99.0 %** (yb99: 94.1 % / 98.5 %; yb100:',
        '91.2 % / 98.5 %; yb101: 92.8 % / 94.2 %). **The activity goal met, top-1 and top-3 not.** The misses: a Swedish',
        'title (lokalvårdare), English manager titles (project, community and stage manager), running online ads, an older',
        '«reklametegner»; first place lost to a place or an object word («på grensa», «på verket», «på garden»).',
      ],
    },
    {
      file: 'blind39.json',
      title: 'Thirty-ninth blind set (`blind39.json`, writers yb96, yb97 and yb98)',
      blurb: [
        '209 queries by three further writers (a Nav-veileder in Haugesund and Karmøy: the aluminium plant, shipyards,',
        'herring and salmon processing, fishing boats, supply bases and care work, much in dialect; a fastlege in Oslo øst',
        'typing fast between patients: home care, cleaning, buses and taxis, building sites, warehouses at Alnabru, guards,',
        'salons and kiosks, with typos and without æøå; a Nav-veileder in Tromsø and Nord-Troms: the university and the',
        'hospital, arctic tourism, fishing and fish farming, the airport, the armed forces, some nynorsk and northern',
        'dialect) who never saw the search, the catalogue or the other sets, labelled before any run; run once on the same',
        'engine as sets 37 and 38 (commit 3226d68, no search change in between). **First run: top-1 93.8 %, top-3 99.0 %;',
        'activity phrases (103) top-1 94.2 %, top-3 99.0 %** (yb96: 92.6 % / 100.0 %; yb97: 100.0 % / 100.0 %; yb98: 88.6 %',
        '/ 97.1 %). **Top-3 and the activity goal met, top-1 not** (by 1.2 points). The misses: researching seabirds for',
        'the Polar Institute, a check-in agent at the airport; first place lost mostly to a place or a workplace word',
        '(«på flyplassen», «på verftet», «sjukeheimen») and to typos and dialect («sykepleir», «æ e med ungan»).',
      ],
    },
    {
      file: 'blind38.json',
      title: 'Thirty-eighth blind set (`blind38.json`, writers yb93, yb94 and yb95)',
      blurb: [
        '206 queries by three further writers (a Nav-veileder in Trondheim and Stjørdal: university and hospital',
        'technicians, cleaners and porters, the airport at Værnes, shops and restaurants, some English and dialect; a',
        'fastlege in Elverum and Trysil: forestry and sawmills, the armed forces, ski resorts and cabins, transport and',
        'farming, short and sloppy, sometimes without æøå; a veileder in Skien writing titles as CVs and job ads do, many',
        'modern English titles and some very old ones) who never saw the search, the catalogue or the other sets, labelled',
        'before any run; run once on the same engine as set 37 (commit 553e00b, no change in between). **First run:',
        'top-1 95.6 %, top-3 98.5 %; activity phrases (102) top-1 95.1 %, top-3 98.0 %** (yb93: 98.6 % / 98.6 %; yb94: 92.8 %',
        '/ 98.6 %; yb95: 95.6 % / 98.5 %). **All three goals met** — the fourth set of thirty-eight, and on an engine that',
        'missed top-1 and top-3 on set 37 the same day: the writers differ more than the engine. The misses: taking X-rays',
        'at a hospital, driving wood chips to a district heating plant, «customer success manager».',
      ],
    },
    {
      file: 'blind37.json',
      title: 'Thirty-seventh blind set (`blind37.json`, writers yb90, yb91 and yb92)',
      blurb: [
        '203 queries by three further writers (a Nav-veileder in Bodø and Lofoten: fishing, tourism and rorbu rentals, the',
        'armed forces and the airport, health care in small municipalities, ferries; a fastlege in Oslo with immigrant',
        'patients describing their jobs in simple Norwegian: taxi and food delivery, cleaning, kitchens, kiosks, building',
        'sites, home care, guards; a Nav-veileder in Hordaland writing nynorsk: fruit and cider, hydro power, hotels, schools,',
        'boatyards, public administration) who never saw the search, the catalogue or the other sets, labelled before any',
        'run; run once after the classes of set 36 were fixed (branch yrke18). **First run (commit 99e7b8e): top-1 91.1 %,',
        'top-3 97.0 %; activity phrases (104) top-1 89.4 %, top-3 98.1 %** (yb90: 94.2 % / 97.1 %; yb91: 92.5 % / 95.5 %;',
        'yb92: 86.6 % / 98.5 %). **The activity goal met, top-1 and top-3 not.** The misses: writing for a named newspaper,',
        'older titles (dampskipsekspeditør, kolonialhandler), leading prayer in a mosque, English gig and guide titles (food',
        'delivery rider, rafting guide).',
      ],
    },
    {
      file: 'blind36.json',
      title: 'Thirty-sixth blind set (`blind36.json`, writers yb87, yb88 and yb89)',
      blurb: [
        '203 queries by three further writers (an arbeidskonsulent in Trondheim with work trials in retail, warehouses,',
        "canteens, cleaning, laundries and car workshops, in the participants' own words; a bedriftslege for the industry",
        'and energy companies of Telemark and Vestfold: process workers, electricians, labs, maintenance, some technical',
        'English and nynorsk; a Nav-veileder in Kristiansand and Lister: ports and shipping, boatbuilding, tourism and',
        'summer jobs, churches, crafts and family firms, with places and employers in the query) who never saw the search,',
        'the catalogue or the other sets, labelled before any run; run once after the classes of set 35 were fixed (branch',
        'yrke17). **First run (commit 1e8d7e8): top-1 92.6 %, top-3 94.6 %; activity phrases (106) top-1 90.6 %, top-3',
        '93.4 %** (yb87: 95.5 % / 95.5 %; yb88: 91.0 % / 94.0 %; yb89: 91.3 % / 94.2 %). **None of the three goals met.** The',
        'misses: feeding a mangle at a laundry, a recycling station, English store titles (key carrier), rounds and samples',
        'on a process plant, cleaning changing rooms at a factory, an old «reparatør» and «salpeterarbeidar» at a named',
        'employer, a costumed character at a theme park, customs papers for ships, rigging lights at a concert hall,',
        '«kirkeverge».',
      ],
    },
    {
      file: 'blind35.json',
      title: 'Thirty-fifth blind set (`blind35.json`, writers yb84, yb85 and yb86)',
      blurb: [
        '203 queries by three further writers (a Nav-veileder in Ålesund with fish processing, fish farms, shipyards and',
        'the furniture factories of Sunnmøre, bokmål and nynorsk, mostly what the person does; a fastlege in Drammen with',
        'health and care, schools, public administration and the church, older titles; a Nav-veileder in Innlandet typing',
        'without æøå and with typos: farming, forestry, sawmills, transport, roads and snow clearing, hytte services) who never',
        'saw the search, the catalogue or the other sets, labelled before any run; run once after the classes of set 34',
        'were fixed (branch yrke16). **First run (commit 5c39660): top-1 90.6 %, top-3 95.1 %; activity phrases (103) top-1',
        '89.3 %, top-3 95.1 %** (yb84: 91.0 % / 95.5 %; yb85: 89.6 % / 95.5 %; yb86: 91.3 % / 94.2 %). **The activity goal',
        'met, top-1 and top-3 not.** The misses: fitting out cabins on ships, an English foreman title, older net and',
        'municipal titles (notbøtar, herredskasserer), food-safety inspection of kitchens, a job coach in a sheltered firm,',
        'patching asphalt, grooming ski tracks, firing a wood-chip boiler, a saw filer in nynorsk.',
      ],
    },
    {
      file: 'blind34.json',
      title: 'Thirty-fourth blind set (`blind34.json`, writers yb81, yb82 and yb83)',
      blurb: [
        '203 queries by three further writers (a Nav-veileder in Stavanger with oil and gas, offshore and supply-base',
        'workers: English industry titles; a fastlege in Finnmark: reindeer herding, fishing, the mine, tourism, Sámi and',
        'northern words, often without æøå; a Nav-veileder in Oslo sentrum with young adults in the service and gig',
        'economy, culture and IT: lowercase, slang, English, typos) who never saw the search, the catalogue or the other',
        'sets, labelled before any run; run once after the classes of set 33 were fixed (branch yrke15). **First run (commit 3953809):',
        'top-1 86.2 %, top-3 92.1 %; activity phrases (102) top-1 87.3 %, top-3 95.1 %** (yb81: 88.4 % / 92.8 %; yb82: 83.6 % /',
        '89.6 %; yb83: 86.6 % / 94.0 %). **The activity goal met, top-1 and top-3 not.** The misses: Northern Sámi words',
        '(boazodoalli, duojár, mánáidgárdi) the catalogue does not know, offshore English titles (drilling supervisor, offshore',
        'installation manager), older ship titles (smører, losoldermann), new service words (roadie, influencer), weld',
        'inspection, stage building at festivals.',
      ],
    },
    {
      file: 'blind33.json',
      title: 'Thirty-third blind set (`blind33.json`, writers yb78, yb79 and yb80)',
      blurb: [
        '207 queries by three further writers (as their queries show: industry, building and warehouses in Viken with',
        'machine operators, trades and East European workers; a nynorsk writer from Vestland: aluminium works, hotels,',
        'farming, ferries, the høgskule; health, HSE and hospitality: laboratories, safety rounds, hotel and restaurant',
        'titles in English) who never saw the search, the catalogue or the other sets, labelled before any run; run once',
        'after the classes of set 32 were fixed (branch yrke14). **First run (commit 7f5a10c): top-1 94.2 %, top-3 96.6 %;',
        'activity phrases (101) top-1 90.1 %, top-3 94.1 %** (yb78: 98.6 % / 98.6 %; yb79: 88.2 % / 95.6 %; yb80: 95.7 % /',
        '95.7 %). **None of the three goals met** (top-1 by 0.8 points). The misses: an interpreter named by whom he',
        'interprets for, fruit growing named by its fruit, power lines built in the mountains, an English engineering title',
        'at a plant, casting decks and walls, watching a network for attacks, safety rounds and noise mapping on a site.',
      ],
    },
    {
      file: 'blind32.json',
      title: 'Thirty-second blind set (`blind32.json`, writers yb75, yb76 and yb77)',
      blurb: [
        '201 queries by three further writers (a Nav-veileder in Kristiansand with young people: slang and activity phrases,',
        'gig work, summer jobs, apprenticeships, lowercase and typos; a fastlege in Hallingdal partly in nynorsk: farming,',
        'forestry, ski resorts, hotels and cabins, building, home care; a Nav-veileder at Grorud in Oslo with immigrants:',
        'home-country and English titles, no æøå, broken Norwegian, authorised professions from abroad) who never saw the',
        'search, the catalogue or the other sets, labelled before any run; run once after the classes of set 31 were fixed',
        '(branch yrke13). **First run (commit 3b79674): top-1 96.0 %, top-3 98.0 %; activity phrases (104) top-1 94.2 %,',
        'top-3 97.1 %** (yb75: 97.0 % / 98.5 %; yb76: 92.5 % / 95.5 %; yb77: 98.5 % / 100 %). **All three goals met**, top-3',
        'by one query. The misses: repairing phone screens in a shop, dairy and suckler cows in Ål, the ski patrol',
        '(«skipatruljen» read as a ship), «housekeeper på hotell» as the housekeeping manager.',
      ],
    },
    {
      file: 'blind31.json',
      title: 'Thirty-first blind set (`blind31.json`, writers yb72, yb73 and yb74)',
      blurb: [
        '202 queries by three further writers (a Nav-veileder in Tromsø: fisheries and fish plants, the Coastal Guard and',
        'the air force, Widerøe, tourism and the northern lights, Sámi crafts, the university and hospital; a fastlege on',
        'Nordmøre writing in nynorsk: the aluminium works at Sunndalsøra, klippfisk and aquaculture, farming, ferries; a',
        'Nav-veileder in Lillestrøm: staffing agencies, warehouses and terminals, Gardermoen, fast food, cleaning contracts,',
        'English titles) who never saw the search, the catalogue or the other sets, labelled before any run; run once after',
        'the classes of set 30 were fixed (branch yrke12). **First run (commit 1c23d91): top-1 91.6 %, top-3 95.5 %;',
        'activity phrases (103) top-1 91.3 %, top-3 96.1 %** (yb72: 86.6 % / 94.0 %; yb73: 94.1 % / 97.1 %; yb74: 94.0 % /',
        '95.5 %). The activity goal met, top-1 and top-3 not. The misses: a product or a place read as the work («selger',
        'klippfisk» as the fish-plant worker, «eksportsjef i sjømatselskap» as seafood), crafts by their objects («syr kofter',
        'og lager duodji»), fast-food work by its English words («crew member McDonalds», «står i drive-thru»), leading a',
        'team named by whom it leads («leder vaskerne på Ahus»), «prosessoperatør aluminium», «vraker på tørrfisk».',
      ],
    },
    {
      file: 'blind30.json',
      title: 'Thirtieth blind set (`blind30.json`, writers yb69, yb70 and yb71)',
      blurb: [
        '204 queries by three further writers (a Nav-veileder at Karmøy and Haugesund: the aluminium plant, shipyards, fish',
        'processing and farming, ferries, offshore supply, the airport, Polish, Lithuanian and Filipino workers, often naming',
        'the company or the site; a fastlege at Raufoss and Gjøvik: the industrial park, the hospital, farming on Toten, the',
        'trades, older and dialect titles, typos and no æøå; a Nav-veileder at Frogner in Oslo: finance, law, consulting,',
        'advertising, embassies, hotels and bars, beauty, home cleaning, English titles) who never saw the search, the',
        'catalogue or the other sets, labelled before any run; run once after the classes of set 29 were fixed (branch',
        'yrke11). **First run (commit a245428): top-1 90.7 %, top-3 96.6 %; activity phrases (103) top-1 86.4 %, top-3',
        '94.2 %** (yb69: 88.2 % / 92.6 %; yb70: 89.7 % / 100 %; yb71: 94.1 % / 97.1 %). None of the goals met, all three',
        'within two points. The misses: a place name read as a word («Skøyen» as skating, «Haugesund lufthavn» as a harbour,',
        '«skulane» as a sculptor), work for an employer named after it («vasker på skulane for kommunen»), industrial work by',
        'its systems («feilsøker på robotar og PLS»), a watch on the bridge of a supply ship, checking in at an airport,',
        'English titles («maintenance technician», «key account manager»), «potteoperatør».',
      ],
    },
    {
      file: 'blind29.json',
      title: 'Twenty-ninth blind set (`blind29.json`, writers yb66, yb67 and yb68)',
      blurb: [
        '206 queries by three further writers (a Nav-veileder in Stavanger with refugees and immigrants describing jobs in',
        'Norway and at home in simple Norwegian, English, or a home-country title in Latin letters; a fastlege in Valdres',
        'writing nynorsk, dialect and older titles: farming, seter, forestry, ski resorts, cabin building, roads, buses, the',
        'nursing home, artisans; a bedriftslege for a hospital trust: every hospital job by title or department and task)',
        'who never saw the search, the catalogue or the other sets, labelled before any run; run once after the classes of',
        'set 28 were fixed (branch yrke10). **First run (commit 3a4fa37): top-1 85.0 %, top-3 90.3 %; activity phrases',
        '(103) top-1 76.7 %, top-3 84.5 %** (yb66: 86.6 % / 91.0 %; yb67: 87.0 % / 91.3 %; yb68: 81.4 % / 88.6 %). None of',
        'the goals met. The misses: hospital work named by the task and the ward («tek imot ungar på fødestova», «gir',
        'strålebehandling», «vasker operasjonsstuer», «lager kostplaner», «leder en sengepost»), titles in Polish, Ukrainian',
        'or Russian in Latin letters («spawacz», «likar», «bukhgalter»), work abroad in English, a bus route named by its',
        'brand, bookkeeping for farmers, teaching skiing.',
      ],
    },
    {
      file: 'blind28.json',
      title: 'Twenty-eighth blind set (`blind28.json`, writers yb63, yb64 and yb65)',
      blurb: [
        '209 queries by three further writers (a Nav-veileder in Kongsberg: the defence and technology industry, machining,',
        'electronics assembly, test and quality, the automotive supplier, the hospital, the municipality, retail and',
        'logistics, company and department names, English and engineering titles; a fastlege in Hallingdal writing nynorsk',
        'and dialect: mountain tourism, ski lifts, cabin building and cabin services, farming, forestry, hydropower, the',
        'municipality; a bedriftslege for Oslo kommune: bus, tram and metro drivers, refuse and sewage, parks and roads,',
        'kindergartens and schools, care, child welfare, case officers, firefighters and dispatchers, building inspectors)',
        'who never saw the search, the catalogue or the other sets, labelled before any run; run once after the classes of',
        'sets 25–27 were fixed (branch yrke9). **First run (commit 21c9332): top-1 88.5 %, top-3 94.7 %; activity phrases',
        '(107) top-1 81.3 %, top-3 91.6 %** (yb63: 85.7 % / 91.4 %; yb64: 92.6 % / 97.1 %; yb65: 87.3 % / 95.8 %). None of',
        'the goals met. The misses: work at a plant named by the company (injection moulding and assembly lines at',
        '«Kongsberg Automotive», «KA»), buying components, calibrating instruments, «field service engineer», cleaning',
        'cabins for a rental firm, parking fines for an agency, inspecting building sites for an agency (PBE), special-needs',
        'teaching described by the pupils, «skogsoppsynsmann».',
      ],
    },
    {
      file: 'blind27.json',
      title: 'Twenty-seventh blind set (`blind27.json`, writers yb60, yb61 and yb62)',
      blurb: [
        '202 queries by three further writers (a Nav-veileder in Mo i Rana in Nordland dialect: the industrial park',
        '(steel, ferroalloys, smelting, maintenance, the lab), the hospital, the municipality, retail, reindeer, forestry,',
        'mining, the armed forces and shipping, often naming the company instead of the job; a fastlege in Vesterålen',
        'writing nynorsk: fisheries and fish farming, whale safaris, the coast guard and Andøya, small farms, schools, home',
        'care, the church and the creative trades; a Nav-veileder at Grünerløkka in Oslo: gig and platform work,',
        'hospitality, start-ups and tech, media and culture, cleaning and security, PhD fellows, English titles and brand',
        'names) who never saw the search, the catalogue or the other sets, labelled before any run; run once with no',
        'change to the search since sets 25 and 26. **First run (commit 65a9132): top-1 93.1 %, top-3 97.0 %; activity',
        'phrases (102) top-1 90.2 %, top-3 96.1 %** (yb60: 92.5 % / 94.0 %; yb61: 94.1 % / 98.5 %; yb62: 92.5 % / 98.5 %).',
        'The activity goal met, top-1 and top-3 not. The misses: furnaces and process operators at a plant named only by',
        'the company («ovnsoperator Ferroglobe», «prosessoperatør Celsa»), mending nets, planning cases at the town hall,',
        'assembling furniture for people through an app.',
      ],
    },
    {
      file: 'blind26.json',
      title: 'Twenty-sixth blind set (`blind26.json`, writers yb57, yb58 and yb59)',
      blurb: [
        '203 queries by three further writers (a Nav-veileder in Fredrikstad and Sarpsborg: process and food industry,',
        'logistics along the E6, retail, the hospital, trades, cleaning and care, mostly what people do; a fastlege in Bodø',
        'and Salten in nynorsk and dialect: the armed forces and the air base, fishing and fish farming, the airport,',
        'railway and ferries, mining and power, reindeer herding, old titles; a bedriftslege and occupational therapist in',
        'Trondheim: the university and research, hospitals, the municipality, start-ups, food and drink, hotels and',
        'culture, English titles) who never saw the search, the catalogue or the other sets, labelled before any run; run',
        "once together with set 25 after set 24's classes were fixed. **First run (commit 7912c3a): top-1 88.2 %, top-3",
        '93.6 %; activity phrases (102) top-1 78.4 %, top-3 88.2 %** (yb57: 86.6 % / 94.0 %; yb58: 87.0 % / 91.3 %; yb59:',
        '91.0 % / 95.5 %). None of the goals met. The misses are activities at plants named only by the company or the',
        'product («står på linja på Stabburet», «går skift på Kronos Titan», «smelteovnen på Glava», «brygger øl på E.C.',
        'Dahls»), armed forces and ships («skrur på jagerfly», «leie ein tropp», «går i maskinen på hurtigruta»), mending',
        'nets, a quarry, research named by its subject («forsker på batterimaterialer hos SINTEF»), «dyrlækjar».',
      ],
    },
    {
      file: 'blind25.json',
      title: 'Twenty-fifth blind set (`blind25.json`, writers yb54, yb55 and yb56)',
      blurb: [
        '205 queries by three further writers (a Nav-veileder in Bergen: shipping, the fish market, hotels, the hospital,',
        'the university, media and culture, retail, Bybanen and ferries, Bergen dialect; a fastlege in Lillehammer and',
        'Gudbrandsdalen: tourism and ski resorts, mountain farming, the police and the armed forces, trades, old titles,',
        'typos and no æøå; a Nav-veileder in Oslo for self-employed and office workers and those who serve them, English',
        'titles) who never saw the search, the catalogue or the other sets, labelled before any run; run once after set',
        "24's classes were fixed (branch yrke8). **First run (commit 7912c3a): top-1 93.2 %, top-3 96.6 %; activity",
        'phrases (105) top-1 90.5 %, top-3 96.2 %** (yb54: 94.1 % / 97.1 %; yb55: 97.1 % / 97.1 %; yb56: 88.2 % / 95.6 %).',
        'The activity goal met, top-1 and top-3 not. The misses: research named by its subject («forsker på havstrømmer»),',
        '«sound engineer», writing for a newspaper named by its initials, selling cabins and plots, conducting cases for',
        'clients in court, «statssekretær», «omsetjar».',
      ],
    },
    {
      file: 'blind24.json',
      title: 'Twenty-fourth blind set (`blind24.json`, writers yb51, yb52 and yb53)',
      blurb: [
        '206 queries by three further writers (a Nav-veileder in Drammen with immigrants and young people describing',
        'their jobs in simple Norwegian with company names: cleaning, logistics, restaurants, building sites, care',
        'agencies, food delivery; a fastlege in rural Trøndelag and on Nordmøre typing fast in nynorsk and dialect:',
        'farming, forestry, sawmills, power plants, the municipality, road maintenance, churches, older titles; a',
        'bedriftslege in Stavanger: industry, oil service, hospitals, banks, IT, the airport, English titles) who never',
        'saw the search, the catalogue or the other sets, labelled before any run; run once, with no change to the',
        'search since set 23 was run. **First run (commit 7345b5c): top-1 89.8 %, top-3 96.1 %; activity phrases (103)',
        'top-1 84.5 %, top-3 95.1 %** (yb51: 95.6 % / 100 %; yb52: 85.3 % / 92.6 %; yb53: 88.6 % / 95.7 %). The',
        'activity goal met, top-1 and top-3 not. The misses: church work in nynorsk (playing the organ, holding',
        'services, «kyrkjetenar»), a control room named by the power company, helping bank customers with mortgages,',
        'planning wells for an oil company, «EDB-operatør», a typo that drops a letter inside a compound',
        '(«anleggmaskinfører»); in the top 3 but not first: a general word taking the first place («selskap», «app»,',
        '«kjøre bil» for a milk tanker, «kommunen» for a nurse in home care). Then fixed as classes (branch yrke8, with',
        'probe batch e8 written for each class first): nynorsk church verbs and words, power, grid, paper and aluminium',
        'companies as workplaces, control rooms by the plant, loans and claims, planning and design per engineering field,',
        'EDB as IT, a linking -s- dropped or added, the municipality and «selskap» kept from the first place, shifts in',
        'the plural; so the figures below are development figures.',
      ],
    },
    {
      file: 'blind23.json',
      title: 'Twenty-third blind set (`blind23.json`, writers yb48, yb49 and yb50)',
      blurb: [
        '204 queries by three further writers (a Nav-veileder in Skien and Porsgrunn: the process industry at Herøya, the',
        'paper mill, building, the port in Brevik, retail and care, older titles and Telemark dialect; a fastlege at',
        'Grønland in Oslo whose immigrant patients describe their jobs in simple Norwegian with words from Urdu, Arabic,',
        'Somali, Polish and English; a fastlege in Arendal and Grimstad: boatbuilding, tourism, offshore rotations, tech,',
        'greenhouses and small businesses) who never saw the search, the catalogue or the other sets, labelled before any',
        "run; run once after set 22's classes were fixed (five rounds by a helper on set 22 and its own probe batches).",
        '**First run (commit decd830): top-1 85.8 %, top-3 90.7 %; activity phrases (103) top-1 80.6 %, top-3 87.4 %**',
        '(yb48: 82.4 % / 89.7 %; yb49: 87.0 % / 89.9 %; yb50: 88.1 % / 92.5 %). None of the three goals met; the work on',
        "set 22's classes did not carry over. The misses: process plants named by product and place («fullgjødselen hos",
        'Yara», «elektrolysen på magnesiumfabrikken», «kontrollrommet på sementfabrikken»), a factory word taking over the',
        'activity («dekorerer tallerkener på porselensfabrikken»), shops and stalls named by brand or in another language',
        '(«Normal», «dukaan», «sjappa»), foreign and English titles («sprzataczka», «delivery rider», «shipping agent»),',
        'teaching in a mosque, cleaning cabins between lets, setting up fairs and conferences.',
      ],
    },
    {
      file: 'blind22.json',
      title: 'Twenty-second blind set (`blind22.json`, writers yb45, yb46 and yb47)',
      blurb: [
        '202 queries by three further writers (a Nav-veileder in Kristiansund and on Nordmøre: aquaculture, klippfisk, the',
        'oil supply base, the hospital and care, shipyards and ferries, older titles and dialect, a quarter nynorsk; a',
        'fastlege in Bærum: offices, finance, consulting, law, IT and pharma, English workplace titles, typos, and the au',
        'pairs, gardeners, craftsmen and shop staff who work there; a Nav-veileder in Tromsø with young people and newly',
        'arrived immigrants: first jobs, tourism, fish processing, the hospital and university, simple Norwegian without',
        "æøå) who never saw the search, the catalogue or the other sets, labelled before any run; run once after set 21's",
        'classes were fixed. **First run (commit c82261d): top-1 83.7 %, top-3 91.1 %; activity phrases (102) top-1',
        '81.4 %, top-3 91.2 %** (yb45: 74.6 % / 85.1 %; yb46: 83.8 % / 91.2 %; yb47: 92.5 % / 97.0 %). None of the three',
        'goals met, the weakest set since set 8. The misses: older and local titles («klippfiskkjerring», «egner»,',
        '«sakfører», «butikkbestyrer»), English office titles («scrum master», «compliance officer», «logistics',
        'coordinator»), wellboats and fish health, and activities where a common word takes over («leder et skift på',
        'fiskeslakteriet», «går tur med hunder for folk», «går runder og tar prøver på gassanlegget»). Then fixed as',
        'classes (branch yrke7: old titles and «bestyrer» as «leder», English title families, aquaculture, a little word',
        'the verb is done to, managers of no trade, titles after «for» or a verb, rules that need a place, light verbs,',
        'hyphenated compounds), so the figures below are development figures.',
      ],
    },
    {
      file: 'blind21.json',
      title: 'Twenty-first blind set (`blind21.json`, writers yb42, yb43 and yb44)',
      blurb: [
        '200 queries by three further writers (a Nav-veileder in Stavanger and Sandnes: offshore and oil service, process',
        'plants, the harbour, Jæren farms, food production and building, English oil terms; a fastlege on Sunnmøre, half',
        'nynorsk: the furniture and ship-equipment industry, supply vessels, fish processing, the municipality, old titles; a',
        'Nav-veileder in Trondheim: the hospital, the university, tech, public administration, typos and no æøå) who never',
        "saw the search, the catalogue or the other sets, labelled before any run; run once after set 20's classes were",
        'fixed. **First run (commit 194c252): top-1 91.5 %, top-3 96.5 %; activity phrases (106) top-1 88.7 %, top-3',
        '96.2 %** (yb42: 90.9 % / 92.4 %; yb43: 92.8 % / 98.6 %; yb44: 90.8 % / 98.5 %). The activity goal met, top-1 and',
        'top-3 not. The misses: offshore English («storekeeper offshore», «chief på supplybåt», «instrument technician»),',
        'machines named by model or place («reachstacker», «Gråkallbanen»), painting on a rig, navigating a supply vessel,',
        'milking for a farmer, a ward manager at a named hospital, «sydame på Ekornes».',
      ],
    },
    {
      file: 'blind20.json',
      title: 'Twentieth blind set (`blind20.json`, writers yb39, yb40 and yb41)',
      blurb: [
        '204 queries by three further writers (a Nav-veileder in Drammen: industry, building, transport, warehouses and',
        'immigrants in cleaning and food production, in the words people use, some broken Norwegian; a fastlege in Lofoten',
        'and Vesterålen, half nynorsk: fishing and fish processing, aquaculture, ferries, the municipality, Andøya; a young',
        'Nav-veileder in Oslo: service, tech, delivery, fitness, typos, no æøå and startup titles) who never saw the search,',
        'the catalogue or the other sets, labelled before any run. **First run (commit 6ccd0a4): top-1 92.2 %, top-3',
        '97.1 %; activity phrases (105) top-1 85.7 %, top-3 95.2 %** (yb39: 91.2 % / 97.1 %; yb40: 95.5 % / 98.5 %; yb41:',
        '89.9 % / 95.7 %). The activity goal met, top-1 and top-3 not. The misses: delivering food by bike for a named',
        'company, a fish-fillet line, repairing diggers, fixing dents in cars, research on cod stocks, «stekte burgere på',
        'maccern», designing user flows in Figma; titles with the wrong group first: a cleaner in private homes, a',
        'reception on a rorbu resort and at a gym, «tannhelsesekretaer» without æ.',
      ],
    },
    {
      file: 'blind19.json',
      title: 'Nineteenth blind set (`blind19.json`, writers yb37 and yb38)',
      blurb: [
        '131 queries by two further writers (a Nav-veileder in Drammen and Kongsberg: the defence and technology industry,',
        'warehouses, retail, building trades, English tech titles; a fastlege in Elverum and Hedmark: forestry, sawmills,',
        'farming, the army camp, trucking, the municipality, older titles and dialect) who never saw the search, the catalogue',
        'or the other sets, labelled before any run; run once at the same commit as the eighteenth. **First run (commit',
        'ef0c8ce): top-1 87.8 %, top-3 93.1 %; activity phrases (66) top-1 86.4 %, top-3 95.5 %** (yb37: 87.9 % / 93.9 %;',
        'yb38: 87.7 % / 92.3 %). The activity goal met, top-1 and top-3 not. The misses: old and short titles («pedell»,',
        '«pumpegutt», «BUA»), English titles («servicedesk agent», «trucker»), a shop chain named after a title',
        '(«avdelingsleder på Clas Ohlson»), «skrur sammen girkasser», «driv reinseanlegget og vassverket», «vasker på rådhuset».',
      ],
    },
    {
      file: 'blind18.json',
      title: 'Eighteenth blind set (`blind18.json`, writers yb35 and yb36)',
      blurb: [
        '134 queries by two further writers (a Nav-veileder in Lillehammer and Gjøvik: the Raufoss industry, hotels and ski',
        'resorts, care, logistics, Oppland dialect and older titles; a fastlege in Oslo sentrum whose patients describe their',
        'jobs in simple Norwegian: cleaning, taxi, kebab shops, building and painting, salons, home-country professions) who',
        "never saw the search, the catalogue or the other sets, labelled before any run; written before the seventeenth set's",
        'classes were fixed and run once after. **First run (commit ef0c8ce): top-1 93.3 %, top-3 95.5 %; activity phrases',
        '(69) top-1 89.9 %, top-3 94.2 %** (yb35: 92.5 % / 95.5 %; yb36: 94.0 % / 95.5 %). None of the three goals met. The',
        'misses: «stiller inn og kjører CNC-maskinene», «pakker ost på meieriet», «jobbe på servicetorget i kommunen», «maler',
        'leiligheter inne og ute» (painting read as measuring), «kebabselger», «civil engineer».',
      ],
    },
    {
      file: 'blind17.json',
      title: 'Seventeenth blind set (`blind17.json`, writers yb33 and yb34)',
      blurb: [
        '137 queries by two further writers (a Nav-veileder in Bergen with young adults: gig and part-time jobs, festivals,',
        'cafés, warehouses, Bergen dialect and English loan words; a fastlege in Alta: fishing, reindeer husbandry, mining,',
        'the armed forces, tourism, northern dialect forms and some nynorsk) who never saw the search, the catalogue or the',
        'other sets, labelled before any run. **First run (commit 6556f09): top-1 93.4 %, top-3 95.6 %; activity phrases',
        '(71) top-1 90.1 %, top-3 94.4 %** (yb33: 91.0 % / 94.0 %; yb34: 95.7 % / 97.1 %). None of the three goals met.',
        'The misses: «trener 12-årslaget i fotball for Brann» (no hit), «mater sjøløvene på akvariet», «passer på at det',
        'ikkje blir bråk på konserter» (security), «kinomaskinist» (an old title), «har vore på linebåt i mange år» and',
        '«dog handler».',
      ],
    },
    {
      file: 'blind16.json',
      title: 'Sixteenth blind set (`blind16.json`, writers yb31 and yb32)',
      blurb: [
        '130 queries by two further writers (one in Kristiansand: retail, process industry at Elkem and the nickel',
        'works, transport and first jobs; one in Sogn, mostly nynorsk: fruit farming, power stations, ferries, the',
        'smelter in Årdal, tourism) who never saw the search, the catalogue or the other sets, labelled before any run.',
        '**First run (commit 3487a73): top-1 88.5 %, top-3 95.4 %; activity phrases (68) top-1 83.8 %, top-3 94.1 %**',
        '(yb31: 84.6 % / 92.3 %; yb32: 92.3 % / 98.5 %). None of the three goals met. The misses: «skiftarbeider på',
        'elkem» and «sitter i kontrollrommet på nikkelverket» (process industry by company and place), «prosessoperatør»',
        'alone (the catalogue split it over narrower groups), «jobber i bokhandel» (no hit), «gikk med aviser før',
        'skolen», «brefoerar» (nynorsk without æøå).',
      ],
    },
    {
      file: 'blind15.json',
      title: 'Fifteenth blind set (`blind15.json`, writers yb29 and yb30)',
      blurb: [
        '130 queries by two further writers (a Nav-veileder in Trondheim with people over 50 who lost their jobs: old',
        'titles, company names, Trøndelag forms; a fastlege in Groruddalen whose patients describe their jobs in simple',
        'Norwegian word order, with titles from their home countries) who never saw the search, the catalogue or the',
        'other sets, labelled before any run. **First run (commit 3269e12): top-1 90.0 %, top-3 98.5 %; activity',
        'phrases (68) top-1 85.3 %, top-3 98.5 %** (yb29: 84.6 % / 96.9 %; yb30: 95.4 % / 100 %). Top-3 and the',
        'activity goal met, top-1 not. The misses: «spikra hus» (a dialect past tense, and «hus» read as the head of',
        '«sykehus»), «setter i Adressa» (an old typesetter at a newspaper); «City Syd» put «sydame» first.',
      ],
    },
    {
      file: 'blind14.json',
      title: 'Fourteenth blind set (`blind14.json`, writers yb27 and yb28)',
      blurb: [
        '130 queries by two further writers (a Nav-veileder at Grünerløkka in Oslo: creative, service, office, tech and',
        'care jobs, Norwegian and English mixed, slang; a fastlege in Haugesund and Karmøy: shipyards, the aluminium',
        'plant, fish processing, ferries, farming, two fifths in nynorsk and dialect) who never saw the search, the',
        'catalogue or the other sets, labelled before any run. **First run (commit a03f753): top-1 93.1 %, top-3 97.7 %;',
        'activity phrases (63) top-1 88.9 %, top-3 96.8 %** (yb27: 95.4 % / 96.9 %; yb28: 90.8 % / 98.5 %). The activity',
        'goal met, top-1 and top-3 not (the previous set met all three). The misses: «lager budsjett og rapporter», «syr',
        "kostymer til teater», «fagarbeidar i elektro». Then fixed as data, with set 13's miss (budgets, costumes,",
        'group homes in nynorsk, tattooing, «mekke» motors, «fagarbeider i elektro»): the figures below are',
        'development figures.',
      ],
    },
    {
      file: 'blind13.json',
      title: 'Thirteenth blind set (`blind13.json`, writers yb25 and yb26)',
      blurb: [
        '130 queries by two further writers (a Nav-veileder in Bodø with young people and immigrants: first jobs, gig',
        'work, jobs from the home country described in Norwegian, Lofoten tourism; a fastlege in Gudbrandsdalen with',
        'older titles, small firms, farming, mountain tourism, a third in nynorsk) who never saw the search, the catalogue',
        'or the other sets, labelled before any run. **First run (commit 28e5d76): top-1 95.4 %, top-3 99.2 %; activity',
        'phrases (65) top-1 93.8 %, top-3 98.5 %** (yb25: 96.9 % / 100 %; yb26: 93.8 % / 98.5 %). **All three goals met**,',
        'the second of thirteen blind sets on which they are (set 10 was the first). The one miss: «følgjer opp',
        'utviklingshemma i bufellesskap» (a care worker in a group home, read as a generic «følge opp»).',
      ],
    },
    {
      file: 'blind12.json',
      title: 'Twelfth blind set (`blind12.json`, writers yb23 and yb24)',
      blurb: [
        '130 queries by two further writers (an arbeidskonsulent at a work-inclusion company in Sarpsborg typing what',
        'participants say about earlier jobs, in their words, past tense, dialect and company names; a fastlege in',
        'Stavanger typing fast: offshore, engineering, IT and health, English workplace titles, typos and abbreviations)',
        'who never saw the search, the catalogue or the other sets, labelled before any run. **First run (commit 3e75b14):',
        'top-1 89.2 %, top-3 96.2 %; activity phrases (65) top-1 84.6 %, top-3 95.4 %** (yb23: 89.2 % / 98.5 %; yb24:',
        '89.2 % / 93.8 %). Top-3 and the activity goal met, top-1 not. The misses: a place of work named by its brand',
        '(«på stabburet»), work «offshore» read as the offshore job itself, «ass.» in a kindergarten, a typo next to',
        '«offshore», and «roustabout» (no hit). Then fixed as classes (shorthand such as «bhg», «ass.», «ing.» read as',
        'whole words; food brands as a food factory; cleaning cabins; «roustabout» as a drilling-crew title), so the',
        'figures below are development figures.',
      ],
    },
    {
      file: 'blind11.json',
      title: 'Eleventh blind set (`blind11.json`, writers yb21 and yb22)',
      blurb: [
        '130 queries by two further writers (a Nav-veileder in Sunnmøre and Nordmøre, half nynorsk: furniture industry,',
        'shipbuilding, offshore supply, klippfisk, English maritime titles; a fastlege in Lørenskog and Lillestrøm: the',
        'airport, logistics, Ahus, English airport titles) who never saw the search, the catalogue or the other sets,',
        'labelled before any run. **First run (commit 181a416, search as at e7893cc): top-1 84.6 %, top-3 91.5 %;',
        'activity phrases (67) top-1 82.1 %, top-3 92.5 %; English titles (13) top-1 46 %** (yb21: 80.0 % / 87.7 %;',
        "yb22: 89.2 % / 95.4 %). The tenth set's result did not hold: none of the goals met. The misses: English",
        'maritime and airport titles (chief engineer, chief officer, bosun, naval architect, ramp agent), ship',
        'equipment and yard work, airport check-in and catering. These were then added as data, so the figures below',
        'are development figures.',
      ],
    },
    {
      file: 'blind10.json',
      title: 'Tenth blind set (`blind10.json`, writers yb19 and yb20)',
      blurb: [
        '130 queries by two further writers (a Nav-veileder in Tromsø: university, hospital, fisheries, tourism, the',
        'airport, English tourism titles; a fastlege in Fredrikstad and Sarpsborg with patients over 50 naming older',
        'titles and jobs long ago, a tenth in nynorsk) who never saw the search, the catalogue or the other sets, labelled',
        "before any run. **First run (commit 9984290, after the ninth set's classes were fixed): top-1 98.5 %, top-3",
        '100 %; activity phrases (69) top-1 98.6 %, top-3 100 %** (yb19 and yb20 each 98.5 % / 100 %). **All three goals of',
        'issue 12 met on this set — the first of the ten blind sets on which they are;** on the nine before it the first',
        'runs were top-1 78.5–93.8 %, top-3 90.0–96.9 %. Many of its everyday jobs (fish',
        'processing, snow clearing, porters, older industrial titles) were classes earlier sets had exposed and that had',
        'been fixed; one set of two writers is not enough to say the goals hold.',
      ],
    },
    {
      file: 'blind9.json',
      title: 'Ninth blind set (`blind9.json`, writers yb17 and yb18)',
      blurb: [
        '130 queries by two further writers (a Nav-veileder in Oslo working with staffing agencies: hospitality,',
        'cleaning, construction, logistics, security, English agency titles; a fastlege in Namdalen typing in',
        'Trøndelag-coloured bokmål with dialect forms: farming, forestry, fish farming, sawmills, the municipality) who',
        'never saw the search, the catalogue or the other sets, labelled before any run. **First run (commit 9fd297d, after',
        "the eighth set's misses were added): top-1 88.5 %, top-3 94.6 %; activity phrases (69) top-1 79.7 %, top-3",
        '89.9 %** (yb17: 89.2 % / 96.9 %; yb18: 87.7 % / 92.3 %). None of the goals of issue 12 met. The misses: dialect',
        'forms with dropped endings («kjor tommer te saga», «broyt vegan», «vaske kontoran», «planta gran om sommarn»),',
        '«kassa» as a box, helping a wheelchair user. Then fixed (the bare verb stem is a form of every weak verb; «-an» is',
        'a plural definite ending; the misses as data), so the figures below are development figures.',
      ],
    },
    {
      file: 'blind8.json',
      title: 'Eighth blind set (`blind8.json`, writers yb15 and yb16)',
      blurb: [
        "130 queries by two further writers (a Nav-veileder in Drammen copying titles from users' CVs, half English;",
        'a fastlege in Sogn og Fjordane typing almost everything in nynorsk: hydropower, aluminium, aquaculture, fruit',
        'farming, tourism, ferries) who never saw the search, the catalogue or the other sets, labelled before any run.',
        "**First run (commit 5d8896f, after the seventh set's classes were fixed): top-1 86.9 %, top-3 93.1 %; activity",
        'phrases (68) top-1 80.9 %, top-3 92.6 %; English titles (13) top-3 84.6 %** (yb15: 89.2 % / 93.8 %; yb16:',
        '84.6 % / 92.3 %). None of the goals of issue 12 met. The misses: nynorsk verb forms read as titles or English',
        '(«driv hotell» → driver, «styrer eit oppdrettsselskap» → styrer), older nynorsk titles (skulestyrar,',
        'barnepleiar), English titles the data lacks (payroll specialist, supply chain planner), vague activities',
        '(«holdt maskinene i gang»). The misses were then added as data and verb forms (driv, klatre), so the figures',
        'below are development figures.',
      ],
    },
    {
      file: 'blind7.json',
      title: 'Seventh blind set (`blind7.json`, writers yb13 and yb14)',
      blurb: [
        '130 queries by two further writers (a Nav-veileder in the introduction programme in Stavanger typing what',
        'refugees did before, in their simple Norwegian; a fastlege in Gjøvik and Toten: the Raufoss industrial park,',
        'agriculture, the hospital, English industry titles, older titles) who never saw the search, the catalogue or the',
        "other sets, labelled before any run. **First run (commit c4e55d1, after the sixth set's classes were fixed): top-1",
        '83.8 %, top-3 90.8 %; activity phrases (67) top-1 79.1 %, top-3 92.5 %; English titles (10) top-1 50 %** (yb13:',
        '83.1 % / 93.8 %; yb14: 84.6 % / 87.7 %). None of the goals of issue 12 met. The misses: English two-word titles',
        '(«production manager», «maintenance technician», «quality engineer», «HSE manager»), verbs the reader does not',
        'know («renset fisk», «reparerer mobiler»), «kasse» (box) read as the till, older titles (verksmester). Then fixed',
        '(an English «modifier head» title is also read as the Norwegian compound; the misses as data), so the figures',
        'below are development figures.',
      ],
    },
    {
      file: 'blind6.json',
      title: 'Sixth blind set (`blind6.json`, writers yb11 and yb12)',
      blurb: [
        '130 queries by two further writers (a Nav market contact in Kristiansand typing titles and tasks as employers',
        'write them in adverts: process industry, offshore supply, boatbuilding, retail, logistics, IT; a fastlege in Alta',
        'and Kautokeino: reindeer herding, slate quarries, the mine, tourism, border guard, snow clearing) who never saw',
        'the search, the catalogue or the other sets, labelled before any run. **First run (commit 4f8161b, after the fifth',
        "set's kinds of work were added): top-1 86.9 %, top-3 93.1 %; activity phrases (68) top-1 83.8 %, top-3 94.1 %;",
        'titles (13) top-3 76.9 %** (yb11: 84.6 % / 92.3 %; yb12: 89.2 % / 93.8 %). None of the goals of issue 12 met',
        '(activity top-3 94.1 % against 95 %). The misses: advert titles («avdelingsleder lager», «hms-koordinator»,',
        '«warehouse operator», «HSE ingeniør»), regional tourism titles (nordlysguide) and crafts (boatbuilding in wood,',
        'splitting slate, line work on masts). Then fixed (a compound split by its head when no group knows the',
        'modifier; verb particles never start a title; advert and English titles, rural crafts as data), so the figures',
        'below are development figures.',
      ],
    },
    {
      file: 'blind5.json',
      title: 'Fifth blind set (`blind5.json`, writers yb9 and yb10)',
      blurb: [
        '130 queries by two further writers (a Nav-veileder in a youth team in Oslo: gig and platform work, hospitality,',
        'social media and creative work, events, English titles and slang, no æøå; an occupational health nurse in',
        'Trondheim, a third nynorsk: hospital service jobs, technical operations, transport, construction, a dairy, IT)',
        'who never saw the search, the catalogue or the other sets, labelled before any run. **First run (commit 4cb8170,',
        "after the fourth set's classes were fixed): top-1 82.3 %, top-3 90.0 %; activity phrases (66) top-1 74.2 %,",
        'top-3 89.4 %; English titles (10) top-3 70 %** (yb9: 81.5 % / 86.2 %; yb10: 83.1 % / 93.8 %). None of the goals of',
        'issue 12 met. The misses: new kinds of work the data lacks (street fundraising, social media, video editing,',
        'stage crew, lifeguard, brand ambassador, hospital sterile supply, traffic control centre), verbs read as titles',
        '(«verver» → vever, «driver» → frisørsalong), and «lærling» compounds with a typo. Its new kinds of work were',
        'then added as data (street fundraising, social media, video editing, stage crew, lifeguard, sterile supply,',
        'traffic control, deliveries), so the figures below are development figures.',
      ],
    },
    {
      file: 'blind4.json',
      title: 'Fourth blind set (`blind4.json`, writers yb7 and yb8)',
      blurb: [
        '130 queries by two further writers (a job consultant at a work-training company in Bergen, half nynorsk:',
        "kitchens, second-hand shops, laundries, bicycle repair, parks, packaging, in the participants' own words; a",
        'fastlege in Sandnes and Stavanger: oil and gas offshore and onshore, English oil-industry titles, Jæren farming,',
        'greenhouses, typing fast without æøå) who never saw the search, the catalogue or the other sets, labelled before',
        "any run. **First run (commit 70d58b2, after the third set's classes were fixed): top-1 78.5 %, top-3 91.5 %;",
        'activity phrases (69) top-1 72.5 %, top-3 89.9 %; English titles (10) top-1 60 %** (yb7: 81.5 % / 93.8 %; yb8:',
        '75.4 % / 89.2 %). The worst first run of the four: none of the goals of issue 12 met. The misses: English',
        'oil-industry titles the data lacks (roughneck, subsea engineer, geophysicist), offshore places (plattform,',
        'kontrollrom) outranked by managers, activities whose verb the reader does not know (lappe, setje saman, fikse,',
        'teipe, rake), and a verb read as a title («plukker agurk» → warehouse picker). Then fixed by class (an unknown',
        'word after «på», «i» is a place and matches titles only from its first letter; English oil-industry titles,',
        'offshore places, repair, packing and garden verbs as data), so the figures below are development figures.',
      ],
    },
    {
      file: 'blind3.json',
      title: 'Third blind set (`blind3.json`, writers yb5 and yb6)',
      blurb: [
        '130 queries by two further writers (a fastlege in Grorud and Furuset, Oslo, typing what patients born abroad say',
        'about their work, loose activities, brands, loan words; a Nav-veileder in Valdres and Gudbrandsdalen, a third in',
        'nynorsk: farming, forestry, sawmills, ski resorts, mountain lodges, older rural titles) who never saw the search,',
        'the catalogue or the other sets, labelled before any run. **First run (commit c2ea1c6): top-1 91.5 %, top-3',
        '94.6 %; activity phrases (68) top-1 86.8 %, top-3 91.2 %** (yb5: 96.9 % / 98.5 %; yb6: 86.2 % / 90.8 %). None of',
        'the goals of issue 12 met on this set, activity top-3 included. The misses: prepositions and verbs read as',
        'titles («bak disken» → baker, «styrer stolheisen» → manager, «lærer turister» → teacher, «kappar tømmer» →',
        'tømrer), a word inside a longer word («disk» in «juridisk»), and rural places and crafts the data did not know',
        '(sawmill, quarry, ski lift, summer dairy). These classes were then fixed (little words never start a title; no',
        'compound head inside an adjective in -isk; rural trades, reindeer herding, older and military titles as data), with',
        "the second blind set's remaining misses, so the figures below are development figures.",
      ],
    },
    {
      file: 'blind2.json',
      title: 'Second blind set (`blind2.json`, writers yb3 and yb4)',
      blurb: [
        '130 queries by two further writers (a Nav-veileder in Bergen typing employers, brands and slang; a fastlege in',
        'Finnmark and Troms with nynorsk activities, older and regional titles) who never saw the search, the catalogue or',
        'the other sets, labelled before any run and kept outside the repository until the second round of issue 12 work',
        '(employers, word-start matching, older titles, nynorsk school levels) was finished. **First and only run before it',
        'came in (commit e190b12): top-1 93.8 %, top-3 96.9 %; activity phrases (67) top-1 92.5 %, top-3 98.5 %** (yb3:',
        '95.4 % / 100 %; yb4: 92.3 % / 93.8 %). Goals of issue 12: top-1 ≥ 95 % and top-3 ≥ 98 % not met; activity top-3',
        '≥ 95 % met. The misses were regional and special titles (grensejeger, fiskarbonde, reindeer herding, a manager of',
        'a fish farm) and two activities where the place outranked the verb.',
      ],
    },
    {
      file: 'blind.json',
      title: 'Blind set (`blind.json`, writers yb1 and yb2)',
      blurb: [
        "130 queries by two further writers who never saw the search, the catalogue, the other sets or each other's",
        'files, labelled before any run and kept outside the repository until the search of issue 12 was finished. **First',
        'and only run before it came in (commit a4eeb11): top-1 93.8 %, top-3 96.9 %; activity phrases (61) top-1 88.5 %,',
        'top-3 95.1 %** (yb1: 95.4 % / 98.5 %; yb2: 92.3 % / 95.4 %). Goals of issue 12: top-1 ≥ 95 % and top-3 ≥ 98 % not',
        'met; activity top-3 ≥ 95 % met. From now on this set is a development set like the others: a new blind set',
        'is needed for the next honest figure. Its misses were then fixed by class, not by example (employer and brand',
        'names as workplaces, short words inside longer ones, older farm titles, nynorsk school levels and cleaning,',
        'ambiguous verbs; probe batch e6 was written for those classes first), so the figures below are development figures.',
      ],
    },
  ];
  const blinds = blindSets.map((b) => evaluate(load(b.file), b.file, b.title, b.blurb.join(' ')));
  const withContent = cat.entries.length - cat.missing.length;
  const md = [
    '# Yrke search evaluation',
    '',
    `Generated by \`npm run eval:yrke\` on ${new Date().toISOString().slice(0, 10)}. Catalogue: ${cat.entries.length} unit groups, ${withContent} with hand-written content, ${cat.entries.reduce((n, e) => n + e.synonyms.length, 0)} synonyms.`,
    'A case passes top-1 when one of its acceptable STYRK codes is the first hit, top-3 when it is among the first three.',
    '',
    '**How to read these figures.** Every set below has been looked at while the search and its data were built, so its',
    'current figures are development figures. The honest estimates for new queries are the *first-run* figures: the',
    "development set on the engine before issue 12 (top-1 69.3 %), and the engineer's later probe batches on the",
    'activity reader before their fixes (e2: top-1 88.8 %, top-3 96.3 %; e3: 87.9 % / 94.9 %; e4: 85.0 % / 93.3 %;',
    'e5: 86.7 % / 95.0 %; e6, on the classes the blind set missed: 69.4 % / 77.6 %; e8, on the classes set 24 missed: 68.6 % / 79.2 %; written by',
    "the person who wrote the data, so if anything optimistic). The blind sets' first runs (the first two each top-1 93.8 %, top-3",
    '96.9 %, before and after the second round of work; the third 91.5 % / 94.6 %; the fourth 78.5 % / 91.5 %; the fifth 82.3 % / 90.0 %; the sixth 86.9 % / 93.1 %; the seventh 83.8 % / 90.8 %; the eighth 86.9 % / 93.1 %; the ninth 88.5 % / 94.6 %; the tenth 98.5 % / 100 %; the eleventh 84.6 % / 91.5 %; the twelfth 89.2 % / 96.2 %; the thirteenth 95.4 % / 99.2 %; the fourteenth 93.1 % / 97.7 %; the fifteenth 90.0 % / 98.5 %; the sixteenth 88.5 % / 95.4 %; the seventeenth 93.4 % / 95.6 %; the eighteenth 93.3 % / 95.5 % and the nineteenth 87.8 % / 93.1 %, run at the same commit; the twentieth 92.2 % / 97.1 %, the twenty-first 91.5 % / 96.5 %, the twenty-second 83.7 % / 91.1 %, the twenty-third 85.8 % / 90.7 %, the twenty-fourth 89.8 % / 96.1 %, and the twenty-fifth and twenty-sixth, run at the same commit, 93.2 % / 96.6 % and 88.2 % / 93.6 %) are the honest estimates. To score an outside file',
    'without copying it in: `npm run eval:yrke -- --file <file.jsonl>` (prints only).',
    '',
    ...blinds.flatMap((b) => b.md),
    ...dev.md,
    ...probes.md,
    ...main.md,
    ...hold.md,
  ].join('\n');
  if (!process.argv.includes('--no-write')) writeFileSync(new URL('RESULTS.md', dir), md);
}

function DEV_BLURB(): string {
  return (
    [
      "150 queries by two writers (y1, y2; 75 each) who never saw the search, the catalogue or each other's files, written",
      'from a brief (titles, typos, nynorsk, no æøå, loan words, old titles and at least 40 % activity phrases such as',
      '«kjører truck på lager»), each labelled with the acceptable unit group(s) before the next was written. `writer` and',
      '`tag` are kept from their files. **First run on the engine before issue 12 (commit 5a842c9), nothing tuned: top-1',
      '69.3 %, top-3 77.3 % (both writers alike); activity phrases (70) top-1 50.0 %, top-3 62.9 %.** The activity reader,',
      'ranking and data of issue 12 were then developed looking at these queries and their misses, so the figures below',
      'are development figures, not an estimate for unseen queries; a separate blind set by two further writers is kept',
      'outside the repository and run by the lead.',
    ].join(' ') +
    '\n\nFirst run per tag (engine before issue 12):\n\n' +
    [
      '| tag | cases | top-1 | top-3 |',
      '|---|---|---|---|',
      '| activity | 70 | 50.0 % | 62.9 % |',
      '| loanword | 12 | 50.0 % | 66.7 % |',
      '| nodiacritics | 12 | 100.0 % | 100.0 % |',
      '| nynorsk | 14 | 92.9 % | 100.0 % |',
      '| older | 14 | 71.4 % | 71.4 % |',
      '| title | 14 | 100.0 % | 100.0 % |',
      '| typo | 14 | 100.0 % | 100.0 % |',
      '| **all** | 150 | 69.3 % | 77.3 % |',
    ].join('\n') +
    '\n\nAfter issue 12:'
  );
}

/**
 * Employers and brands people name instead of a title or an activity («jobbet på rema», «kjørte foodora»,
 * «vekter i securitas», «jobber på tine»). Each name stands for the workplace or object it implies, written as an
 * object of the activity rules (`activities` in scripts/catalogue-src/major-*.json), so the activity reader treats
 * it like that place, a little weaker (Q_ALIAS in activity.ts): an employer has many trades, the place says which
 * is most likely. A test checks that every target is an object some rule has.
 *
 * Rules of the table:
 * - Only names that say the sector on their own: chains, transport and delivery companies, security and cleaning
 *   firms, food industry, power, grid, paper and telecom companies, oil operators, hospitals by their everyday name.
 *   Not «kommunen», «staten» or conglomerates whose staff do anything (Orkla, Aker): a wrong sector is worse than
 *   none. Hydro is listed since its plants in Norway are aluminium works (see below).
 * - A name is matched only as a whole query word (or words, «burger king», «circle k», «h&m»), never inside
 *   another word: «rema» is not in «andremaskinist», «tine» not in «kantine». A name that is also a word of the
 *   titles (none today) would keep its title matches as well.
 * - Keys are written as people type them; they are folded and normalized like the query (ø → o, spaces dropped).
 *   Names that are everyday words as well are left out («Extra» folds to «ekstra», «Best», «Match», «Kid»).
 */
import { normalize } from './fold.ts';

const TABLE: Record<string, string> = {
  // Border crossings: the police's border control.
  storskog: 'grensestasjon',
  // Grocery chains: the shop floor (butikkmedarbeider).
  'kiwi rema rema1000 coop coop_extra prix mega obs meny spar joker bunnpris matkroken nærbutikken ica oda': 'dagligvarebutikk',
  // Other retail chains: a shop.
  'europris rusta jula biltema clas_ohlson elkjøp power expert xxl intersport g-sport gmax jernia princess h&m cubus dressmann lindex kappahl bik_bok vero_moda zara carlings vinmonopolet polet byggmakker maxbo obs_bygg montér bauhaus xl-bygg':
    'butikk',
  ikea: 'varehus',
  'narvesen 7-eleven deli_de_luca mix': 'kiosk',
  'apotek1 vitus vitusapotek boots ditt_apotek': 'apotek',
  // Fuel stations.
  'circle_k esso shell statoil uno-x yx st1': 'bensinstasjon',
  // Food service.
  // Fast-food chains, also by their everyday nicknames (maccen, mæccern).
  "mcdonalds mcdonald's mcdonald mcd maccen maccern mæccen mæccern mcern mcen mæcern burger_king max kfc subway big_bite jafs dominos domino's": 'gatekjøkken',
  'peppes dolly_dimples egon': 'restaurant',
  'starbucks espresso_house waynes': 'kafe',
  'sodexo eurest': 'kantine',
  // Passenger transport.
  'ruter unibuss nettbuss tide brakar skyss kolumbus atb akt norgesbuss boreal': 'busselskap',
  'vy nsb flytoget go-ahead sj': 'tog',
  'hurtigruten hurtigruta havila color_line fjord_line stena_line': 'skip',
  // Offshore supply shipowners: their supply ships («går vakt på brua for Solstad»).
  'solstad dof eidesvik siem_offshore rem_offshore møkster simon_møkster': 'supplybåt',
  'fjord1 norled torghatten': 'ferje',
  'sas norwegian widerøe': 'flyselskap',
  // Airports: Avinor runs them, and the big ones go by the place's name alone (not Sola, Torp or Vigra: everyday words
  // or towns as well).
  'avinor gardermoen flesland værnes kjevik': 'flyplass',
  // Gym chains: the gym.
  'sats elixia evo_fitness actic fresh_fitness 3t_fitness': 'treningssenter',
  // Post, parcels and food delivery.
  posten: 'post',
  'bring postnord dhl ups schenker db_schenker helthjem budbee instabox porterbuddy': 'pakker',
  // Wholesalers and distribution warehouses: the warehouse.
  'asko bama norengros servicegrossistene': 'lager',
  'foodora wolt just_eat uber_eats': 'matlevering',
  // Security, cleaning, staffing.
  'securitas avarn g4s nokas': 'vaktselskap',
  // Newspapers by their everyday names: the paper (the newsroom's trades, journalists first).
  'aftenposten dagbladet adresseavisen adressa aftenbladet stavanger_aftenblad fædrelandsvennen klassekampen dagsavisen bergens_tidende': 'avis',
  // Road maintenance contractors: the road works.
  mesta: 'veiarbeid',
  'iss isas': 'renholdsfirma',
  'manpower adecco randstad': 'bemanningsbyra',
  // Kindergartens and after-school care.
  'norlandia espira kidsa læringsverkstedet': 'barnehage',
  'sfo aks': 'skolefritidsordning',
  // Universities and university colleges by their everyday name.
  'ntnu nth uio uib uit uis oslomet nmbu nhh usn hvl uia hiof nord_universitet handelshøyskolen_bi': 'universitet',
  // Hospitals by their everyday name: the university and big local hospitals, the health trusts that are one hospital
  // to people («jobber på St. Olav», «vaskar på Haukeland», «SUS», «UNN»). Not names that are towns alone (Førde,
  // Levanger): a town is no workplace.
  'ous haukeland rikshospitalet riksen ullevål ullevaal ahus a-hus radiumhospitalet aker_sykehus st_olav st_olavs st_olavs_hospital olavs_hospital sus unn diakonhjemmet lovisenberg haraldsplass sunnaas kalnes gaustad dikemark martina_hansens betanien kysthospitalet helse_bergen helse_stavanger helse_fonna helse_førde helse_møre helse_nordmøre sykehuset_innlandet sykehuset_østfold sykehuset_telemark sykehuset_vestfold sørlandet_sykehus vestre_viken nordlandssykehuset helgelandssykehuset finnmarkssykehuset ålesund_sjukehus sjukehuset_i_ålesund haugesund_sjukehus stavanger_universitetssjukehus':
    'sykehus',
  // Food industry and fish farming.
  'tine q-meieriene synnøve': 'meieri',
  'nortura gilde': 'slakteri',
  'ringnes mack hansa hansa_borg aass e.c._dahls ec_dahls dahls christianssands_bryggeri lervig': 'bryggeri',
  // Food factories by brand: the production line (8160), not the brand's shops or offices.
  'freia nidar stabburet idun kavli toro mills kims sætre hennig-olsen diplom-is fjordland findus lerum brynild bakers mesterbakeren': 'matfabrikk',
  'mowi lerøy salmar cermaq': 'oppdrett',
  // Process industry by company: smelters and metal works (silicon and ferroalloys, nickel, manganese, aluminium,
  // zinc). Yara is a chemical plant (below).
  'elkem glencore eramet alcoa boliden finnfjord ferroglobe wacker tizir': 'smelteverk',
  // Steel works (Celsa in Mo i Rana, the old Norsk Jernverk).
  'celsa norsk_jernverk': 'stålverk',
  // Chemical plants by company (titanium pigment, PVC and chlorine, plastics, paint, biorefinery).
  // Yara's plants (Porsgrunn/Herøya, Glomfjord), Ineos' Rafnes and the Herøya industrial park: «går skift på Yara» is the plant; weak as every
  // name, so «ingeniør på Yara» stays an engineer.
  denofa: 'oljemølle',
  'kronos kronos_titan ineos inovyn noretyl jotun borregaard dynea yara rafnes herøya': 'kjemifabrikk',
  // Glass wool, glass and tiles; cement.
  'glava hadeland_glassverk': 'glassverk',
  norcem: 'sementfabrikk',
  // Hydro's plants in Norway are aluminium works (Karmøy, Sunndal, Årdal, Høyanger, Husnes); its power plants employ
  // few. Weak as every name, so «ingeniør i Hydro» stays an engineer. Beside other words it is no start of «hydrogeolog»;
  // typed alone it may be (search.ts, nameTyped).
  'hydro norsk_hydro': 'aluminiumsverk',
  // Telecom operators: telecom (their networks and technicians).
  'telenor telia altibox': 'telekom',
  // Sawmills and planing mills by company: the saw (8172), not the group's offices.
  'moelven bergene_holm mjøsbruket': 'sagbruk',
  // Alpine resorts known by the resort's name (not towns such as Trysil, Hemsedal or Geilo): the lifts and slopes.
  'hafjell kvitfjell skeikampen skistar': 'skisenter',
  // Paper mills by company.
  'norske_skog saugbrugs': 'papirfabrikk',
  // Power producers: their plants and control rooms (driftssentral) are run by the energy control operators. Not «Lyse»
  // (an everyday word).
  'statkraft bkk eviny agder_energi å_energi hafslund eidsiva trønderenergi nte skagerak_energi helgelandskraft troms_kraft nordkraft sognekraft tafjord_kraft ymber':
    'kraftverk',
  // Grid companies and the national grid: the lines and the grid they run.
  'statnett elvia tensio glitre_nett bkk_nett lnett norgesnett': 'strømnett',
  // Petroleum: offshore (the operators and licensees people name).
  'equinor aker_bp conocophillips vår_energi okea dno': 'offshore',
  // Gas plants and refineries on land, known by the place's name alone (Nyhamna, Kårstø …), and supply bases.
  'kårstø kollsnes nyhamna melkøya hammerfest_lng sture': 'gassanlegg',
  'mongstad slagentangen': 'raffineri',
  'vestbase ccb coast_center_base polarbase norsea': 'forsyningsbase',
  // Shipyards.
  'vard kleven havyard westcon ulstein_verft fosen_yard myklebust_verft': 'verft',
  // Furniture factories (Sunnmøre and beyond): the factory.
  'ekornes stressless hjellegjerde brunstad fora_form hødnebø': 'møbelfabrikk',
  // Tram and metro lines by name: the tram (bybanen is a word of the rules already) and the metro.
  'gråkallbanen ekebergbanen lilleakerbanen kjelsåsbanen frognerbanen briskebybanen sinsenbanen': 'trikk',
  'holmenkollbanen kolsåsbanen østensjøbanen lambertseterbanen grorudbanen furusetbanen sognsvannsbanen ringbanen t-banen': 'tbane',
  // Manufacturing plants by company: automotive and defence suppliers, plastics and hook makers whose staff are
  // mostly on the lines and machines («står på linja på Benteler», «sprøytestøping hos KA»): the factory, which the
  // operators', assemblers' and industrial mechanics' rules have. Kongsberg Automotive also by its initials («KA»).
  'kongsberg_automotive benteler steertech neuman_aluminium raufoss_technology nammo mjøs_metallvarer mustad plasto jackon brødrene_sunde': 'fabrikk',
  // Electronics manufacturing by company: the electronics factory (assemblers, testers).
  'kitron eltek': 'elektronikkfabrikk',
  // Maritime and defence electronics (navigation, sonar, positioning): electronics, as in «servicetekniker
  // elektronikk»; their field service and test staff are electronics technicians. Also by initials (KM, KDA).
  'kongsberg_maritime simrad kongsberg_defence kda kongsberg_defence_&_aerospace': 'elektronikk',
  // Municipal agencies whose name does not say what they do (Oslo's etater and their like elsewhere): Bymiljøetaten
  // keeps the streets, parks and parking (never «miljø» the milieu therapist's), Plan- og bygningsetaten (PBE) handles
  // building cases and inspections («plan» is no plant). Names whose words say it already (Vann- og avløpsetaten,
  // Brann- og redningsetaten) are left to those words.
  bymiljøetaten: 'bymiljø',
  'plan-_og_bygningsetaten pbe bygningsetaten': 'byggesak',
  sykehjemsetaten: 'sykehjem',
  // Justervesenet verifies and calibrates measuring instruments and scales.
  justervesenet: 'kalibreringslab',
  'renovasjons-_og_gjenvinningsetaten': 'renovasjon',
  // Gyms.
  'sats evo elixia actic': 'treningssenter',
  // Other everyday names.
  bpa: 'brukerstyrt',
  mek: 'mekanisk',
};

/** Folds a name like the query: ø → o, punctuation to spaces, then the words closed up (circle k → circlek). */
const key = (name: string): string => normalize(name.replace(/_/g, ' ')).replace(/ /g, '');

/** Normalized name → the object it stands for (normalized like rule objects). */
export const EMPLOYERS: ReadonlyMap<string, string> = new Map(
  Object.entries(TABLE).flatMap(([names, target]) =>
    names
      .split(/\s+/)
      .filter(Boolean)
      .map((n) => [key(n), normalize(target).replace(/ /g, '')] as [string, string]),
  ),
);

/**
 * Fixed phrases of two words closed up like names, so a verb's particle is one word: «gjer i stand» (gjøre_istand in
 * the verb lexicon, activity.ts), «tar i mot» (ta_imot), «held ved like» (vedlikeholde); «stort sett» and «som regel», little words once
 * closed up (activity.ts), so «sett» is no form of «sette» and «som» no «jobber som». They stand for no employer.
 */
const PHRASES = ['i_stand', 'i_mot', 'ved_like', 'stort_sett', 'som_regel'];

/** Names of several query words, by their first word: «circle» → [[«circle», «k»]]. */
const MULTI = new Map<string, string[][]>();
for (const names of [...Object.keys(TABLE), PHRASES.join(' ')]) {
  for (const n of names.split(/\s+/)) {
    const words = normalize(n.replace(/_/g, ' ')).split(' ').filter(Boolean);
    if (words.length < 2) continue;
    const l = MULTI.get(words[0]!);
    if (l) l.push(words);
    else MULTI.set(words[0]!, [words]);
  }
}

/**
 * Closes up the words of a multi-word name or fixed phrase in normalized query tokens («burger king» → «burgerking»,
 * «h m» → «hm», «rema 1000» → «rema1000», «i stand» → «istand»). Returns, per output token, the index of its first input token, so flags per
 * token can follow.
 */
export function joinEmployerNames(tokens: string[]): { tokens: string[]; from: number[] } {
  const out: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const cands = MULTI.get(tokens[i]!);
    const hit = cands?.find((w) => w.every((x, k) => tokens[i + k] === x));
    from.push(i);
    if (hit) {
      out.push(hit.join(''));
      i += hit.length - 1;
    } else out.push(tokens[i]!);
  }
  return { tokens: out, from };
}

/** The object an employer or brand name stands for, or undefined. */
export function employerObject(word: string): string | undefined {
  return EMPLOYERS.get(word);
}

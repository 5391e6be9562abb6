import { describe, expect, it } from 'vitest';
import { has, severity } from './_test-utils.ts';

describe('no-capacity', () => {
  it('notes a description with only limitations', () => {
    expect(has('Klarer ikke å gå i trapper. Klarer ikke å bære handleposer. Varig.', 'no-capacity')).toBe(true);
    expect(severity('Klarer ikke å gå i trapper. Klarer ikke å bære handleposer. Varig.', 'no-capacity', 'l40.5.1')).toBe('info');
  });
  it('accepts a stated or implied capacity', () => {
    expect(has('Klarer ikke å gå i trapper, men kan gå 500 m på flatt. Varig.', 'no-capacity')).toBe(false);
    expect(has('Kan ikke løfte over 5 kg eller stå mer enn 20 min. Varig.', 'no-capacity')).toBe(false);
  });
  it('does not apply to 5.6.1, which asks what the patient cannot do', () => {
    expect(has('Kan ikke løfte pasienter eller utføre forflytninger alene.', 'no-capacity', 'l40.5.6.1')).toBe(false);
  });
  it('is a warning where the field asks what the patient can manage, and wants it measured', () => {
    const t = 'Klarer ikke å stå i kassen. Tåler ikke kulde på fryselageret.';
    expect(severity(t, 'no-capacity', 'l1.u17.2')).toBe('warning');
    expect(severity('Klarer ikke å stå i kassen. Mestrer noe kontorarbeid.', 'no-capacity', 'l1.u17.2')).toBe('warning');
    expect(has('Klarer ikke å stå i kassen mer enn 1 time. Mestrer kontorarbeid 4 timer per dag.', 'no-capacity', 'l1.u17.2')).toBe(false);
  });
  it('takes «ingen arbeidsdeltakelse nå» with a concrete reason as the answer to what the person manages', () => {
    expect(has('Ingen arbeidsdeltaking realistisk no. Innlagd i akuttpsykiatrien sidan 3 veker.', 'no-capacity', 'l1.u39.2')).toBe(false);
    expect(has('Ingen arbeidsdeltakelse nå – innlagt pga psykotisk episode siden 02.05.', 'symptoms-only', 'l1.u39.2')).toBe(false);
    expect(has('Ingen arbeidsdeltakelse realistisk nå. Alvorlig psykisk syk.', 'no-capacity', 'l1.u39.2')).toBe(true);
  });
  it('«full dag» is the whole day, as «hele dagen» is — but not as the yardstick in «ift. full dag»', () => {
    expect(has('Kan ikke kjøre varebil. Mestrer lageroppgaver full dag.', 'no-capacity', 'l1.u17.2')).toBe(false);
    expect(has('Framleis nedsett uthald og konsentrasjon ift. full dag. Mestrar noko arbeid.', 'vague-quantity', 'l1.u17.2')).toBe(true);
  });

  it('set 69: a capacity whose list of tasks runs on to its measure is measured', () => {
    const t = 'Han kan ikke føre båt med passasjerer. Han mestrer derimot vedlikehold av båtene på land, rengjøring og utleie over disk, 5-6 timer per dag.';
    expect(has(t, 'no-capacity', 'l1.u17.2')).toBe(false);
    expect(has('Han kan ikke føre båt med passasjerer. Han mestrer vedlikehold av båtene på land og rengjøring.', 'no-capacity', 'l1.u17.2')).toBe(true);
  });
  it('set 95: «tre hele dager i uken» measures the work done', () => {
    expect(has('Han mestrer plukk og pakking på dagtid, han har jobbet tre hele dager i uken uten problemer.', 'no-capacity', 'l1.u17.2')).toBe(false);
    expect(has('Han mestrer plukk og pakking på dagtid, han har jobbet uten problemer.', 'no-capacity', 'l1.u17.2')).toBe(true);
  });
  it('set 113: hours of work the person manages («dvs 4 t x 5 dager») answer what the sykmelding asks the person can manage', () => {
    const t = 'Realistisk: 50 % i tilrettelagt arbeid';
    expect(has(`${t}, dvs 4 t x 5 dager, uten løft >5 kg.`, 'no-capacity', 'l1.u39.2')).toBe(false);
    expect(has(`${t}, uten løft >5 kg.`, 'no-capacity', 'l1.u39.2')).toBe(true);
  });

  it('set 142: full-time work managed («Fulltid kontor går fint») is a complete answer', () => {
    const t = 'Eneste begrensning: ikke kjøre firmabil (kjøreforbud 3 mnd etter ICD-sjokk).';
    expect(has(`Fulltid kontor går fint. ${t}`, 'no-capacity', 'l1.u39.2')).toBe(false);
    expect(has(`Kontor går fint. ${t}`, 'no-capacity', 'l1.u39.2')).toBe(true);
  });

  it('set 154: full-time work managed («Mestrer kontorarbeid 100 % på dagtid») says what the person can do', () => {
    expect(has('Tåler ikke skiftarbeid. Mestrer kontorarbeid 100 % på dagtid.', 'no-capacity', 'l1.u17.2')).toBe(false);
    expect(has('Tåler ikke skiftarbeid. Klarer ikke kontorarbeid 100 % på dagtid.', 'no-capacity', 'l1.u17.2')).toBe(true);
  });

  it('set 192: «uten» after a capacity verb is the condition it holds under, not a denial', () => {
    const t = 'Kan ikke svare telefon pga hørselstap.';
    expect(has(`${t} Mestrer registrering uten hodetelefoner 5 t/dag på eget kontor.`, 'no-capacity', 'l1.u17.2')).toBe(false);
    expect(has(`${t} Klarer ikke arbeid uten hodetelefoner.`, 'no-capacity', 'l1.u17.2')).toBe(true);
  });

  it('set 202: full work managed («mestrer fullt arbeid», «klarer hele arbeidsdagen») is measured enough', () => {
    expect(has('Kan ikke kjøre truck (epilepsi). Mestrer fullt arbeid på lageret, dagtid.', 'no-capacity', 'l1.u17.2')).toBe(false);
    expect(has('Kan ikke kjøre truck (epilepsi). Mestrer noe arbeid på lageret.', 'no-capacity', 'l1.u17.2')).toBe(true);
  });

  it('set 206: patients abbreviated after a number («8 pas./vakt») are a count that measures what the person manages', () => {
    expect(has('Kan ikke ta nattevakter nå. Mestrer dagvakt på sengepost med 8 pas./vakt.', 'no-capacity', 'l1.u17.2')).toBe(false);
    expect(has('Kan ikke ta nattevakter nå. Mestrer dagvakt på sengepost.', 'no-capacity', 'l1.u17.2')).toBe(true);
  });

  it('set 252: days of hours («4 dager á 3 t») are the working time the person manages', () => {
    const text = 'Realistisk ca 40 % nå: 4 dager á 3 t, lett pakkearbeid med veksling sittende/stående. Begrenses av smerte.';
    expect(has(text, 'no-capacity', 'l1.u39.2')).toBe(false);
    expect(has('Realistisk ca 40 % nå, lett pakkearbeid med veksling sittende/stående. Begrenses av smerte.', 'no-capacity', 'l1.u39.2')).toBe(true);
  });

  it('set 253: all the rest of the work, fully («kan gjøre alt annet snekkerarbeid … fullt»), is what the person manages', () => {
    const text = 'Tåler ikke løsemidler/lakk (astma forverres). Kan gjøre alt annet snekkerarbeid, innendørs og ute, fullt.';
    expect(has(text, 'no-capacity', 'l1.u17.2')).toBe(false);
    expect(has('Tåler ikke løsemidler/lakk (astma forverres). Kan gjøre noe annet snekkerarbeid.', 'no-capacity', 'l1.u17.2')).toBe(true);
  });

  it('set 258: a function or task managed without limit («full funksjon på kontoret», «ingen begrensning på PC-arbeid»)', () => {
    const full = 'AF-anfall ca 1 gang/uke, da må han hjem. Mellom anfall: full funksjon på kontoret.';
    expect(has(full, 'no-capacity', 'l1.u17.2')).toBe(false);
    expect(has('AF-anfall ca 1 gang/uke, da må han hjem. Ingen begrensning på PC-arbeid.', 'no-capacity', 'l1.u17.2')).toBe(false);
    expect(has('AF-anfall ca 1 gang/uke, da må han hjem. Mellom anfall: noe funksjon på kontoret.', 'no-capacity', 'l1.u17.2')).toBe(true);
  });

  it('set 262: full time managed, said after the task and its brackets, answers what the person manages', () => {
    const full = 'Kan ikkje køyre truck. Mestrar lagerarbeid til fots (plukk med skanner) fulltid på dagtid, men ikkje i dårleg lys.';
    expect(has(full, 'no-capacity', 'l1.u39.2')).toBe(false);
    const some = 'Kan ikkje køyre truck. Mestrar lagerarbeid til fots (plukk med skanner) nokre timar, men ikkje i dårleg lys.';
    expect(has(some, 'no-capacity', 'l1.u39.2')).toBe(true);
  });

  it('set 263: «Ingenting nå» with the person in hospital or in bed answers what the person manages', () => {
    const none = 'Ingenting nå. Innlagt palliativ enhet, sengeliggende hele døgnet (metastatisk pankreascancer).';
    expect(has(none, 'no-capacity', 'l1.u39.2') || has(none, 'symptoms-only', 'l1.u39.2')).toBe(false);
    const bare = 'Ingenting nå. Metastatisk pankreascancer med store smerter og mye kvalme.';
    expect(has(bare, 'no-capacity', 'l1.u39.2') || has(bare, 'symptoms-only', 'l1.u39.2')).toBe(true);
  });

  it('set 298: full-time work done now with the tasks managed answers what the person manages; the job held does not', () => {
    const lim = 'Kan ikke bruke vinkelsliper eller slagdrill. ';
    expect(has(`${lim}Mestrer: kontroll av deler, truckkjøring. Jobber 100 % med slike oppgaver nå.`, 'no-capacity', 'l1.u17.2')).toBe(false);
    expect(has(`${lim}Jobber 100 % som platearbeider.`, 'no-capacity', 'l1.u17.2')).toBe(true);
  });

  it('set 306: «kan arbeide fullt» is full time, managed', () => {
    const rest = ' innandørs (kontor/lager), men ikkje utandørs i dagslys mars–oktober pga. kronisk aktinisk dermatitt.';
    expect(has(`Kan arbeide fullt${rest}`, 'no-capacity', 'l1.u39.2')).toBe(false);
    expect(has(`Kan arbeide${rest}`, 'no-capacity', 'l1.u39.2')).toBe(true);
  });

  it('set 313: residents cared for, counted, measure what the person manages', () => {
    const lim = 'Kan ikkje ta forflytningar av bebuarar åleine. ';
    expect(has(`${lim}Mestrar stell av 3–4 bebuarar som hjelper til sjølve.`, 'no-capacity', 'l1.u17.2')).toBe(false);
    expect(has(`${lim}Mestrar stell av bebuarar som hjelper til sjølve.`, 'no-capacity', 'l1.u17.2')).toBe(true);
  });

  it('set 318: a share of the week spread over so many days is the working time managed', () => {
    const lim = 'Under anfall kan ho ikkje arbeide på skjerm eller i sterkt lys. ';
    expect(has(`${lim}Meistrar 50 % som sakshandsamar, fordelt på 5 korte dagar.`, 'no-capacity', 'l1.u17.2')).toBe(false);
    expect(has(`${lim}Meistrar 50 % som sakshandsamar.`, 'no-capacity', 'l1.u17.2')).toBe(true);
  });

  it('set 321: «Ingenting i nåværende stilling», with functions ruled out whole, answers what is managed', () => {
    const none = 'Ingenting i nåværende stilling som båtelektriker. ';
    expect(has(`${none}ALS – kan ikke holde verktøy, kan ikke gå uten rullator.`, 'no-capacity', 'l1.u39.2')).toBe(false);
    expect(has(`${none}ALS med tiltagende svakhet i hendene.`, 'no-capacity', 'l1.u39.2')).toBe(true);
  });

  it('set 332: concrete tasks managed with the other hand, named after a colon, say what the person can', () => {
    const hand = 'Kan ikkje bruke h. hand (seneskade, skinne til 1.9.). ';
    expect(has(`${hand}Mestrar oppgåver med venstre hand: resepsjon på campingen, telefon og booking.`, 'no-capacity', 'l1.u17.2')).toBe(false);
    expect(has(`${hand}Mestrar oppgåver med venstre hand.`, 'no-capacity', 'l1.u17.2')).toBe(true);
  });
});

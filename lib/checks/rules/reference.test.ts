import { describe, expect, it } from 'vitest';
import { has, rules } from './_test-utils.ts';

describe('reference: points elsewhere instead of saying it', () => {
  it.each([
    'Se epikrise.',
    'Som tidligere beskrevet har hun smerter.',
    'Viser til tidligere erklæringer.',
    'Uendret, se forrige legeerklæring.',
    'Sjå vedlagt epikrise.',
    'Se punkt 5.1.',
    'Se pkt. 5.1',
    'Som over.',
    'Som beskrevet under 5.6.1.',
    'Ref. epikrise fra sykehuset.',
    'Det vises til tidligere erklæring.',
    'Funksjonen er beskrevet i vedlagt epikrise.',
    'Henviser til journalnotat.',
    'Vennligst se vedlegg.',
    'Se arbeidsgivers beskrivelse i vedlegg.',
  ])('flags %s', (t) => expect(has(t, 'reference')).toBe(true));

  it.each(['Klarer ikke å se skjermen mer enn 20 min.', 'MR viser prolaps.', 'Han har tidligere jobbet som snekker.'])('accepts %s', (t) =>
    expect(has(t, 'reference')).toBe(false),
  );

  it('accepts a source given in addition to a full description', () => {
    const t = 'Kan løfte inntil 5 kg og gå 500 m. Kan sitte 30 min om gangen (jf. epikrise 12.03).';
    expect(has(t, 'reference')).toBe(false);
    expect(has('Kan ikke løfte tungt (se epikrise).', 'reference')).toBe(true);
  });

  it('applies to other long fields too, and then replaces too-short', () => {
    expect(rules('Se epikrise.', 'l40.2.5')).toEqual(['reference']);
  });

  it('a whole assessment that points to the legeerklæring for function is a reference, however much else it says', () => {
    const t =
      'Bruker er 60 år og har jobbet som assistent i barnehage i 20 år, 100 % stilling. Helse: se legeerklæring datert 10.02. Funksjon som beskrevet i legeerklæringen. Hun har søkt AAP og har hatt dialogmøte med arbeidsgiver. Vi vurderer at arbeidsevnen er varig nedsatt.';
    expect(has(t, 'reference', 'aev.begrunnelse')).toBe(true);
  });
  it('a source cited after what the sentence says, and «som før» about the person, are not references', () => {
    expect(
      has(
        'Kan ikkje bruke venstre hand til grep som krev kraft. Høgre hand har full funksjon. Elles ingen helseplager som påverkar arbeid, jf. legeerklæring 11.09.',
        'reference',
        'aev.helse',
      ),
    ).toBe(false);
    expect(
      has(
        'Bruddet er grodd, og han løfter og bruker verktøy som før. Han har søkt 6 stillinger siste måned og har intervju hos to firma.',
        'reference',
        'aev.innsatsbehov',
      ),
    ).toBe(false);
    expect(has('Som før.', 'reference')).toBe(true);
  });
  it('«utover det som er nevnt over» points back, also with an auxiliary before the participle', () => {
    expect(has('Ingen spesielle hensyn utover det som er nevnt over.', 'reference', 'l40.5.6.2')).toBe(true);
    expect(has('Ingen spesielle omsyn utover det som er nemnt over.', 'reference', 'l40.5.6.2')).toBe(true);
  });
  it('«som er nevnt under pkt. 5.6.1» points elsewhere', () => {
    expect(has('Ingen særskilte hensyn utover det som er nevnt under pkt. 5.6.1.', 'reference', 'l40.5.6.2')).toBe(true);
  });

  it('«jf. over» after a short statement of its own cites a source for it', () => {
    expect(has('Sjøarbeid er uaktuelt, jf. over. Han bør ha arbeid på land med fast dagtid.', 'reference', 'l40.5.6.2')).toBe(false);
    // The pointer alone, or after a word or two, is still a reference.
    expect(has('Jf. over.', 'reference', 'l40.5.6.2')).toBe(true);
    expect(has('Uendret, jf. over.', 'reference', 'l40.5.6.2')).toBe(true);
  });
  it('set 118: «Se ellers …» after a text that measures something is more to read, not instead', () => {
    const t = 'Lagermedarbeider ved Forsvarets logistikkbase. Plukk/pakk, truckkjøring, løft av kasser opptil 25 kg, 2-skift.';
    expect(has(`${t} Se ellers arbeidsgivers stillingsbeskrivelse.`, 'reference', 'l40.5.3')).toBe(false);
    expect(has(`${t} Se arbeidsgivers stillingsbeskrivelse.`, 'reference', 'l40.5.3')).toBe(true);
    expect(has('Han er motivert, men helsa gjør at han ikke klarer full jobb nå. Se også vurdering fra arbeidstreningen.', 'reference', 'aev.vurdering')).toBe(
      true,
    );
  });

  it('set 134: a pointer as the heading of what the text then measures is no reference', () => {
    expect(has('Som tidligere skrevet: ikke løft over 10 kg og ikke kveldsvakter de første 6 ukene.', 'reference', 'l1.u7.3')).toBe(false);
    expect(has('Som tidligere skrevet: nedsatt funksjon.', 'reference', 'l1.u7.3')).toBe(true);
    expect(has('Som tidligere nevnt: ikke tilbake til tidligere yrke.', 'reference', 'aev.yrker')).toBe(true);
  });

  it('set 162: «Jf.» opening the text points elsewhere as «Se» does', () => {
    const t = 'vurdering gjort i forrige AEV (mars 2024). Ingen vesentlige endringer siden sist. Arbeidsevnen er fortsatt nedsatt.';
    expect(has(`Jf. ${t}`, 'reference', 'aev.vurdering')).toBe(true);
    expect(has('Hun løfter maks 5 kg og går 500 m før pause, jf. legeerklæring 11.09.', 'reference', 'aev.vurdering')).toBe(false);
  });

  it('set 179: «vises det til» is the same pointer with its subject after the verb', () => {
    const t = 'Bruker er 51 år og har jobbet som sjåfør. For opplysninger om helse vises det til uttalelse fra fysioterapeut av 02.02.';
    expect(has(`${t} Vurdering: nedsatt arbeidsevne.`, 'reference', 'aev.begrunnelse')).toBe(true);
    expect(has('Det vises til at hun løfter maks 5 kg og går 500 m før pause.', 'reference', 'aev.vurdering')).toBe(false);
  });

  it('set 184: «viser vi til» is the same pointer with the writer as its subject', () => {
    const t = 'Bruker er 55 og har hatt hjerneslag. For helseopplysninger viser vi til epikrise fra slagenheten.';
    expect(has(`${t} Arbeidsevnen er nedsatt med minst halvparten.`, 'reference', 'aev.begrunnelse')).toBe(true);
  });

  it('set 191: «som nevnt ved forrige kontroll», «som skrevet ved uke 12» point at what was written before', () => {
    expect(has('Som nevnt ved forrige kontroll, uendret.', 'reference', 'l1.u39.3')).toBe(true);
    expect(has('Som skrevet ved uke 12. Ingen endring.', 'reference', 'l1.u39.3')).toBe(true);
    expect(has('Ny vurdering ved uke 12.', 'reference', 'l1.u39.3')).toBe(false);
  });

  it('set 211: «Det vises til …» with its subject first points elsewhere; «som følger av diagnosen» names the diagnosis instead', () => {
    expect(has('Det vises til vurderingen i siste arbeidsevnevurdering. Ingen endring.', 'reference', 'aev.vurdering')).toBe(true);
    expect(has('Det viser seg at hun klarer 3 timer.', 'reference', 'aev.vurdering')).toBe(false);
    expect(has('Ingen andre hensyn enn det som følger av sykdommen.', 'reference', 'l40.5.6.2')).toBe(true);
    expect(has('Smertene som følger av skaden hindrer løft over 5 kg.', 'reference', 'l40.5.6.2')).toBe(false);
  });

  it('set 282: «som ved førre AEV» points back as «som i forrige AEV» does', () => {
    expect(has('Same vurdering som ved førre AEV (mars 2024). Ingen vesentleg endring.', 'reference', 'aev.vurdering')).toBe(true);
    expect(has('Same vurdering som ved oppstart: ho klarar 3 timar lagerarbeid.', 'reference', 'aev.vurdering')).toBe(false);
  });

  it('set 313: «det som står over» points at what is written elsewhere', () => {
    expect(has('Ingen spesielle hensyn utover det som står over.', 'reference', 'l40.5.6.2')).toBe(true);
    expect(has('Se det som står i epikrisen fra mai.', 'reference', 'l40.5.6.2')).toBe(true);
    expect(has('Hun står over kassa i 2 timer før hun må sitte.', 'reference', 'l40.5.6.2')).toBe(false);
  });

  it('set 349: «som nevnt i forrige legeerklæring:» reaches the document, so a colon after it heads the content', () => {
    expect(has('Som nevnt i forrige legeerklæring: løfter maks 8 kg og går 1 km.', 'reference', 'aev.vurdering')).toBe(false);
    expect(has('Som nevnt i forrige legeerklæring. Ingen endring siden da.', 'reference', 'aev.vurdering')).toBe(true);
  });

  it('set 349: «som vurdert i forrige AEV» points to the last assessment', () => {
    expect(has('Som vurdert i forrige AEV. Ingen endring siden da.', 'reference', 'aev.vurdering')).toBe(true);
    expect(has('Vurdert av ortoped i mars: løfter maks 8 kg og går 1 km.', 'reference', 'aev.vurdering')).toBe(false);
  });

  it('set 353: the nynorsk passive «Det vert vist til …» points elsewhere as «Det vises til …» does', () => {
    expect(has('Det vert vist til epikrise frå nevrologisk avdeling, der funksjonen er godt skildra.', 'reference', 'l40.5.1')).toBe(true);
    expect(has('Det blir vist til rapporten frå arbeidsutprøvinga.', 'reference', 'aev.vurdering')).toBe(true);
    expect(has('Han har vist til at han ikkje klarar å stå meir enn 10 min.', 'reference', 'l40.5.1')).toBe(false);
  });
});

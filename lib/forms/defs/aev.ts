import type { FormDefInput } from '../schema.ts';

/**
 * Arbeidsevnevurdering (AEV), written by the Nav-veileder (folketrygdloven § 11-5, Nav-loven § 14 a).
 * No public schema exists; the sections follow what Nav Forvaltning, Klageinstans and Trygderetten expect an
 * AEV to cover (seed-notes-002-004 §1a, §7): the person's goals, health and function, life situation,
 * competence and experience, concrete occupations and the labour market, tried tiltak and treatment,
 * the assessment, and the innsatsbehov. Ids are stable English-free slugs.
 */
export const aev: FormDefInput = {
  id: 'aev',
  title: 'Arbeidsevnevurdering',
  formNumbers: [],
  titlePhrases: [
    'arbeidsevnevurdering',
    'vurdering av arbeidsevne',
    'arbeidsevnevurdering § 11-5',
    'behovsvurdering og arbeidsevnevurdering',
    'AEV',
    // The § 14 a decision draft (Nav's tool for veiledere): the whole assessment is its «Begrunnelse».
    'oppfølgingsvedtak',
    'vedtak om arbeidsrettet oppfølging',
    'utkast til § 14 a-vedtak',
    'innsatsgruppe',
  ],
  shortName: 'AEV',
  audience: 'veileder',
  sections: [
    { id: 'bruker', title: 'Brukers situasjon og mål', phrases: ['brukers mål', 'brukerens situasjon'] },
    { id: 'helse', title: 'Helse og funksjon', phrases: ['helse', 'funksjon'] },
    { id: 'ressurser', title: 'Kompetanse og arbeidserfaring', phrases: ['kompetanse', 'arbeidserfaring'] },
    { id: 'arbeid', title: 'Aktuelle yrker og arbeidsmarked', phrases: ['arbeidsmarked', 'yrker'] },
    { id: 'vurdering', title: 'Vurdering og konklusjon', phrases: ['vurdering', 'konklusjon'] },
  ],
  fields: [
    { id: 'mal', section: 'bruker', kind: 'long', freeText: true, label: 'Brukers egne mål og vurdering av egen arbeidsevne', phrases: ['brukers mål', 'brukerens egne mål', 'brukers egen vurdering', 'mål og ønsker', 'brukers vurdering av egen arbeidsevne', 'brukarens mål', 'hva ønsker bruker'], names: ['mal', 'brukersmal', 'egenvurdering', 'onsker'] },
    { id: 'helse', section: 'helse', kind: 'long', freeText: true, label: 'Helse og funksjon', phrases: ['helse og funksjon', 'helseopplysninger', 'helse', 'helsemessige forhold', 'funksjonsevne', 'helse og funksjonsevne', 'helsesituasjon'], names: ['helse', 'helseogfunksjon', 'funksjon'], asks: ['function', 'prognosis'], roles: ['limitations'] },
    { id: 'sosialt', section: 'bruker', kind: 'long', freeText: true, label: 'Livssituasjon og sosiale forhold', phrases: ['sosiale forhold', 'livssituasjon', 'familie og nettverk', 'bosituasjon', 'omgivelser', 'sosiale tilhøve'], names: ['sosialt', 'sosialeforhold', 'livssituasjon'] },
    { id: 'kompetanse', section: 'ressurser', kind: 'long', freeText: true, label: 'Utdanning, kompetanse og arbeidserfaring', phrases: ['utdanning', 'kompetanse', 'arbeidserfaring', 'yrkesbakgrunn', 'utdanning og arbeidserfaring', 'ferdigheter og interesser'], names: ['kompetanse', 'utdanning', 'arbeidserfaring'] },
    { id: 'yrker', section: 'arbeid', kind: 'long', freeText: true, label: 'Aktuelle yrker og arbeidsoppgaver', phrases: ['aktuelle yrker', 'aktuelle arbeidsoppgaver', 'yrker som er vurdert', 'aktuelt arbeid', 'relevante yrker', 'konkrete yrker', 'aktuelle jobbar'], names: ['yrker', 'aktuelleyrker', 'arbeidsoppgaver'], asks: ['function', 'work'], roles: ['yrke-insert'] },
    { id: 'arbeidsmarked', section: 'arbeid', kind: 'long', freeText: true, label: 'Arbeidsmarkedet', phrases: ['arbeidsmarked', 'lokalt arbeidsmarked', 'arbeidsmarkedet', 'muligheter på arbeidsmarkedet', 'arbeidsmarknaden'], names: ['arbeidsmarked'] },
    { id: 'tiltak', section: 'ressurser', kind: 'long', freeText: true, label: 'Tiltak og behandling som er prøvd', phrases: ['tiltak som er prøvd', 'behandling og tiltak', 'gjennomførte tiltak', 'arbeidsutprøving', 'tiltak og behandling', 'tidligere tiltak'], names: ['tiltak', 'gjennomfortetiltak'] },
    { id: 'vurdering', section: 'vurdering', kind: 'long', freeText: true, label: 'Vurdering av arbeidsevnen', phrases: ['vurdering av arbeidsevnen', 'samlet vurdering', 'veileders vurdering', 'nedsatt arbeidsevne', 'muligheter og begrensninger', 'vurdering av arbeidsevna'], names: ['vurdering', 'arbeidsevne', 'samletvurdering'], asks: ['function', 'reasons', 'prognosis'] },
    { id: 'innsatsbehov', section: 'vurdering', kind: 'long', freeText: true, label: 'Behov for bistand (innsatsbehov) og konklusjon', phrases: ['innsatsbehov', 'behov for bistand', 'konklusjon', 'innsatsgruppe', 'bistandsbehov', 'behov for innsats', 'tilpasset innsats'], names: ['innsatsbehov', 'bistandsbehov', 'konklusjon', 'innsatsgruppe'], asks: ['reasons'] },
    { id: 'begrunnelse', section: 'vurdering', kind: 'long', freeText: true, label: 'Begrunnelse (hele arbeidsevnevurderingen i ett felt)', phrases: ['skriv inn din begrunnelse/arbeidsevnevurdering her', 'begrunnelse/arbeidsevnevurdering', 'din begrunnelse', 'begrunnelse'], names: ['begrunnelse'], asks: ['aev', 'function', 'reasons'], roles: ['limitations', 'yrke-insert'] },
  ],
};

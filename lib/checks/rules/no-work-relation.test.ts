import { describe, expect, it } from 'vitest';
import { has } from './_test-utils.ts';

describe('no-work-relation', () => {
  it('notes 5.6.2 text that only describes daily life', () => {
    expect(has('Klarer ikke å gå tur med hunden eller ta bussen alene.', 'no-work-relation', 'l40.5.6.2')).toBe(true);
  });
  it('accepts work tasks and occupations', () => {
    expect(has('Klarer ikke å stå i kassen mer enn 1 time.', 'no-work-relation', 'l40.5.6.1')).toBe(false);
    expect(has('Lagermedarbeider, løfter kasser på 5-20 kg.', 'no-work-relation', 'l40.5.3')).toBe(false);
  });
  it('is not applied to 5.1', () => {
    expect(has('Klarer ikke å gå i butikken alene eller ta buss.', 'no-work-relation', 'l40.5.1')).toBe(false);
  });
  it('set 100: what a job asks («Krever god balanse») ties the text to work, whatever the job is called', () => {
    expect(has('Røkter på matfiskanlegg. Båt ut til merdene i all slags vær. Krever god balanse.', 'no-work-relation', 'l40.5.3')).toBe(false);
    // (Set 198: the keeper on a fish farm is a job named, so the negative case names none.)
    expect(has('Ut til merdene i all slags vær. God balanse.', 'no-work-relation', 'l40.5.3')).toBe(true);
  });

  it('set 147: a job named as a compound («melkebonde», «lausdriftsfjøs») is work', () => {
    expect(has('Melkebonde med 40 kyr i lausdriftsfjøs. Melker morgen og kveld, ca 2 t hver gang.', 'no-work-relation', 'l40.5.3')).toBe(false);
    expect(has('Smerter i korsryggen siden mai, går ca 2 km.', 'no-work-relation', 'l40.5.3')).toBe(true);
  });

  it('set 198: a keeper («røktar») named is a job', () => {
    expect(has('Røktar på matfiskanlegg i Nordfjord. Tunge tak med not og tau, ca 25 kg.', 'no-work-relation', 'l40.5.3')).toBe(false);
    expect(has('Tunge tak med sekker, ca 25 kg.', 'no-work-relation', 'l40.5.3')).toBe(true);
  });

  it('set 223: a job field answered with several things done in the job is about work', () => {
    expect(
      has('Ferjemannskap på Lavik–Oppedal. Fortøyer ferja ved hvert anløp og løfter tau på 15–20 kg. Står ute i all slags vær.', 'no-work-relation', 'l40.5.3'),
    ).toBe(false);
    expect(has('Ferjemannskap på Lavik–Oppedal. Trives godt og har god kontakt med kollegene.', 'no-work-relation', 'l40.5.3')).toBe(true);
    expect(has('Pakkeri, står ved båndet.', 'no-work-relation', 'l40.5.3')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { has, severity, spans } from './_test-utils.ts';

const F = 'l1.u17.3';

describe('no-participation', () => {
  it('warns where the week-17 question about work gets only treatment and a hope', () => {
    const t = 'Oppstart av ny MS-behandling (kladribin) i januar. Håper på bedring.';
    expect(has(t, 'no-participation', F)).toBe(true);
    expect(severity(t, 'no-participation', F)).toBe('warning');
    expect(spans(t, 'no-participation', F)).toEqual(['Håper på bedring.']);
    expect(has('Samtaleterapi DPS 1 g/veke frå 02.02. Sertralin auka til 100 mg. Håpar dette gjev betre funksjon etter kvart.', 'no-participation', F)).toBe(
      true,
    );
  });
  it('accepts any word on work or how much of it: a grade, more hours, a return, an increase', () => {
    const t = 'Oppstart TNF-hemmer neste uke, effekt ventes etter 8–12 uker.';
    expect(has(`${t} Forventer å kunne øke fra 50 til 80 % i løpet av våren.`, 'no-participation', F)).toBe(false);
    expect(has(`${t} Mål å øke fra 2 til 3 t/dag innen 8 uker.`, 'no-participation', F)).toBe(false);
    expect(has(`${t} Forventer ingen økning før etter kontrollen i mars.`, 'no-participation', F)).toBe(false);
    expect(has(`${t} Forventer ikke økt arb.deltakelse før tidligst juni.`, 'no-participation', F)).toBe(false);
    expect(has(`${t} Når effekten er der, kan han tilbake til truckkjøring.`, 'no-participation', F)).toBe(false);
    expect(has(`${t} Opptrapping vurderes ved kontrollen.`, 'no-participation', F)).toBe(false);
  });
  it('does not take a dose raised («økt til 150 mg») for more work', () => {
    expect(has('Samtaleterapi hver 2. uke. Sertralin økt til 150 mg fra 01.09. Vi får se hvordan det går.', 'no-participation', F)).toBe(true);
  });
  it('applies only where the field asks it', () => {
    const t = 'Oppstart av ny MS-behandling (kladribin) i januar. Håper på bedring.';
    expect(has(t, 'no-participation', 'l1.u39.3')).toBe(false);
    expect(has(t, 'no-participation', 'l40.5.1')).toBe(false);
  });

  it('set 146: increasing with nothing after it («kan auka;», «kan øke.») is increasing the work', () => {
    const t = 'Ny biologisk behandling fra november, infusjon hver 8. uke.';
    expect(has(`${t} Forventer ikke at behandlingen alene gjør at hun kan øke; vurderes på kontroll.`, 'no-participation', F)).toBe(false);
    expect(has(`${t} Forventer ikke at behandlingen alene gjør at hun kan øke dosen.`, 'no-participation', F)).toBe(true);
  });

  it('set 198: «pasienten» as the one the text is about says nothing about work', () => {
    const t = 'Pasienten har fullført cellegift i mars og starter nå tamoksifen i 5 år. Kontroll hos onkolog hver 3. måned.';
    expect(has(t, 'no-participation', F)).toBe(true);
    expect(has(`${t} Ventes å kunne øke fra 40 til 60 % innen 8 uker.`, 'no-participation', F)).toBe(false);
  });

  it('set 274: the question said back («vil nok påvirke arbeidsevnen») is no answer about work', () => {
    const t = 'Han skal gjennom 6 nye kurer, hver 14. dag fra neste uke.';
    expect(has(`${t} Behandlngen vil nok påvirke arbeidsevnen.`, 'no-participation', F)).toBe(true);
    expect(has(`${t} Behandlingen vil nok påvirke arbeidsevnen negativt, han kan ikke jobbe under kurene.`, 'no-participation', F)).toBe(false);
  });

  it('set 276: «Effekt på arbeidsevnen er vanskelig å si noe om» is no answer about work either', () => {
    const t = 'Planlagt HRCT og ny lungefunksjon i august. Fortsetter prednisolon 10 mg x1.';
    expect(has(`${t} Effekt på arbeidsevnen er vanskelig å si noe om.`, 'no-participation', F)).toBe(true);
    expect(has(`${t} Effekten på arbeidsevnen er usikker, men vi håper hun kan øke fra 20 til 40 % i september.`, 'no-participation', F)).toBe(false);
  });

  it("set 288: a medicine's strength in per cent is no share of a position", () => {
    expect(has('Har fått lidokainplaster (5 %) på ryggen og skal ha ny vurdering om 2 månader.', 'no-participation', 'l1.u17.3')).toBe(true);
    expect(has('Jobber 50 % og skal ha ny vurdering om 2 månader.', 'no-participation', 'l1.u17.3')).toBe(false);
  });

  it('set 367: «vil påvirke arbeidsevna noko framover» still says neither which way, how much nor when', () => {
    const t = 'Cellegift kvar 3. veke ut året.';
    expect(has(`${t} Dette vil truleg påverke arbeidsevna noko framover.`, 'no-participation', 'l1.u17.3')).toBe(true);
    expect(has(`${t} Ho ventast å kunne auke frå 20 til 50 % etter siste kur i desember.`, 'no-participation', 'l1.u17.3')).toBe(false);
  });
});

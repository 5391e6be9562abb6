/**
 * no-reasons: a conclusion (nedsatt arbeidsevne, innsatsbehov, vilkår oppfylt) without the reasons behind it,
 * where the field asks for them (the AEV's assessment and conclusion). The reasons are the chain from health
 * to function to work: at least one statement about what the person can or cannot do.
 */
import { APPEND, appendFix, wholeText } from './fixes.ts';
import { defineRule } from './types.ts';
import { hasConclusion, hasFunctionStatement, hasReasons } from '../predicates.ts';

export const noReasons = defineRule(
  {
    id: 'no-reasons',
    severity: 'warning',
    scope: 'text',
    message: 'Konklusjon uten begrunnelse: hvorfor – fra helse via funksjon til arbeid?',
    why:
      'En arbeidsevnevurdering må vise hvordan helsen gir konkrete begrensninger og hva det betyr for arbeid. ' +
      'Rene konklusjoner og standardtekster («nedsatt med minst 50 %», «vilkårene er oppfylt») uten individuell ' +
      'begrunnelse er en hovedgrunn til at saker sendes tilbake og omgjøres.',
    source: 'Kilde: SINTEF (seed 004, linje 5223–5229 og 5056–5062); Nicolaisen (seed 003, linje 387–407)',
    appliesTo: ['reasons'],
    fixes: ['Legg til begrunnelse'],
  },
  (ctx) => {
    const { an, text, lang } = ctx;
    if (hasReasons(an)) return;
    // No conclusion at all: fine when it describes function (the reasons are there, the verdict is elsewhere), but not
    // when all it holds is diagnoses and findings, or only wishes and surroundings («ønsker å komme i jobb, er motivert
    // og har god støtte»): nothing from health via function to work.
    if (!hasConclusion(an) && an.words >= 6 && hasFunctionStatement(an)) return;
    if (ctx.found.some((d) => d.rule === 'reference')) return;
    const whole = wholeText(an);
    if (!whole) return;
    ctx.report({
      ...whole,
      ...(hasConclusion(an) ? {} : { message: 'Bare diagnose og funn: hva betyr det for funksjon og arbeid – og hva er vurderingen?' }),
      fixes: [appendFix(text, noReasons.def.fixes[0]!, APPEND['no-reasons']![lang])],
    });
  },
);

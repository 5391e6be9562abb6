// A legeerklæring page whose 5.1 holds a long functional description with many vague phrases (every sentence
// has one or two), in paragraphs, the way a long copy-pasted description looks. Deterministic.
const SENTENCES = [
  'Pasienten kan ikke løfte tungt og kan ikke stå lenge.',
  'Hun blir fort sliten og har vondt i ryggen etter kort tid.',
  'Kan gå litt, men må hvile ofte.',
  'Klarer ikke å sitte lenge foran skjerm på grunn av hodepine.',
  'Har redusert utholdenhet og tåler dårlig stress.',
  'Han kan bære lette ting over korte avstander.',
  'Konsentrasjonen er dårlig og hun glemmer mye.',
  'Kan ikke arbeide med armene over hodet over tid.',
];

export function longText(chars: number): string {
  let s = '';
  for (let i = 0; s.length < chars; i++) s += SENTENCES[i % SENTENCES.length] + (i % 5 === 4 ? '\n\n' : ' ');
  return s.slice(0, chars);
}

export function typingPage(): string {
  return `<!doctype html><html lang="no"><head><meta charset="utf-8"><title>Legeerklæring ved arbeidsuførhet – Journalia</title>
<style>body{font:15px/1.45 Arial,sans-serif;margin:0;padding:20px}label{display:block;font-weight:600;margin-top:12px}
textarea{width:720px;font:inherit;padding:6px;border:1px solid #888}#f51{height:420px}</style></head><body>
<h1>Legeerklæring ved arbeidsuførhet</h1><form onsubmit="return false">
<label for="f25">2.5 Sykehistorie med symptomer og behandling</label><textarea id="f25"></textarea>
<label for="f51">5.1 Beskriv hvordan funksjonsevnen generelt er nedsatt på grunn av sykdom</label><textarea id="f51"></textarea>
<label for="f53">5.3 Beskriv kort type arbeid og hvilke krav som stilles</label><textarea id="f53"></textarea>
<label for="f561">5.6.1 Hva kan pasienten ikke gjøre i det nåværende arbeid?</label><textarea id="f561"></textarea>
</form></body></html>`;
}

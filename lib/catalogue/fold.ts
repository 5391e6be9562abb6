/**
 * Text folding for Norwegian occupation search. NFD stripping alone leaves æ and ø intact, so they are
 * mapped explicitly first. Both the haystack and the query go through the same functions.
 */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Loosens spelling differences that are not typos but variants people write: nynorsk agent nouns (-ar for
 * -er: lærar, sjukepleiar, arbeidar), "sjuk-" for "syk-", æ typed as e, and gendered/neutral compound heads
 * (-kvinne/-person/-dame vs -mann). Applied to both sides, so it only ever merges variants.
 */
export function loosen(folded: string): string {
  return folded
    .split(' ')
    .map((w) => {
      // "ae" almost only comes from æ, which people often type as plain e (lerer, sekreter).
      let t = w.replace(/sjuk/g, 'syk').replace(/ae/g, 'e');
      // Nynorsk stems common in job titles: leiar (leder), heim (hjem), skule (skole), kyrkje (kirke),
      // dagleg (daglig), høgskule (høyskole), veg (vei).
      t = t.replace(/(?<!p)leiar/g, 'leder').replace(/heim/g, 'hjem').replace(/skule/g, 'skole').replace(/kyrkje/g, 'kirke')
        .replace(/^dagleg$/, 'daglig').replace(/hogskole/g, 'hoyskole').replace(/^veg(?!g)/, 'vei');
      if (t.length >= 6) t = t.replace(/(\w{3})(kvinne|person|dame)$/, '$1mann');
      if (t.length >= 5) t = t.replace(/arar$/, 'erer').replace(/ar$/, 'er');
      return t;
    })
    .join(' ');
}

export const normalize = (s: string): string => loosen(fold(s));

// Generated pages for the content-script benchmark. Each imitates a kind of page the extension meets every day
// and that holds no supported form, plus one large form. Deterministic (no randomness), built the way such
// sites mark up their pages, not shaped to suit the recogniser.
import { FORMS } from '../../lib/forms/defs/index.ts';

const head = (title: string, css = '') =>
  `<!doctype html><html lang="no"><head><meta charset="utf-8"><title>${title}</title><style>body{font-family:Arial,sans-serif;margin:0}${css}</style></head><body>`;

/**
 * A large news front page: masthead with a search box and a log-in form (a plain text user-name field, not
 * named «username»), a newsletter sign-up, 400 teasers, an article with 3,000 paragraphs that mention
 * sykmelding and legeerklæring, a comment box, a ticker that updates every 200 ms and teasers appended while
 * the reader scrolls (every 500 ms).
 */
export function newsPage(): string {
  const p = [head('Nyheter – Dagsavisa', '.teaser{display:inline-block;width:280px;margin:6px;vertical-align:top}')];
  p.push('<header><a href="/">Dagsavisa</a><nav>');
  for (let i = 0; i < 120; i++) p.push(`<a href="/seksjon/${i}">Seksjon ${i}</a>`);
  p.push('</nav><form role="search" action="/sok"><input type="search" name="q" placeholder="Søk i Dagsavisa"><button>Søk</button></form>');
  p.push(
    '<form class="login" action="/logginn"><label for="bruker">Bruker</label><input type="text" id="bruker" name="bruker"><label for="pw">Passord</label><input type="password" id="pw"><button>Logg inn</button></form>',
  );
  p.push('<div id="ticker" aria-live="polite">Siste: </div></header><main>');
  p.push('<section class="front">');
  for (let i = 0; i < 400; i++)
    p.push(
      `<article class="teaser"><a href="/sak/${i}"><img alt="" width="280" height="160" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><h3>Sak ${i}: Nav endrer rutiner for sykmelding</h3><p>Ingress ${i} om helse, arbeid og trygd.</p></a><span class="meta">${i % 24}:00</span></article>`,
    );
  p.push('</section><article class="main"><h1>Slik blir den nye legeerklæringen</h1>');
  for (let i = 0; i < 3000; i++)
    p.push(
      `<p>Avsnitt ${i}: Fastlegene skriver legeerklæringer og sykmeldinger, og Nav ber om konkrete beskrivelser av funksjonsevne. <a href="#n${i % 500}">Les mer</a></p>`,
    );
  p.push(
    '<section class="comments"><h2>Kommentarer</h2><form><label for="c">Skriv en kommentar</label><textarea id="c" name="comment"></textarea><button>Publiser</button></form>',
  );
  for (let i = 0; i < 200; i++) p.push(`<div class="comment"><b>Leser ${i}</b><p>Enig i dette, ${i}.</p></div>`);
  p.push('</section></article></main>');
  p.push(
    '<footer><form class="newsletter"><label>Nyhetsbrev <input type="email" name="epost" placeholder="Din e-post"></label><button>Meld på</button></form></footer>',
  );
  p.push(`<script>
    let n = 0;
    setInterval(() => { document.getElementById('ticker').textContent = 'Siste: melding ' + (++n); }, 200);
    setInterval(() => { const a = document.createElement('article'); a.className = 'teaser'; a.innerHTML = '<a href="#"><h3>Ny sak ' + n + '</h3><p>Mer om helse og arbeid.</p></a>'; document.querySelector('.front').append(a); }, 500);
  </script></body></html>`);
  return p.join('\n');
}

/**
 * A web mail: folder list, a search box, an inbox of 600 rows (grid roles), an open message and the compose
 * pane (To/Cc as plain text inputs, Subject, a contenteditable body named «Meldingstekst»). New mail arrives
 * every second and the unread counter changes.
 */
export function webmailPage(): string {
  const p = [
    head(
      'Innboks (12) – Postkassa',
      '.row{display:flex;gap:8px;border-bottom:1px solid #eee}.compose{position:fixed;right:0;bottom:0;width:520px;background:#fff;border:1px solid #ccc}',
    ),
  ];
  p.push('<div class="app"><aside><button>Ny e-post</button><ul>');
  for (const f of ['Innboks', 'Stjernemerket', 'Sendt', 'Utkast', 'Søppelpost', 'Papirkurv', 'Nav', 'Pasienter', 'Kollegaer'])
    p.push(`<li><a href="#${f}">${f}</a> <span class="count">${f.length}</span></li>`);
  p.push('</ul></aside><main><div class="toolbar"><input type="text" name="search" placeholder="Søk i e-post" aria-label="Søk i e-post"></div>');
  p.push('<div role="grid" aria-label="Meldinger" id="inbox">');
  for (let i = 0; i < 600; i++)
    p.push(
      `<div role="row" class="row"><span role="gridcell"><input type="checkbox" aria-label="Velg"></span><span role="gridcell" class="from">Avsender ${i}</span><span role="gridcell" class="subj">Emne ${i}: møte om sykmelding og oppfølging</span><span role="gridcell" class="snip">Hei, her er referatet fra møtet ${i} …</span><span role="gridcell">${(i % 28) + 1}. nov.</span></div>`,
    );
  p.push('</div><article class="reading"><h2>Re: Legeerklæring for pasient</h2>');
  for (let i = 0; i < 40; i++) p.push(`<p>Linje ${i} i en lang e-post om legeerklæring, sykmelding og arbeidsevne.</p>`);
  p.push('</article></main>');
  p.push(
    '<section class="compose" aria-label="Ny melding"><div><input type="text" aria-label="Til" name="to"></div><div><input type="text" aria-label="Kopi" name="cc"></div><div><input type="text" name="subjectbox" placeholder="Emne" aria-label="Emne"></div><div contenteditable="true" role="textbox" aria-multiline="true" aria-label="Meldingstekst" style="min-height:200px"><div><br></div></div><div class="actions"><button>Send</button></div></section></div>',
  );
  p.push(`<script>
    let n = 0;
    setInterval(() => {
      n++;
      const row = document.createElement('div'); row.setAttribute('role', 'row'); row.className = 'row';
      row.innerHTML = '<span role="gridcell" class="from">Ny avsender ' + n + '</span><span role="gridcell" class="subj">Ny melding ' + n + '</span>';
      document.getElementById('inbox').prepend(row);
      document.title = 'Innboks (' + (12 + n) + ') – Postkassa';
    }, 1000);
  </script></body></html>`);
  return p.join('\n');
}

/** A large data table (a report): 4,000 rows × 9 columns, a filter box per column, sortable headers. */
export function tablePage(): string {
  const p = [head('Rapport: ventetider per behandlingssted', 'td,th{border:1px solid #ddd;padding:2px 4px}')];
  p.push('<h1>Ventetider per behandlingssted</h1><p>Tall fra 2025. Filtrer i kolonnene.</p><table><thead><tr>');
  const cols = ['Sted', 'Fagområde', 'Kommune', 'Fylke', 'Ventetid (dager)', 'Endring', 'Pasienter', 'Frist', 'Oppdatert'];
  for (const c of cols) p.push(`<th scope="col"><button>${c}</button></th>`);
  p.push('</tr><tr>');
  for (const c of cols) p.push(`<th><input type="text" aria-label="Filtrer ${c}" placeholder="Filtrer"></th>`);
  p.push('</tr></thead><tbody>');
  for (let i = 0; i < 4000; i++)
    p.push(
      `<tr><td>Sted ${i}</td><td>Fag ${i % 40}</td><td>Kommune ${i % 356}</td><td>Fylke ${i % 11}</td><td>${(i * 7) % 180}</td><td>${(i % 9) - 4}</td><td>${(i * 13) % 900}</td><td>${(i % 12) + 1}. mnd</td><td>2025-${String((i % 12) + 1).padStart(2, '0')}-01</td></tr>`,
    );
  p.push('</tbody></table></body></html>');
  return p.join('\n');
}

/** A 200-field L40 (labels from the definitions, repeated sections), as a large EPJ form renders it. */
export function form200Page(): string {
  const l40 = FORMS.find((f) => f.id === 'l40')!;
  const p = [head('Legeerklæring ved arbeidsuførhet (NAV 08-07.08)')];
  p.push('<h1>Legeerklæring ved arbeidsuførhet</h1><form>');
  for (let i = 0; i < 200; i++) {
    const f = l40.fields[i % l40.fields.length]!;
    const id = `f${i}`;
    const label = i < l40.fields.length ? `${f.number ?? ''} ${f.label}` : `Tilleggsopplysning ${i}`;
    p.push(
      `<div class="row"><label for="${id}">${label}</label>${f.kind === 'long' ? `<textarea id="${id}"></textarea>` : `<input type="text" id="${id}">`}</div>`,
    );
  }
  p.push('</form></body></html>');
  return p.join('\n');
}

export const NO_FORM_PAGES = [
  { name: 'news page with a log-in form', path: '/news.html', html: newsPage },
  { name: 'web mail (compose open)', path: '/webmail.html', html: webmailPage },
  { name: 'large table with filters', path: '/table.html', html: tablePage },
] as const;

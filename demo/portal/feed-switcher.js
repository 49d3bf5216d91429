// The demo's feed switcher: links between the made-up Quintana Roo sample and the real feeds under
// /data/, and a line that says whose data is on screen (publisher and period, read from the loaded
// feed through <tp-feed>'s `loaded` property: no second request). DOM APIs only, no innerHTML.
import { SAMPLE_FEED } from './feed-param.js';

export const FEEDS = [
  { path: SAMPLE_FEED, label: 'Quintana Roo (ejemplo ficticio)' },
  { path: '/data/real-federal-2023.json', label: 'Federación 2023 (real)', program: '01-K025' },
  { path: '/data/real-inaeba-gto-2022q4.json', label: 'INAEBA, Guanajuato, 2022 (real)', program: 'G1025' },
  { path: '/data/real-tanhuato-mich-2019q1.json', label: 'Tanhuato, Michoacán, 2019 (real)' },
];

/** Fills `nav` with one link per feed; `hrefFor(path)` builds each link; the current one is marked. */
export function renderSwitcher(nav, current, hrefFor) {
  const label = document.createElement('span');
  label.className = 'feed-switcher-label';
  label.textContent = 'Datos: ';
  const list = document.createElement('ul');
  for (const f of FEEDS) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = hrefFor(f.path);
    a.textContent = f.label;
    a.dataset.feed = f.path;
    if (f.path === current) a.setAttribute('aria-current', 'true');
    li.append(a);
    list.append(li);
  }
  nav.replaceChildren(label, list);
}

/** "Datos reales de X, ejercicio 2022, con corte al 31/12/2022." / "Datos de ejemplo, ficticios…" */
export function describeFeed(feed, path) {
  if (path === SAMPLE_FEED) return 'Datos de ejemplo, ficticios, con forma de presupuesto estatal de Quintana Roo. No son cifras reales.';
  const who = feed?.publisher?.name ?? 'un publicador sin nombre';
  const cycle = feed?.cycle ? `, ejercicio ${feed.cycle}` : '';
  const cut = feed?.asOf ? `, con corte al ${feed.asOf.split('-').reverse().join('/')}` : '';
  const source = feed?.sources?.[0]?.title ? ` Fuente: ${feed.sources[0].title}.` : '';
  return `Datos reales, tal como los publica ${who}${cycle}${cut}.${source}`;
}

/** Writes the description into `note` once `feedEl` (a <tp-feed>) has loaded. */
export function noteWhenLoaded(note, feedEl, path) {
  const write = () => {
    const feed = feedEl.loaded?.feed;
    if (feed) note.textContent = describeFeed(feed, path);
  };
  feedEl.addEventListener('tp-load', write);
  write();
}

// Portal page "Puntos a revisar": <tp-signals> over a whole feed, each program linked to its portal page.
// Unlike the other portal pages, this one defaults to the real federal feed (the signals are questions
// about real data); `?feed=…` chooses another, and when the real feed cannot be loaded the page falls
// back to the sample feed and says so. With `?program=KEY` it lists that program's points only (the
// card's `signals-href` links here). Loaded BEFORE the widget bundle. DOM APIs only, no innerHTML.
import { SAMPLE_FEED, feedFromQuery, feedSuffix } from './feed-param.js';
import { describeFeed, renderSwitcher } from './feed-switcher.js';
import { collectFeedback } from './feedback-log.js';

export const REAL_FEDERAL = '/data/real-federal-2023.json';

const params = new URLSearchParams(location.search);
const chosen = params.has('feed');
const key = (params.get('program') ?? '').trim().slice(0, 80);
const provider = document.querySelector('tp-feed');
const list = document.querySelector('tp-signals');
const nav = document.querySelector('[data-feed-switcher]');
const note = document.querySelector('[data-feed-note]');
let current = chosen ? feedFromQuery() : REAL_FEDERAL;
collectFeedback();

/** This page with the feed (always explicit, since the default is not the portal's) and the program. */
const pageFor = (path, program = key) =>
  `puntos.html?feed=${encodeURIComponent(path)}${program ? `&program=${encodeURIComponent(program)}` : ''}`;

function use(feed) {
  current = feed;
  note.textContent = '';
  provider.setAttribute('src', feed);
  list.setAttribute('href-template', `programa.html?program={key}${feedSuffix(feed)}`);
  renderSwitcher(nav, feed, (path) => pageFor(path));
  for (const a of document.querySelectorAll('a[data-all]')) a.setAttribute('href', pageFor(feed, ''));
}

if (key) {
  list.setAttribute('program', key);
  document.getElementById('migas').hidden = false;
}
use(current);

provider.addEventListener('tp-load', () => {
  const feed = provider.loaded?.feed;
  if (feed) note.textContent = describeFeed(feed, current);
});
provider.addEventListener('tp-error', () => {
  if (chosen || current !== REAL_FEDERAL) return;
  document.getElementById('respaldo').textContent =
    'No se pudo cargar el archivo de datos reales; se muestran los datos de ejemplo, ficticios.';
  use(SAMPLE_FEED);
});

// Portal program page: the program key comes from `?program=KEY`; the title and the meta description
// come from the data once the card has loaded (tp-load). Loaded BEFORE the widget bundle, so every
// widget starts with its program and feed.
import { feedFromQuery, feedSuffix } from './feed-param.js';
import { noteWhenLoaded } from './feed-switcher.js';
import { collectFeedback } from './feedback-log.js';

const params = new URLSearchParams(location.search);
const key = (params.get('program') ?? '').trim().slice(0, 80);
const feed = feedFromQuery();
const site = 'Portal de Transparencia Presupuestaria';

document.querySelector('tp-feed').setAttribute('src', feed);
noteWhenLoaded(document.querySelector('[data-feed-note]'), document.querySelector('tp-feed'), feed);
for (const a of document.querySelectorAll('a[data-back]')) a.setAttribute('href', `./${feedSuffix(feed).replace('&', '?')}`);

const widgets = document.querySelectorAll('tp-budget-cycle, tp-program-card, tp-spending-flow, tp-indicator-gauge, tp-gender-breakdown');
if (key) {
  for (const w of widgets) w.setAttribute('program', key);
} else {
  document.getElementById('programa').hidden = true;
  document.getElementById('sin-programa').hidden = false;
}

const card = document.querySelector('tp-program-card');
// The card's count of points to review links to this program on the "Puntos a revisar" page, same feed.
card.setAttribute('signals-href', `puntos.html?program={key}&feed=${encodeURIComponent(feed)}`);
const heading = document.getElementById('titulo');
card.addEventListener('tp-load', async () => {
  await card.updateComplete; // tp-load fires while the card's task is completing; its view is readable after
  const v = card.view;
  if (!v) return;
  document.title = `${v.name} (${v.key}) · ${site}`;
  heading.textContent = v.name;
  const about = v.objective ? ` ${v.objective}` : '';
  const text = `${v.name} (${v.key}), ejercicio ${v.cycle}: presupuesto aprobado y modificado, avance del gasto, indicadores y perspectiva de género.${about}`;
  document.querySelector('meta[name="description"]').setAttribute('content', text.length > 300 ? `${text.slice(0, 297)}…` : text);
});
card.addEventListener('tp-error', (e) => {
  document.title = `Programa no encontrado · ${site}`;
  heading.textContent = 'Programa no encontrado';
  document.getElementById('error').textContent = e.detail.message;
});

// Readers' answers to "¿Te sirvió esta información?" (every widget: <tp-feed feedback>), kept for evaluacion.html.
collectFeedback();

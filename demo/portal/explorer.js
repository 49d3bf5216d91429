// Portal index page: points <tp-feed> at the chosen feed and the explorer's links at the program page.
// Loaded BEFORE the widget bundle, so the elements start with their final attributes.
import { feedFromQuery, feedSuffix } from './feed-param.js';
import { noteWhenLoaded, renderSwitcher } from './feed-switcher.js';
import { collectFeedback } from './feedback-log.js';

const feed = feedFromQuery();
document.querySelector('tp-feed').setAttribute('src', feed);
document.querySelector('tp-program-explorer').setAttribute('href-template', `programa.html?program={key}${feedSuffix(feed)}`);

renderSwitcher(document.querySelector('[data-feed-switcher]'), feed, (path) => `./${feedSuffix(path).replace('&', '?')}`);
noteWhenLoaded(document.querySelector('[data-feed-note]'), document.querySelector('tp-feed'), feed);

// Readers' answers to "¿Te sirvió esta información?" (every widget: <tp-feed feedback>), kept for evaluacion.html.
collectFeedback();

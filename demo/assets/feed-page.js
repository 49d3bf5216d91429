// Gallery and municipal site: the feed switcher. With `?feed=/data/real-….json`, every widget that reads
// the sample feed reads the chosen feed instead, and widgets that show one program show that feed's
// example program (a feed without programs makes them say so). The line under the switcher says whose
// data is on screen, read from the feed itself.
import { SAMPLE_FEED, feedFromQuery } from '/portal/feed-param.js';
import { FEEDS, describeFeed, noteWhenLoaded, renderSwitcher } from '/portal/feed-switcher.js';

const feed = feedFromQuery();
const nav = document.querySelector('[data-feed-switcher]');
const note = document.querySelector('[data-feed-note]');
if (nav)
  renderSwitcher(nav, feed, (path) => (path === SAMPLE_FEED ? location.pathname : `${location.pathname}?feed=${encodeURIComponent(path)}`));

if (feed !== SAMPLE_FEED) {
  const example = FEEDS.find((f) => f.path === feed)?.program ?? '';
  for (const el of document.querySelectorAll(`[src="${SAMPLE_FEED}"]`)) el.setAttribute('src', feed);
  for (const el of document.querySelectorAll('[program]')) el.setAttribute('program', example || '-');
}

const provider = document.querySelector('tp-feed');
if (note && provider) noteWhenLoaded(note, provider, feed);
else if (note) {
  if (feed === SAMPLE_FEED) note.textContent = describeFeed(undefined, feed);
  else
    fetch(feed)
      .then((r) => (r.ok ? r.json() : undefined))
      .then((data) => {
        if (data) note.textContent = describeFeed(data, feed);
      })
      .catch(() => {});
}

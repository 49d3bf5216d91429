// Which feed the portal reads: the sample feed, or `?feed=/path/index.json` (e.g. a sharded feed made
// with `tp-feed shard`). Only same-site absolute paths are accepted: a link cannot point the portal at
// another site's data.
export const SAMPLE_FEED = '/data/sample-feed.json';

export function feedFromQuery(search = location.search) {
  const value = new URLSearchParams(search).get('feed');
  return value && /^\/(?!\/)[\w./-]+\.json$/.test(value) && !value.includes('..') ? value : SAMPLE_FEED;
}

/** `&feed=…` to carry a non-default feed along in the portal's links. */
export function feedSuffix(feed) {
  return feed === SAMPLE_FEED ? '' : `&feed=${encodeURIComponent(feed)}`;
}

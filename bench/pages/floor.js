// The floor of the first-visit bench: the least any page can do with this data. It fetches and
// parses the same feed as many.html and writes one line into each of the 20 places. Nothing
// written for the library can beat it (no validation, no formatting, no accessibility).
const feed = await (await fetch('/demo/data/sample-feed.json')).json();
const find = (k) => feed.programs.find((p) => p.key === k || p.key.endsWith(`-${k}`));
for (const el of document.querySelectorAll('[data-bench]')) {
  const k = el.getAttribute('program');
  const p = k ? find(k) : undefined;
  el.textContent = p ? `${p.key} ${p.name}: ${p.amounts?.approved ?? ''}` : `${feed.programs.length} programas`;
  el.setAttribute('state', 'ready');
}

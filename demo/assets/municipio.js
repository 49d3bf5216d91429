// The municipal site's own scripts (not part of the library): accessible tabs and a dark-mode toggle
// that sets `theme` on every widget. Runs as a module, after the page is parsed.
const widgets = () =>
  document.querySelectorAll('tp-program-card, tp-spending-flow, tp-indicator-gauge, tp-gender-breakdown, tp-budget-cycle');

const toggle = document.getElementById('modo-oscuro');
function setDark(on) {
  document.body.classList.toggle('dark', on);
  toggle.setAttribute('aria-pressed', String(on));
  for (const w of widgets()) w.setAttribute('theme', on ? 'dark' : 'light');
}
toggle.addEventListener('click', () => setDark(toggle.getAttribute('aria-pressed') !== 'true'));
setDark(false);

const tabs = [...document.querySelectorAll('[role="tab"]')];
function select(tab, focus) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    document.getElementById(t.getAttribute('aria-controls')).hidden = !on;
  }
  if (focus) tab.focus();
}
for (const [i, tab] of tabs.entries()) {
  tab.addEventListener('click', () => select(tab, false));
  tab.addEventListener('keydown', (e) => {
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    select(tabs[(next + tabs.length) % tabs.length], true);
  });
}

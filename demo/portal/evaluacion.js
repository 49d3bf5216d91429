// "Evaluación ciudadana": summarises the `tp-feedback` answers the portal pages kept in localStorage
// (feedback-log.js). An answer is the event fired on Sí / No (text ''); a comment is the second event,
// fired when the reader sends a text. Everything is written with textContent: a comment is text, never markup.
import { FEEDBACK_KEY, clearFeedback, readFeedback } from './feedback-log.js';

const WIDGETS = {
  'tp-program-card': 'Ficha del programa',
  'tp-budget-cycle': 'Ciclo presupuestario',
  'tp-spending-flow': 'Avance del gasto',
  'tp-indicator-gauge': 'Indicadores',
  'tp-gender-breakdown': 'Perspectiva de género',
  'tp-sdg-alignment': 'Objetivos de Desarrollo Sostenible',
  'tp-program-explorer': 'Buscador de programas',
  'tp-signals': 'Puntos a revisar',
};
const str = (v) => (typeof v === 'string' ? v : '');
const widgetName = (tag) => (WIDGETS[tag] ? `${WIDGETS[tag]} (${tag})` : str(tag) || 'Sin dato');
const percent = new Intl.NumberFormat('es-MX', { style: 'percent', maximumFractionDigits: 0 });
const when = new Intl.DateTimeFormat('es-MX', { dateStyle: 'medium', timeStyle: 'short' });

function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/** { key → { yes, no } } over the answers (events without text). */
function tally(answers, keyOf) {
  const out = new Map();
  for (const a of answers) {
    const k = keyOf(a);
    const t = out.get(k) ?? { yes: 0, no: 0 };
    if (a.answer === 'yes') t.yes++;
    else if (a.answer === 'no') t.no++;
    out.set(k, t);
  }
  return [...out].sort((x, y) => y[1].yes + y[1].no - (x[1].yes + x[1].no) || String(x[0]).localeCompare(String(y[0])));
}

function fillTable(table, rows) {
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const [name, t] of rows) {
    const tr = document.createElement('tr');
    tr.append(el('th', name));
    tr.firstChild.scope = 'row';
    const total = t.yes + t.no;
    tr.append(el('td', String(t.yes), 'num'), el('td', String(t.no), 'num'), el('td', total ? percent.format(t.yes / total) : '—', 'num'));
    body.append(tr);
  }
}

function render() {
  const all = readFeedback();
  const answers = all.filter((d) => str(d.text) === '' && (d.answer === 'yes' || d.answer === 'no'));
  const texts = all.filter((d) => str(d.text) !== '');
  document.getElementById('vacio').hidden = all.length > 0;
  document.getElementById('resumen').hidden = all.length === 0;
  const yes = answers.filter((a) => a.answer === 'yes').length;
  document.getElementById('total').textContent =
    `${answers.length} ${answers.length === 1 ? 'respuesta' : 'respuestas'}: ${yes} «Sí» y ${answers.length - yes} «No». ` +
    `${texts.length} ${texts.length === 1 ? 'comentario' : 'comentarios'}.`;
  fillTable(
    document.getElementById('por-widget'),
    tally(answers, (a) => widgetName(a.widget)),
  );
  fillTable(
    document.getElementById('por-programa'),
    tally(answers, (a) => str(a.program) || 'Todos los programas (buscador)'),
  );
  const list = document.getElementById('textos');
  list.replaceChildren();
  for (const d of texts.slice().reverse()) {
    const li = el('li');
    const at = new Date(d.at);
    const meta = [
      Number.isNaN(at.getTime()) ? '' : when.format(at),
      widgetName(d.widget),
      str(d.program) ? `programa ${d.program}` : '',
      d.answer === 'yes' ? 'respondió «Sí»' : 'respondió «No»',
    ].filter(Boolean);
    li.append(el('p', meta.join(' · '), 'feedback-meta'), el('blockquote', str(d.text)));
    list.append(li);
  }
  document.getElementById('sin-textos').hidden = texts.length > 0;
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const csvCell = (v) => {
  const s = String(v ?? '');
  // A leading =, +, - or @ would be read as a formula by spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

document.getElementById('json').addEventListener('click', () => {
  download('evaluacion-ciudadana.json', 'application/json', JSON.stringify(readFeedback(), null, 2));
  document.getElementById('aviso').textContent = 'Se descargó el archivo JSON.';
});
document.getElementById('csv').addEventListener('click', () => {
  const cols = ['at', 'widget', 'program', 'answer', 'text', 'lang', 'asOf'];
  const lines = [cols.join(','), ...readFeedback().map((d) => cols.map((c) => csvCell(d[c])).join(','))];
  download('evaluacion-ciudadana.csv', 'text/csv;charset=utf-8', `\uFEFF${lines.join('\r\n')}`);
  document.getElementById('aviso').textContent = 'Se descargó el archivo CSV.';
});
document.getElementById('borrar').addEventListener('click', () => {
  clearFeedback();
  render();
  document.getElementById('aviso').textContent = 'Se borraron las respuestas guardadas en este navegador.';
  document.querySelector('h1').tabIndex = -1;
  document.querySelector('h1').focus();
});
// Answers given in another tab of the portal appear here too.
window.addEventListener('storage', (e) => {
  if (e.key === FEEDBACK_KEY || e.key === null) render();
});

render();

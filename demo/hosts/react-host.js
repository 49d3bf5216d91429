// React 19 host: passes properties and attributes to the widgets, listens to tp-select, and
// re-renders the widgets with another program. Bundled by scripts/build-demo.mjs into demo/build/.
// The widgets themselves come from the page's one <script src="/dist/cdn/tp-widgets.js">.
import { createElement as h, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { define } from '/dist/cdn/tp-widgets.js';
import { FEED, next } from './programs.js';

function App() {
  const [program, setProgram] = useState('E001');
  const [lang, setLang] = useState('es');
  const [selected, setSelected] = useState('');
  const explorer = useRef(null);

  // tp-select bubbles and is composed; a ref + listener works in every React version.
  useEffect(() => {
    const el = explorer.current;
    const onSelect = (e) => {
      setSelected(e.detail.program);
      setProgram(e.detail.program);
    };
    el.addEventListener('tp-select', onSelect);
    return () => el.removeEventListener('tp-select', onSelect);
  }, []);

  return h(
    'div',
    { className: 'stack' },
    h(
      'p',
      { className: 'toolbar' },
      h('button', { type: 'button', id: 'otro', onClick: () => setProgram(next(program)) }, 'Ver otro programa'),
      ' ',
      h(
        'button',
        { type: 'button', id: 'idioma', onClick: () => setLang(lang === 'es' ? 'en' : 'es') },
        lang === 'es' ? 'English' : 'Español',
      ),
    ),
    h('p', { id: 'actual', 'aria-live': 'polite' }, `Programa mostrado: ${program}`),
    h('p', { id: 'seleccion' }, selected ? `tp-select recibido: ${selected}` : 'Elija un programa en el buscador.'),
    h(
      'tp-feed',
      { src: FEED },
      h(
        'div',
        { className: 'two' },
        // `program`, `lang` and `variant` are properties of the element (React 19 sets them as properties);
        // `heading-level` is passed as an attribute.
        h('tp-program-card', { program, lang, variant: 'full', 'heading-level': '2' }),
        h('tp-spending-flow', { program, lang }),
      ),
      h('tp-program-explorer', { ref: explorer, lang, 'url-state': 'off', pageSize: 5, 'heading-level': '2' }),
    ),
  );
}

// The CDN entry registers elements as their tags appear; React decides between property and attribute
// at its first render, so the elements it renders are registered first (pageSize is a property).
await define('tp-feed', 'tp-program-card', 'tp-spending-flow', 'tp-program-explorer');
createRoot(document.getElementById('app')).render(h(App));

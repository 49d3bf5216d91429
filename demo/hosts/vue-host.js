// Vue 3 host: passes properties and attributes to the widgets, listens to tp-select, and re-renders
// the widgets with another program. Render functions (no template compiler, so no eval under a strict
// CSP). Bundled by scripts/build-demo.mjs into demo/build/.
import { createApp, h, ref } from 'vue';
import { define } from '/dist/cdn/tp-widgets.js';
import { FEED, next } from './programs.js';

const App = {
  setup() {
    const program = ref('S010');
    const lang = ref('es');
    const selected = ref('');
    const onSelect = (e) => {
      selected.value = e.detail.program;
      program.value = e.detail.program;
    };
    return () =>
      h('div', { class: 'stack' }, [
        h('p', { class: 'toolbar' }, [
          h('button', { type: 'button', id: 'otro', onClick: () => (program.value = next(program.value)) }, 'Ver otro programa'),
          ' ',
          h(
            'button',
            { type: 'button', id: 'idioma', onClick: () => (lang.value = lang.value === 'es' ? 'en' : 'es') },
            lang.value === 'es' ? 'English' : 'Español',
          ),
        ]),
        h('p', { id: 'actual', 'aria-live': 'polite' }, `Programa mostrado: ${program.value}`),
        h('p', { id: 'seleccion' }, selected.value ? `tp-select recibido: ${selected.value}` : 'Elija un programa en el buscador.'),
        h('tp-feed', { src: FEED }, [
          h('div', { class: 'two' }, [
            // Vue sets `program`, `lang` as DOM properties (they exist on the element); `heading-level` as an attribute.
            h('tp-program-card', { program: program.value, lang: lang.value, 'heading-level': '2' }),
            h('tp-indicator-gauge', { program: program.value, lang: lang.value }),
          ]),
          h('tp-program-explorer', { lang: lang.value, 'url-state': 'off', pageSize: 5, 'heading-level': '2', 'onTp-select': onSelect }),
        ]),
      ]);
  },
};

// Registered before Vue's first render, so pageSize reaches the property (see the React host).
await define('tp-feed', 'tp-program-card', 'tp-indicator-gauge', 'tp-program-explorer');
createApp(App).mount('#app');

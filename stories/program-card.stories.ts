/**
 * <tp-program-card>: one story per state and variant (issue 5).
 *
 * Most stories read the sample feed shipped in demo/data (served by Storybook at /data/…,
 * labelled "datos de ejemplo"). One inline feed carries REAL figures from Cuenta Pública 2023
 * (program 20-S176; ../shared/data/cp-programatica-2023/README.md). The "stale" and "empty"
 * stories give a small made-up feed through a story-only context provider.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LitElement, html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ContextProvider } from '@lit/context';
import '../src/define/program-card.js';
import '../src/define/feed.js';
import { feedContext } from '../src/feed/context.js';
import type { Feed, Program } from '../src/feed/types.js';

type FeedChoice = 'sample' | 'cuenta-publica' | 'long' | 'no-indicators' | 'empty' | 'stale' | 'broken' | 'loading';

interface Args {
  feed: FeedChoice;
  program: string;
  lang: 'es' | 'en';
  theme: 'auto' | 'light' | 'dark';
  variant: 'full' | 'compact';
  hrefTemplate: string;
  /** Width of the column the card sits in (CSS length). */
  width: string;
  /** Ask readers "¿Te sirvió esta información?" (the `feedback` attribute). */
  feedback: boolean;
}

const base = (programs: Program[], extra: Partial<Feed> = {}): Feed => ({
  version: 1,
  publisher: { name: 'Secretaría de Finanzas (datos de ejemplo)', jurisdiction: 'MX-ROO' },
  cycle: 2024,
  currency: 'MXN',
  asOf: '2024-09-30',
  sources: [{ title: 'Datos de ejemplo', license: 'CC-BY-4.0' }],
  moments: ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'],
  programs,
  ...extra,
});

const CUENTA_PUBLICA = base(
  [
    {
      key: '20-S176',
      name: 'Pensión para el Bienestar de las Personas Adultas Mayores',
      ramo: { id: '20', name: 'Bienestar' },
      modality: { id: 'S', name: 'Sujetos a Reglas de Operación' },
      amounts: { approved: 339341355804, modified: 330613247068.45, accrued: 330613215950.29, exercised: 330613215950.29 },
    },
  ],
  {
    publisher: { name: 'Secretaría de Hacienda y Crédito Público', jurisdiction: 'MX' },
    cycle: 2023,
    asOf: '2023-12-31',
    sources: [{ title: 'Cuenta Pública 2023, gasto por categoría programática' }],
    moments: ['approved', 'modified', 'accrued', 'exercised'],
  },
);

const LONG_TEXT =
  'Contribuir al bienestar social e igualdad mediante la entrega de apoyos económicos a las personas adultas mayores, ' +
  'personas con discapacidad permanente, niñas, niños y adolescentes en situación de orfandad materna, así como a la población ' +
  'que habita en municipios de alta y muy alta marginación, con el fin de reducir las brechas de desigualdad social y regional ' +
  'y fortalecer el ejercicio de sus derechos sociales en condiciones de dignidad.';

const LONG = base([
  {
    key: '20-S176',
    name: 'Programa de Fortalecimiento Interinstitucional para la Atención Integral de Personas Adultas Mayores en Municipios de Alta Marginación',
    ramo: { id: '20', name: 'Bienestar' },
    unit: { id: '211', name: 'Dirección General de Políticas de Envejecimiento y Atención a Grupos Prioritarios' },
    modality: { id: 'S', name: 'Sujetos a Reglas de Operación' },
    objective: LONG_TEXT,
    amounts: { approved: 339341355804, modified: 330613247068.45, exercised: 330613215950.29 },
    sdg: [
      { goal: 1, contribution: 'direct' },
      { goal: 10, contribution: 'indirect' },
    ],
    crossCutting: [
      { annex: 'gender', category: 'Acciones que promuevan la igualdad entre mujeres y hombres', amounts: { approved: 1.2e9 } },
    ],
  },
]);

const NO_INDICATORS = base([
  { key: 'K012', name: 'Obra pública sin indicadores', amounts: { approved: 186e6, modified: 190e6, paid: 40e6 } },
]);
const EMPTY = base([{ key: 'E999', name: 'Programa sin montos ni indicadores', amounts: {} }]);
const STALE = base([{ key: 'E001', name: 'Programa con datos guardados', amounts: { approved: 1e9, modified: 1.05e9, paid: 6.2e8 } }]);

const blobs = new Map<string, string>();
const blob = (name: string, feed: Feed) => {
  if (!blobs.has(name)) blobs.set(name, URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' })));
  return blobs.get(name)!;
};

/** Story-only provider: hands a fixed feed (possibly marked stale) to the card through the feed context. */
class StoryFeed extends LitElement {
  private provider = new ContextProvider(this, { context: feedContext });
  set feed(v: { feed: Feed; stale: boolean }) {
    this.provider.setValue({
      src: 'story://feed',
      state: v.stale ? 'stale' : 'ready',
      loaded: { url: 'https://example.org/feed.json', feed: v.feed, problems: [], stale: v.stale, format: 'json', loadedAt: 0 },
    });
  }
  override render() {
    return html`<slot></slot>`;
  }
}
if (!customElements.get('tp-story-feed')) customElements.define('tp-story-feed', StoryFeed);

const meta: Meta<Args> = {
  title: 'Widgets/tp-program-card',
  component: 'tp-program-card',
  args: {
    feed: 'sample',
    program: 'E001',
    lang: 'es',
    theme: 'light',
    variant: 'full',
    hrefTemplate: '/programas/{key}',
    width: '100%',
    feedback: false,
  },
  argTypes: {
    feed: { control: 'select', options: ['sample', 'cuenta-publica', 'long', 'no-indicators', 'empty', 'stale', 'broken', 'loading'] },
    lang: { control: 'inline-radio', options: ['es', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    feedback: { control: 'boolean' },
  },
  render: (a) => {
    const src =
      a.feed === 'sample'
        ? '/data/sample-feed.json'
        : a.feed === 'cuenta-publica'
          ? blob('cp', CUENTA_PUBLICA)
          : a.feed === 'long'
            ? blob('long', LONG)
            : a.feed === 'no-indicators'
              ? blob('noind', NO_INDICATORS)
              : a.feed === 'broken'
                ? '/no-such-feed.json'
                : undefined;
    const card = html`<tp-program-card
      src=${ifDefined(src)}
      program=${ifDefined(a.program || undefined)}
      lang=${a.lang}
      theme=${a.theme}
      variant=${a.variant}
      href-template=${ifDefined(a.hrefTemplate || undefined)}
      ?feedback=${a.feedback}
    ></tp-program-card>`;
    const wrapped =
      a.feed === 'loading'
        ? html`<tp-feed>${card}</tp-feed>`
        : a.feed === 'stale'
          ? html`<tp-story-feed .feed=${{ feed: STALE, stale: true }}>${card}</tp-story-feed>`
          : a.feed === 'empty'
            ? html`<tp-story-feed .feed=${{ feed: EMPTY, stale: false }}>${card}</tp-story-feed>`
            : card;
    const bg = a.theme === 'dark' ? 'background:#0d1117;padding:8px' : '';
    return html`<div style="max-width:${a.width};${bg}">${wrapped}</div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Ready: a program of the sample feed with objective, indicator, SDG, gender and served population. */
export const Ready: Story = {};

/** Readers' feedback: "¿Te sirvió esta información?" Sí / No, then an optional text (fires `tp-feedback`; sends nothing). */
export const Feedback: Story = { args: { feedback: true } };

/** Real figures: Cuenta Pública 2023, S176 ("$339,341.4 millones" approved). */
export const CuentaPublicaS176: Story = { args: { feed: 'cuenta-publica', program: 'S176' } };

/** English. */
export const English: Story = { args: { lang: 'en' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** English and dark. */
export const EnglishDark: Story = { args: { lang: 'en', theme: 'dark' } };

/** A long name and a long objective (collapsed behind "Leer el objetivo completo"). */
export const LongNameAndObjective: Story = { args: { feed: 'long', program: 'S176' } };

/** A program with no indicators. */
export const NoIndicators: Story = { args: { feed: 'no-indicators', program: 'K012' } };

/** A program with data problems (data notes listed). */
export const DataNotes: Story = { args: { program: 'U090' } };

/** Compact variant, for lists. */
export const Compact: Story = { args: { variant: 'compact' } };

/** A phone's article column: 280 px. */
export const Narrow280: Story = { args: { width: '280px' } };

/** 280 px, long texts. */
export const Narrow280Long: Story = { args: { width: '280px', feed: 'long', program: 'S176' } };

/** Loading: inside a <tp-feed> that has no data yet (skeleton, announced politely). */
export const Loading: Story = { args: { feed: 'loading' } };

/** Empty: the program exists but has no amounts and no indicators. */
export const Empty: Story = { args: { feed: 'empty', program: 'E999' } };

/** Stale: a refresh failed; the last saved copy is shown with its "datos al" date. */
export const Stale: Story = { args: { feed: 'stale', program: 'E001' } };

/** Error: the feed cannot be loaded. */
export const ErrorState: Story = { args: { feed: 'broken' } };

/** Error: an unknown key names the closest keys. */
export const UnknownProgram: Story = { args: { program: 'E0011' } };

/** Error: an unknown key, in English. */
export const UnknownProgramEnglish: Story = { args: { program: 'E0011', lang: 'en' } };

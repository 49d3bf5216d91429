/**
 * <tp-spending-flow>: one story per state and variant of issue 6.
 *
 * Most stories read the sample feed shipped in demo/data (served by Storybook at /data/…, labelled
 * "datos de ejemplo"). Two small inline feeds carry REAL figures so the layouts look as they do on
 * real data: Puebla 2016 Q1 programme I016 (seven moments with "ministrado"; figures from
 * ../shared/data/gasto-federalizado-puebla-2016t1) and Cuenta Pública 2023 programme 20-S176 (four
 * moments; figures from ../shared/data/cp-programatica-2023/README.md).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { TpSpendingFlow } from '../src/components/spending-flow/spending-flow.js';
import { TpFeed } from '../src/components/feed-provider/feed-provider.js';
import type { Feed } from '../src/feed/types.js';
import { defineOnce } from '../src/platform/define-once.js';

// Registered here rather than through `import '../src/define/…'`: package.json `sideEffects` lists only
// dist/ paths, so the Storybook (Vite) build drops side-effect-only imports of src/define/*.ts.
defineOnce('tp-spending-flow', TpSpendingFlow);
defineOnce('tp-feed', TpFeed);

type FeedChoice = 'sample' | 'puebla' | 'cuenta-publica' | 'broken' | 'loading';

interface Args {
  feed: FeedChoice;
  /** Program key; empty for whole-feed mode. */
  program: string;
  lang: 'es' | 'en';
  theme: 'auto' | 'light' | 'dark';
  /** Width of the column the widget sits in (CSS length). */
  width: string;
}

const PUEBLA: Feed = {
  version: 1,
  publisher: { name: 'SHCP (reportado por el Gobierno de Puebla)', jurisdiction: 'MX-PUE' },
  cycle: 2016,
  currency: 'MXN',
  asOf: '2016-03-31',
  sources: [{ title: 'Gasto federalizado, avance financiero, Puebla, primer trimestre 2016' }],
  moments: ['approved', 'modified', 'ministered', 'committed', 'accrued', 'exercised', 'paid'],
  programs: [
    {
      key: '33-I016',
      name: 'FONE Fondo de compensación',
      ramo: { id: '33', name: 'Aportaciones Federales para Entidades Federativas y Municipios' },
      amounts: {
        approved: 523734308,
        modified: 523734308,
        ministered: 130985951,
        committed: 523734308,
        accrued: 88109514.46,
        exercised: 88109514.46,
        paid: 88109514.46,
      },
    },
  ],
};

const CUENTA_PUBLICA: Feed = {
  version: 1,
  publisher: { name: 'Secretaría de Hacienda y Crédito Público', jurisdiction: 'MX' },
  cycle: 2023,
  currency: 'MXN',
  asOf: '2023-12-31',
  sources: [{ title: 'Cuenta Pública 2023, gasto por categoría programática' }],
  moments: ['approved', 'modified', 'accrued', 'exercised'],
  programs: [
    {
      key: '20-S176',
      name: 'Pensión para el Bienestar de las Personas Adultas Mayores',
      ramo: { id: '20', name: 'Bienestar' },
      amounts: { approved: 339341355804, modified: 330613247068.45, accrued: 330613215950.29, exercised: 330613215950.29 },
    },
  ],
};

const blobs = new Map<string, string>();
const blob = (name: string, feed: Feed) => {
  if (!blobs.has(name)) blobs.set(name, URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' })));
  return blobs.get(name)!;
};

function srcOf(choice: FeedChoice): string | undefined {
  switch (choice) {
    case 'puebla':
      return blob('puebla', PUEBLA);
    case 'cuenta-publica':
      return blob('cp', CUENTA_PUBLICA);
    case 'broken':
      return '/no-such-feed.json';
    case 'loading':
      return undefined;
    default:
      return '/data/sample-feed.json';
  }
}

const meta: Meta<Args> = {
  title: 'Widgets/tp-spending-flow',
  component: 'tp-spending-flow',
  args: { feed: 'sample', program: 'E001', lang: 'es', theme: 'light', width: '100%' },
  argTypes: {
    feed: { control: 'select', options: ['sample', 'puebla', 'cuenta-publica', 'broken', 'loading'] },
    lang: { control: 'inline-radio', options: ['es', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (a) => {
    const el = html`<tp-spending-flow
      src=${ifDefined(srcOf(a.feed))}
      program=${ifDefined(a.program || undefined)}
      lang=${a.lang}
      theme=${a.theme}
    ></tp-spending-flow>`;
    const bg = a.theme === 'dark' ? 'background:#0d1117;padding:8px' : '';
    return html`<div style="max-width:${a.width};${bg}">${a.feed === 'loading' ? html`<tp-feed>${el}</tp-feed>` : el}</div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Seven moments with "ministrado" (federal-transfer layout), real figures: Puebla 2016 Q1, I016. */
export const SevenMomentsPuebla: Story = { args: { feed: 'puebla', program: 'I016' } };

/** Four moments (Cuenta Pública): committed and paid read "no reportado". Real figures: CP 2023, S176. */
export const FourMomentsCuentaPublica: Story = { args: { feed: 'cuenta-publica', program: '20-S176' } };

/** Only approved (PEF-like): every other moment is "no reportado". */
export const OnlyApproved: Story = { args: { program: 'K012' } };

/** An order anomaly (paid > exercised) flagged and explained; the data are shown as published. */
export const OrderAnomaly: Story = { args: { program: 'U090' } };

/** Periods: cumulative moments by quarter with the cut-off date marked (Vega-Lite, lazy). */
export const Periods: Story = { args: { program: 'S010' } };

/** A breakdown with the selector (chapter / unit / …), top 10 + "other", periods too. */
export const Breakdown: Story = { args: { program: 'E001' } };

/** Whole-feed mode: the feed's totals through the moments and the top programs (tp-select). */
export const WholeFeed: Story = { args: { program: '' } };

/** English. */
export const English: Story = { args: { lang: 'en' } };

/** English, whole feed. */
export const EnglishWholeFeed: Story = { args: { lang: 'en', program: '' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Dark theme, whole feed. */
export const DarkWholeFeed: Story = { args: { theme: 'dark', program: '' } };

/** A phone's article column: 280 px. */
export const Narrow280: Story = { args: { width: '280px' } };

/** 280 px, whole feed. */
export const Narrow280WholeFeed: Story = { args: { width: '280px', program: '' } };

/** Loading: inside a <tp-feed> that has no data yet. */
export const Loading: Story = { args: { feed: 'loading' } };

/** Error: the feed cannot be loaded. */
export const ErrorState: Story = { args: { feed: 'broken' } };

/** Error: an unknown program key names the closest keys. */
export const UnknownProgram: Story = { args: { program: 'E0011' } };

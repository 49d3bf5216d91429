/**
 * <tp-gender-breakdown> and <tp-sdg-alignment>: one story per state and variant of issue 8.
 * The feed is made up (test/fixtures/gender-feeds.ts) and served as a blob: URL.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/gender-breakdown.js';
import '../src/define/sdg-alignment.js';
import '../src/define/feed.js';
import { feedUrl, sampleGenderFeed } from '../test/fixtures/gender-feeds.js';

interface Args {
  /** Which element: the annex breakdown or the SDG sibling. */
  element: 'gender' | 'sdg';
  /** Program key; empty for whole-feed mode. */
  program: string;
  annex: string;
  /** SDG goal 1–17 (whole-feed SDG mode); 0 for all goals. */
  goal: number;
  lang: 'es' | 'en';
  theme: 'auto' | 'light' | 'dark';
  /** Width of the column the widget sits in (CSS length). */
  width: string;
  /** Render inside a <tp-feed> that never gets a src: the loading state. */
  loading?: boolean;
  /** A feed URL that does not exist: the error state. */
  broken?: boolean;
}

let url: string | undefined;
const src = () => (url ??= feedUrl(sampleGenderFeed()));

const meta: Meta<Args> = {
  title: 'Widgets/tp-gender-breakdown',
  component: 'tp-gender-breakdown',
  args: { element: 'gender', program: '20-S174', annex: 'gender', goal: 0, lang: 'es', theme: 'light', width: '100%' },
  argTypes: {
    element: { control: 'inline-radio', options: ['gender', 'sdg'] },
    lang: { control: 'inline-radio', options: ['es', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    annex: { control: 'select', options: ['gender', 'indigenous', 'youth'] },
  },
  render: (a) => {
    const s = a.loading ? undefined : a.broken ? '/no-such-feed.json' : src();
    const el =
      a.element === 'sdg'
        ? html`<tp-sdg-alignment src=${ifDefined(s)} program=${ifDefined(a.program || undefined)} goal=${ifDefined(a.goal || undefined)} lang=${a.lang} theme=${a.theme}></tp-sdg-alignment>`
        : html`<tp-gender-breakdown src=${ifDefined(s)} program=${ifDefined(a.program || undefined)} annex=${a.annex} lang=${a.lang} theme=${a.theme}></tp-gender-breakdown>`;
    const bg = a.theme === 'dark' ? 'background:#0d1117;padding:8px' : '';
    return html`<div style="max-width:${a.width};${bg}">${a.loading ? html`<tp-feed>${el}</tp-feed>` : el}</div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A tagged program with populations by sex: labelled, patterned bars and coverage in words. */
export const TaggedWithPopulations: Story = {};

/** A tagged program without population data. */
export const TaggedWithoutPopulations: Story = { args: { program: '20-S176' } };

/** An untagged program: "Este programa no tiene gasto etiquetado…". */
export const Untagged: Story = { args: { program: '12-E002' } };

/** Whole-feed mode: annex total by category, top programs + other, share of the budget. */
export const WholeFeed: Story = { args: { program: '' } };

/** The indigenous-peoples annex, same views. */
export const IndigenousAnnex: Story = { args: { program: '', annex: 'indigenous' } };

export const IndigenousAnnexProgram: Story = { args: { program: '20-S176', annex: 'indigenous' } };

/** SDG alignment of one program. */
export const SdgProgram: Story = { args: { element: 'sdg', program: '20-S174' } };

/** SDG alignment, whole feed: all 17 goals. */
export const SdgWholeFeed: Story = { args: { element: 'sdg', program: '' } };

/** SDG goal 5: its programs. */
export const SdgGoal5: Story = { args: { element: 'sdg', program: '', goal: 5 } };

export const English: Story = { args: { lang: 'en' } };

export const EnglishWholeFeed: Story = { args: { lang: 'en', program: '' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const DarkSdg: Story = { args: { theme: 'dark', element: 'sdg', program: '' } };

/** 280 px column. */
export const Narrow280: Story = { args: { width: '280px' } };

export const Narrow280WholeFeed: Story = { args: { width: '280px', program: '' } };

export const Loading: Story = { args: { loading: true } };

/** Whole-feed mode on an annex the feed does not have. */
export const Empty: Story = { args: { program: '', annex: 'youth' } };

export const ErrorUnknownProgram: Story = { args: { program: 'Z999' } };

export const ErrorMissingFeed: Story = { args: { broken: true } };

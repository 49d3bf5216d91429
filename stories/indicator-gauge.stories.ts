/**
 * <tp-indicator-gauge>: one story per state and variant of issue 7.
 *
 * The feed is made up (test/fixtures/indicator-feeds.ts, "datos de ejemplo") and served as a blob:
 * URL. Program E101 holds one indicator per case: F1 ascending green, P1 ascending yellow,
 * P2 descending red, P3 regular green, C1 no result yet, C2 own thresholds (yellow), A1 target of
 * zero, A2 red, A3 no target. E102 has no indicators, E103 has 24, E104 only management ones.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { TpIndicatorGauge } from '../src/components/indicator-gauge/indicator-gauge.js';
import { TpFeed } from '../src/components/feed-provider/feed-provider.js';
import { defineOnce } from '../src/platform/define-once.js';
import { feedUrl, indicatorFeed } from '../test/fixtures/indicator-feeds.js';

interface Args {
  program: string;
  /** Single-indicator mode when set. */
  indicator: string;
  /** Default thresholds "green,red" (percent of target). */
  thresholds: string;
  lang: 'es' | 'en';
  theme: 'auto' | 'light' | 'dark';
  /** Width of the column the widget sits in (CSS length). */
  width: string;
  /** Render inside a <tp-feed> that never gets a src: the loading state. */
  loading?: boolean;
}

// Registered here with the classes (not only by a side-effect import of src/define/*): the static
// Storybook build drops side-effect-only imports of modules outside package.json "sideEffects".
defineOnce('tp-indicator-gauge', TpIndicatorGauge);
defineOnce('tp-feed', TpFeed);

let url: string | undefined;
const src = () => (url ??= feedUrl(indicatorFeed()));

const meta: Meta<Args> = {
  title: 'Widgets/tp-indicator-gauge',
  component: 'tp-indicator-gauge',
  args: { program: 'E101', indicator: '', thresholds: '', lang: 'es', theme: 'light', width: '100%' },
  argTypes: {
    program: { control: 'select', options: ['E101', 'E102', 'E103', 'E104', 'Z999'] },
    indicator: { control: 'select', options: ['', 'F1', 'P1', 'P2', 'P3', 'C1', 'C2', 'A1', 'A2', 'A3', 'X999'] },
    lang: { control: 'inline-radio', options: ['es', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (a) => {
    const el = html`<tp-indicator-gauge
      src=${ifDefined(a.loading ? undefined : src())}
      program=${ifDefined(a.program || undefined)}
      indicator=${ifDefined(a.indicator || undefined)}
      thresholds=${ifDefined(a.thresholds || undefined)}
      lang=${a.lang}
      theme=${a.theme}
    ></tp-indicator-gauge>`;
    return html`<div style="max-width:${a.width}">${a.loading ? html`<tp-feed>${el}</tp-feed>` : el}</div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A program's indicators by MIR level: strategic first, management behind one button. */
export const Program: Story = {};

/** Ascending (more is better), on track: green. */
export const AscendingGreen: Story = { args: { indicator: 'F1' } };

/** Ascending, 85 % of the target: yellow under the default thresholds (90/80). */
export const AscendingYellow: Story = { args: { indicator: 'P1' } };

/** Descending (less is better), 130 % of the target: red. */
export const DescendingRed: Story = { args: { indicator: 'P2' } };

/** Descending with the indicator's own deviation thresholds (5/10): 107.5 % is yellow. */
export const DescendingOwnThresholds: Story = { args: { indicator: 'C2' } };

/** Regular (closest to the target is best): 104 % is green. */
export const RegularGreen: Story = { args: { indicator: 'P3' } };

/** Red: 70 % of the target. */
export const Red: Story = { args: { indicator: 'A2' } };

/** A target but no result yet: the target and "sin avance reportado", never 0 %. */
export const NoResultYet: Story = { args: { indicator: 'C1' } };

/** A target of zero: no percentage (no division), the values are compared directly. */
export const TargetZero: Story = { args: { indicator: 'A1' } };

/** The `thresholds` attribute changes the defaults (not an indicator's own thresholds). */
export const CustomThresholds: Story = { args: { thresholds: '80,70' } };

/** A program with no indicators at all: the empty state says so. */
export const NoIndicators: Story = { args: { program: 'E102' } };

/** Only management indicators: no strategic ones, the button shows the rest. */
export const OnlyManagement: Story = { args: { program: 'E104' } };

/** A program with 24 indicators. */
export const ManyIndicators: Story = { args: { program: 'E103' } };

/** Single-indicator mode for an article: one large gauge, history chart with the target. */
export const SingleIndicator: Story = { args: { program: '', indicator: 'F1' } };

export const English: Story = { args: { lang: 'en' } };

export const EnglishSingle: Story = { args: { lang: 'en', indicator: 'P2' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const DarkSingle: Story = { args: { theme: 'dark', indicator: 'F1' } };

export const Narrow280: Story = { args: { width: '280px' } };

export const Narrow280Single: Story = { args: { width: '280px', indicator: 'F1' } };

export const Loading: Story = { args: { loading: true } };

export const ErrorUnknownIndicator: Story = { args: { indicator: 'X999' } };

export const ErrorUnknownProgram: Story = { args: { program: 'Z999' } };

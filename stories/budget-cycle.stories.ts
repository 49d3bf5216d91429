/**
 * <tp-budget-cycle>: one story per state and variant of issue 12 §5.
 *
 * Every status of every phase appears in at least one story:
 * - complete: all seven in `Complete`;
 * - partial: all seven in `EveryPhasePartial`;
 * - missing: planning, programming, exercise, monitoring, evaluation in `OnlyApprovedAmounts`;
 *   budgeting in `OnlyPlanAlignment`; accountability in `NoAccountabilityDocuments`;
 * - attention: planning, budgeting, exercise, monitoring, evaluation in `ChainBreaks`;
 *   programming in `PaidWithoutIndicators`; accountability in `OverdueFeed`.
 * The feeds are made up (test/fixtures/cycle-feeds.ts) and served as blob: URLs.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { TpBudgetCycle } from '../src/components/budget-cycle/budget-cycle.js';
import { TpFeed } from '../src/components/feed-provider/feed-provider.js';
import { defineOnce } from '../src/platform/define-once.js';
import type { Feed } from '../src/feed/types.js';
import { allCycleFeed, CYCLE_TODAY, feedUrl, overdueFeed, quarterlyOnlyFeed } from '../test/fixtures/cycle-feeds.js';

type FeedName = 'all' | 'overdue' | 'quarterly' | 'no-documents';

interface Args {
  program: string;
  feed: FeedName;
  lang: 'es' | 'en';
  theme: 'auto' | 'light' | 'dark';
  compact: boolean;
  /** Fixed "today" for the overdue rule, so stories do not change with the calendar. */
  today: string;
  /** Width of the column the widget sits in (CSS length). */
  width: string;
  /** Render inside a <tp-feed> that never gets a src: the loading state. */
  loading?: boolean;
}

const FEEDS: Record<FeedName, () => Feed> = {
  all: () => allCycleFeed(),
  overdue: () => overdueFeed(),
  quarterly: () => quarterlyOnlyFeed(),
  'no-documents': () => allCycleFeed({ accountability: [] }),
};
// Registered here with calls, not side-effect imports: package.json "sideEffects" lists only dist/,
// so the Storybook bundler drops `import '../src/define/*.js'`.
defineOnce('tp-budget-cycle', TpBudgetCycle);
defineOnce('tp-feed', TpFeed);

const urls = new Map<FeedName, string>();
const urlOf = (name: FeedName) => {
  if (!urls.has(name)) urls.set(name, feedUrl(FEEDS[name]()));
  return urls.get(name)!;
};

const meta: Meta<Args> = {
  title: 'Widgets/tp-budget-cycle',
  component: 'tp-budget-cycle',
  args: { program: '20-S176', feed: 'all', lang: 'es', theme: 'light', compact: false, today: CYCLE_TODAY, width: '100%' },
  argTypes: {
    feed: { control: 'select', options: ['all', 'overdue', 'quarterly', 'no-documents'] },
    lang: { control: 'inline-radio', options: ['es', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (a) => {
    const el = html`<tp-budget-cycle
      src=${ifDefined(a.loading ? undefined : urlOf(a.feed))}
      program=${a.program}
      lang=${a.lang}
      theme=${a.theme}
      today=${a.today}
      ?compact=${a.compact}
      @tp-select=${(e: CustomEvent) => console.info('tp-select', e.detail)}
    ></tp-budget-cycle>`;
    return html`<div style="max-width:${a.width}">${a.loading ? html`<tp-feed>${el}</tp-feed>` : el}</div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A program with everything: every phase complete. */
export const Complete: Story = {};

export const EveryPhasePartial: Story = { args: { program: '20-S072', feed: 'quarterly' } };

/** Only approved amounts: budgeting complete, program-level phases missing. */
export const OnlyApprovedAmounts: Story = { args: { program: '16-E005' } };

export const OnlyPlanAlignment: Story = { args: { program: '47-P010' } };

export const NoAccountabilityDocuments: Story = { args: { feed: 'no-documents' } };

/** Old plan, spending never approved, paid above exercised, indicators off target, an overdue ASM. */
export const ChainBreaks: Story = { args: { program: '12-U013' } };

export const PaidWithoutIndicators: Story = { args: { program: '20-E003' } };

/** The data should have been updated on 30 Oct 2024: polite notice, accountability needs attention. */
export const OverdueFeed: Story = { args: { feed: 'overdue', today: '2024-11-02' } };

export const English: Story = { args: { lang: 'en', program: '12-U013' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const DarkEnglishOverdue: Story = { args: { theme: 'dark', lang: 'en', feed: 'overdue', today: '2024-11-02' } };

export const Narrow280: Story = { args: { width: '280px', program: '12-U013' } };

export const Compact280: Story = { args: { width: '280px', compact: true } };

export const CompactDark: Story = { args: { compact: true, theme: 'dark', program: '12-U013' } };

export const Loading: Story = { args: { loading: true } };

export const Empty: Story = { args: { program: '99-Z999' } };

export const ErrorUnknownProgram: Story = { args: { program: '20-X000' } };

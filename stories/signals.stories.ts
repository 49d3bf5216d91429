/**
 * <tp-signals>: one story per state and mode. The feeds are made up (test/fixtures/signals-feeds.ts)
 * and served as blob: URLs: on `every-rule` each of the ten rules fires at least once; on `quiet` none does.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { TpSignals } from '../src/components/signals/signals.js';
import { TpFeed } from '../src/components/feed-provider/feed-provider.js';
import { defineOnce } from '../src/platform/define-once.js';
import type { Feed } from '../src/feed/types.js';
import { everyRuleFeed, quietFeed } from '../test/fixtures/signals-feeds.js';
import { feedUrl } from '../test/fixtures/cycle-feeds.js';

type FeedName = 'every-rule' | 'quiet' | 'no-programs' | 'missing';

interface Args {
  feed: FeedName;
  program: string;
  rule: string;
  level: '' | 'review' | 'info';
  config: string;
  lang: 'es' | 'en';
  theme: 'auto' | 'light' | 'dark';
  hrefTemplate: string;
  width: string;
  /** Render inside a <tp-feed> that never gets a src: the loading state. */
  loading?: boolean;
}

const FEEDS: Record<Exclude<FeedName, 'missing'>, () => Feed> = {
  'every-rule': everyRuleFeed,
  quiet: quietFeed,
  'no-programs': () => ({ ...quietFeed(), programs: [] }),
};
// Registered with calls: package.json "sideEffects" lists only dist/, so the bundler drops define imports.
defineOnce('tp-signals', TpSignals);
defineOnce('tp-feed', TpFeed);

const urls = new Map<FeedName, string>();
const urlOf = (name: FeedName) => {
  if (name === 'missing') return '/no-such-feed.json';
  if (!urls.has(name)) urls.set(name, feedUrl(FEEDS[name]()));
  return urls.get(name)!;
};

const meta: Meta<Args> = {
  title: 'Widgets/tp-signals',
  component: 'tp-signals',
  args: {
    feed: 'every-rule',
    program: '',
    rule: '',
    level: '',
    config: '',
    lang: 'es',
    theme: 'light',
    hrefTemplate: '/programas/{key}',
    width: '100%',
  },
  argTypes: {
    feed: { control: 'select', options: ['every-rule', 'quiet', 'no-programs', 'missing'] },
    level: { control: 'inline-radio', options: ['', 'review', 'info'] },
    lang: { control: 'inline-radio', options: ['es', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (a) => {
    const el = html`<tp-signals
      src=${ifDefined(a.loading ? undefined : urlOf(a.feed))}
      program=${ifDefined(a.program || undefined)}
      rule=${a.rule}
      level=${a.level}
      config=${ifDefined(a.config || undefined)}
      lang=${a.lang}
      theme=${a.theme}
      href-template=${a.hrefTemplate}
    ></tp-signals>`;
    return html`<div style="max-width:${a.width}">${a.loading ? html`<tp-feed>${el}</tp-feed>` : el}</div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The whole feed: every rule, grouped, with filters and counts. */
export const WholeFeed: Story = {};
/** Only the signals worth reviewing. */
export const ReviewOnly: Story = { args: { level: 'review' } };
/** One rule. */
export const OneRule: Story = { args: { rule: 'year-end-underspending' } };
/** One program's signals. */
export const OneProgram: Story = { args: { program: '20-S001' } };
/** A program the rules find nothing to ask about. */
export const ProgramWithoutSignals: Story = { args: { program: '20-S003' } };
/** A feed with no signal at all. */
export const QuietFeed: Story = { args: { feed: 'quiet' } };
/** Thresholds from the host; a bad value is noted and its default kept. */
export const HostConfig: Story = { args: { config: '{"modifiedChange": 0.6, "asmYears": "dos"}' } };
/** English, dark theme, narrow column. */
export const EnglishDarkNarrow: Story = { args: { lang: 'en', theme: 'dark', width: '320px' } };
/** Loading (inside a <tp-feed> without src). */
export const Loading: Story = { args: { loading: true } };
/** Empty: a feed without programs. */
export const Empty: Story = { args: { feed: 'no-programs' } };
/** Error: the feed cannot be loaded. */
export const LoadError: Story = { args: { feed: 'missing' } };

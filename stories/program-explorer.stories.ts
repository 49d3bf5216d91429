/**
 * <tp-program-explorer>: one story per state and variant (issue 9). Stories read the sample feed
 * shipped in demo/data (served by Storybook at /data/…, "datos de ejemplo"); "1,000 programs" uses
 * the seeded generator; the stories keep the filters out of Storybook's URL (url-state="off").
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/program-explorer.js';
import '../src/define/feed.js';
import { generateFeed } from '../test/fixtures/generate.js';

type FeedChoice = 'sample' | 'thousand' | 'broken' | 'loading';

interface Args {
  feed: FeedChoice;
  view: 'list' | 'table';
  lang: 'es' | 'en';
  theme: 'auto' | 'light' | 'dark';
  pageSize: number;
  hrefTemplate: string;
  /** Width of the column the explorer sits in (CSS length). */
  width: string;
}

let thousand: string | undefined;
const thousandUrl = () =>
  (thousand ??= URL.createObjectURL(new Blob([JSON.stringify(generateFeed({ programs: 1000, seed: 7 }))], { type: 'application/json' })));

const meta: Meta<Args> = {
  title: 'Widgets/tp-program-explorer',
  component: 'tp-program-explorer',
  args: { feed: 'sample', view: 'list', lang: 'es', theme: 'light', pageSize: 5, hrefTemplate: '', width: '100%' },
  argTypes: {
    feed: { control: 'select', options: ['sample', 'thousand', 'broken', 'loading'] },
    view: { control: 'inline-radio', options: ['list', 'table'] },
    lang: { control: 'inline-radio', options: ['es', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    pageSize: { control: { type: 'number', min: 1, max: 200 } },
  },
  render: (a) => {
    const src =
      a.feed === 'sample'
        ? '/data/sample-feed.json'
        : a.feed === 'thousand'
          ? thousandUrl()
          : a.feed === 'broken'
            ? '/no-such-feed.json'
            : undefined;
    const el = html`<tp-program-explorer
      src=${ifDefined(src)}
      view=${a.view}
      lang=${a.lang}
      theme=${a.theme}
      page-size=${a.pageSize}
      url-state="off"
      href-template=${ifDefined(a.hrefTemplate || undefined)}
    ></tp-program-explorer>`;
    const bg = a.theme === 'dark' ? 'background:#0d1117;padding:8px' : '';
    return html`<div style="max-width:${a.width};${bg}">${a.feed === 'loading' ? html`<tp-feed>${el}</tp-feed>` : el}</div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Ready: the sample feed's 12 programs, 5 per page; choosing one fires tp-select. */
export const Ready: Story = {};

/** Table rows instead of light rows. */
export const Table: Story = { args: { view: 'table' } };

/** Names link to each program's page (href-template). */
export const Links: Story = { args: { hrefTemplate: 'portal/programa.html?program={key}' } };

/** 1,000 generated programs: type in the search box, every keystroke answered at once. */
export const ThousandPrograms: Story = { args: { feed: 'thousand', pageSize: 20 } };

/** English. */
export const English: Story = { args: { lang: 'en' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** A phone's column: 320 px. */
export const Narrow320: Story = { args: { width: '320px' } };

/** Loading: inside a <tp-feed> that has no data yet. */
export const Loading: Story = { args: { feed: 'loading' } };

/** Error: the feed cannot be loaded. */
export const ErrorState: Story = { args: { feed: 'broken' } };

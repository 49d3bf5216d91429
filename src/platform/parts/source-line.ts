/** The source line: publisher, sources, "datos al" date, licence and links (safe URLs only). */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Feed, Link } from '../../feed/types.js';
import { formatAsOf } from '../../i18n/format.js';
import { translate } from '../../i18n/registry.js';
import type { Lang } from '../../i18n/types.js';
import { safeUrl } from '../safe-url.js';

/** A link when the URL is safe, plain text otherwise. */
export function safeLink(text: string, url: string | undefined): TemplateResult {
  const href = safeUrl(url);
  return href ? html`<a href=${href} rel="noopener noreferrer">${text}</a>` : html`${text}`;
}

export function sourceLine(feed: Pick<Feed, 'publisher' | 'sources' | 'asOf'>, lang: Lang, links: Link[] = []): TemplateResult {
  const sources = feed.sources ?? [];
  const licenses = [...new Set(sources.map((s) => s.license).filter((l): l is string => !!l))];
  return html`<p part="source" class="tp-source">
    ${
      feed.publisher?.name
        ? html`<span>${translate(lang, 'sourcePublisher', '')}${safeLink(feed.publisher.name, feed.publisher.url)}</span>`
        : nothing
    }
    ${
      sources.length
        ? html`<span>${translate(lang, 'sources')}: ${sources.map((s, i) => html`${i ? '; ' : ''}${safeLink(s.title, s.url)}`)}</span>`
        : nothing
    }
    <span>${formatAsOf(feed.asOf, lang)}</span>
    ${
      licenses.length
        ? html`<span>${translate(lang, 'license')}: ${licenses.map((l, i) => html`${i ? ', ' : ''}${safeLink(l, /^https?:/i.test(l) ? l : undefined)}`)}</span>`
        : nothing
    }
    ${links.map((l) => (safeUrl(l.url) ? html`<span>${safeLink(l.title, l.url)}</span>` : nothing))}
  </p>`;
}

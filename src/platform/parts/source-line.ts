/** The source line: publisher, sources, "datos al" date, licence and links (safe URLs only). */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Feed, Link, Source } from '../../feed/types.js';
import { formatAsOf } from '../../i18n/format.js';
import { translate } from '../../i18n/registry.js';
import type { Lang } from '../../i18n/types.js';
import { safeUrl } from '../safe-url.js';
import { whenOpen } from './when-open.js';

/** A link when the URL is safe, plain text otherwise. */
export function safeLink(text: string, url: string | undefined): TemplateResult {
  const href = safeUrl(url);
  return href ? html`<a href=${href} rel="noopener noreferrer">${text}</a>` : html`${text}`;
}

/** A title that is only a file name (the reader must never see one). */
const FILE_NAME = /\.(csv|xlsx?|json|zip)$/i;

/** The title a reader sees: the source's own, or the "data file" word when the title is a file name. */
function readableTitle(s: Source, lang: Lang): string {
  const title = s.title.trim();
  return title && !FILE_NAME.test(title) ? title : translate(lang, 'sourceDataFile');
}

/** "Fuente: Cuenta Pública 2023 y otras 9 fuentes de la SHCP", then every source in a disclosure. */
function sourcesPart(sources: Source[], lang: Lang): TemplateResult {
  const first = sources[0]!;
  const firstLine = html`${translate(lang, 'sources')}: ${safeLink(readableTitle(first, lang), first.url)}`;
  if (sources.length === 1) return html`<span>${firstLine}</span>`;
  const rest = sources.slice(1);
  const publishers = new Set(sources.map((s) => s.publisher ?? ''));
  const publisher = publishers.size === 1 ? [...publishers][0]! : '';
  return html`<span>${firstLine} ${translate(lang, 'sourcesMore', rest.length, publisher)}</span>
    <details class="tp-sources">
      <summary>${translate(lang, 'sourcesAll', sources.length)}</summary>
      ${whenOpen(
        () =>
          html`<ul>
            ${sources.map((s) => html`<li>${safeLink(readableTitle(s, lang), s.url)}${s.publisher ? html` (${s.publisher})` : nothing}</li>`)}
          </ul>`,
      )}
    </details>`;
}

export function sourceLine(feed: Pick<Feed, 'publisher' | 'sources' | 'asOf'>, lang: Lang, links: Link[] = []): TemplateResult {
  const sources = feed.sources ?? [];
  const licenses = [...new Set(sources.map((s) => s.license).filter((l): l is string => !!l))];
  return html`<div part="source" class="tp-source">
    ${
      feed.publisher?.name
        ? html`<span>${translate(lang, 'sourcePublisher', '')}${safeLink(feed.publisher.name, feed.publisher.url)}</span>`
        : nothing
    }
    ${sources.length ? sourcesPart(sources, lang) : nothing}
    <span>${formatAsOf(feed.asOf, lang)}</span>
    ${
      licenses.length
        ? html`<span>${translate(lang, 'license')}: ${licenses.map((l, i) => html`${i ? ', ' : ''}${safeLink(l, /^https?:/i.test(l) ? l : undefined)}`)}</span>`
        : nothing
    }
    ${links.map((l) => (safeUrl(l.url) ? html`<span>${safeLink(l.title, l.url)}</span>` : nothing))}
  </div>`;
}

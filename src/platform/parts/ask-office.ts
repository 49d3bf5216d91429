/**
 * "Pregunta a la dependencia": the "Preguntar" link (mailto: or the contact's page) and, beside it, the link
 * to the public-information request system. Drawn only when the program has a usable contact; both hrefs
 * come from askLinks(), which lets only safe URLs through. Part: `ask`.
 */
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { AskLinks } from '../ask-office.js';
import { askMsg } from '../ask-office.messages.js';
import type { Lang } from '../../i18n/types.js';

export function askOffice(links: AskLinks, lang: Lang, programName: string): TemplateResult | typeof nothing {
  const ask = links.ask;
  if (!ask) return nothing;
  const to = ask.name ?? programName;
  return html`<p class="tp-ask" part="ask">
    <a class="tp-ask-link" data-kind=${ask.kind} href=${ask.href} aria-label=${`${askMsg(lang, 'askTo', to)}${ask.kind === 'email' ? ` ${askMsg(lang, 'opensMail')}` : ''}`}
      >${askMsg(lang, 'ask')}</a
    >${
      links.request
        ? html`<span class="tp-ask-sep" aria-hidden="true"> · </span
          ><a class="tp-ask-request" href=${links.request} title=${askMsg(lang, 'requestHint')}>${askMsg(lang, 'request')}</a>`
        : nothing
    }
  </p>`;
}

export const askOfficeStyles = css`
  .tp-ask {
    margin-block: 0.75em 0;
    font-size: var(--_fs-sm);
  }
  .tp-ask-link {
    font-weight: 700;
  }
`;

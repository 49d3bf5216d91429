import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProps } from '../../platform/style-props.js';
import { cardSignals, cardView, truncateRatio } from './program-card.model.js';
import type { CardSignals, CardView } from './program-card.model.js';
import { signalCountText, signalSentence, signalsDisclaimer } from '../../signals/describe.js';
import { formatMoney, formatNumber, formatPercent } from '../../i18n/format.js';
import { sdgColors, sdgLabel, sdgName } from '../../i18n/sdg-goals.js';
import { lightLabel } from '../indicator-gauge/indicator-gauge.messages.js';
import { cardMsg, cardSummary, cardTable, changeLabel, momentName, servedLabel } from './program-card.messages.js';
import { FeedConsumer } from '../../platform/feed-consumer.js';
import type { FeedData } from '../../platform/feed-consumer.js';
import { fillHrefTemplate } from '../../platform/safe-url.js';
import { platformStyles } from '../../platform/styles.js';
import { TpElement } from '../../platform/tp-element.js';
import { actionsView } from '../../platform/parts/actions.js';
import { dataNotes } from '../../platform/parts/data-notes.js';
import { dataTable } from '../../platform/parts/data-table.js';
import { glossaryTerm } from '../../platform/parts/glossary-term.js';
import { sourceLine } from '../../platform/parts/source-line.js';
import { cardStyles } from './program-card.styles.js';
import { cycleView } from '../budget-cycle/budget-cycle.model.js';
import type { CycleView } from '../budget-cycle/budget-cycle.model.js';
import { cycleStripStyles, renderCycleStrip } from '../budget-cycle/parts/cycle-strip.js';
import { renderOverdueNotice, todayIso } from '../../platform/parts/overdue-notice.js';
import { overdueNotice } from '../../feed/overdue.js';
import { programContact } from '../../feed/contact.js';
import type { Contact } from '../../feed/types.js';
import { askLinks } from '../../platform/ask-office.js';
import { askOffice, askOfficeStyles } from '../../platform/parts/ask-office.js';

/** The card's view: the card itself plus the program's place in the budget cycle (compact strip). */
type CardWithCycle = CardView & { budgetCycle: CycleView; contact?: Contact; signals?: CardSignals };

const hasData = (v: CardView) => v.money.moments.some((m) => m.amount !== undefined) || v.indicatorCount > 0;

/**
 * One budget program at a glance: what it is for, how much it was given, how much has been
 * spent and whether it is reaching its main goal. Drawn in plain HTML (no chart library).
 *
 * @tagname tp-program-card
 * @summary One budget program at a glance.
 *
 * @attr program - Program key: `20-S176`, or a unique short key (`S176`, `S 176`, `s176`). Required.
 * @attr src - Feed URL, when not inside `<tp-feed>` (its own `src` wins).
 * @attr lang - `es` (default), `en` or a registered pack; else the closest `[lang]`, then the document.
 * @attr theme - `auto` (default), `light` or `dark`.
 * @attr href-template - Link to the program's page, e.g. `/programas/{key}` (`{key}`, `{cycle}`).
 * @attr signals-href - Link to the program's points to review, e.g. `/puntos.html?program={key}` (`{key}`, `{cycle}`; only https:, http:, mailto: and relative URLs). Without it the count opens an in-page list of the points.
 * @attr request-url - Public-information request system shown beside "Preguntar" (default: Plataforma Nacional de Transparencia); an unsafe URL shows no link.
 * @attr state - Reflected, read-only: `loading`, `ready`, `empty`, `error` or `stale`.
 *
 * @fires tp-load - The card shows its program. Detail: `{ program, src }`.
 * @fires tp-error - The card shows an error. Detail: `{ message, code }` (`no-program`, `unknown-program`, `ambiguous-program`, `no-source` or a feed code).
 *
 * @csspart base - The card box.
 * @csspart title - The program name.
 * @csspart summary - The plain-language summary.
 * @csspart cycle - The compact budget-cycle strip (seven phases with their status in words).
 * @csspart value - Each amount.
 * @csspart chart - The execution bar.
 * @csspart table - The data table (inside "Ver tabla de datos").
 * @csspart source - The source line.
 * @csspart status - Loading, empty, error and stale messages.
 * @csspart badges - The SDG, gender and population badges.
 * @csspart link - The link built from `href-template`.
 * @csspart signals - The count of points to review ("2 puntos a revisar"): a link (`signals-href`) or a disclosure listing them. Absent when the program has none or the count cannot be known.
 * @csspart ask - "Preguntar" (mailto: or the contact page of the program or its unit) and the request-system link.
 * @csspart notes - The data notes disclosure.
 * @csspart actions - Downloads and embed code.
 * @csspart term - Each glossary term button.
 *
 * @cssprop --tp-card-bar-fill - Fill of the execution bar (default: --tp-color-accent).
 * @cssprop --tp-card-bar-track - Track of the execution bar (default: --tp-color-surface).
 */
export class TpProgramCard extends TpElement {
  static override styles = [...platformStyles, cycleStripStyles, askOfficeStyles, cardStyles];

  /** `full` (default) or `compact` (for lists: heading, summary, money and bar, indicator light, table). */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** Level of the card's heading (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The public-information request system shown beside "Preguntar" (default: Plataforma Nacional de Transparencia). */
  @property({ attribute: 'request-url' }) requestUrl: string | null = null;

  /**
   * Link to the program's points to review, a template with `{key}` and `{cycle}` (e.g.
   * `puntos.html?program={key}`). Only safe URLs become links; without one (or with an unsafe one)
   * the count opens an in-page list of the points to review.
   */
  @property({ attribute: 'signals-href' }) signalsHref: string | null = null;

  @state() private objectiveOpen = false;

  private readonly data = new FeedConsumer<CardWithCycle>(this, {
    program: 'required',
    select: ({ feed, program }) => {
      const v = cardView(feed, program!);
      const contact = programContact(program);
      const signals = cardSignals(feed, program!);
      return hasData(v)
        ? {
            ...v,
            budgetCycle: cycleView(feed, program!, { today: this.today || todayIso() }),
            ...(contact ? { contact } : {}),
            ...(signals ? { signals } : {}),
          }
        : null;
    },
  });

  /** The view on screen (ready or stale). */
  get view(): CardView | undefined {
    return this.data.data?.view;
  }

  override render() {
    return this.data.render((d) => this.card(d), { overdue: this.variant === 'compact' ? 'none' : 'top' });
  }

  private signalsLink(v: Pick<CardView, 'key' | 'cycle'>): string | undefined {
    return fillHrefTemplate(this.signalsHref, { key: v.key, cycle: v.cycle });
  }

  /**
   * "2 puntos a revisar", with a flag icon beside the words (never colour alone): a link to the
   * signals page, or a disclosure listing the points. Nothing when there are none (a rule never fires
   * on absent data, so zero is no verdict) or when the count cannot be known.
   */
  private signalsView(v: CardWithCycle) {
    const s = v.signals;
    if (!s || s.count === 0) return nothing;
    const lang = this.l10n.lang;
    const text = signalCountText(s.count, lang);
    const icon = html`<svg class="flag" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><path d="M3 1v14M3 2h9l-2 3 2 3H3" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/></svg>`;
    const href = this.signalsLink(v);
    if (href)
      return html`<p class="signals" part="signals" data-count=${s.count}>
        ${icon}<a href=${href}>${text}<span class="visually-hidden">: ${v.name}</span></a>
      </p>`;
    const more = s.count - s.signals.length;
    return html`<details class="signals tp-disclosure" part="signals" data-count=${s.count}>
      <summary>${icon}${text}</summary>
      <p class="muted">${signalsDisclaimer(lang)}</p>
      ${s.signals.length ? html`<ul>${s.signals.map((x) => html`<li data-rule=${x.rule}>${signalSentence(x, lang, v.currency)}</li>`)}</ul>` : nothing}
      ${more > 0 ? html`<p class="muted">${cardMsg(lang, 'signalsMore', more)}</p>` : nothing}
    </details>`;
  }

  /** "Preguntar" and the request-system link, when the program or its unit has a contact. */
  private ask(v: CardWithCycle, lang: string) {
    if (!v.contact) return nothing;
    const approved = v.money.approved;
    const topic =
      approved !== undefined ? `${momentName('approved', lang)}: ${formatMoney(approved, lang, { currency: v.currency })}` : undefined;
    const links = askLinks({
      contact: v.contact,
      program: { key: v.key, name: v.name },
      topic,
      asOf: v.asOf ?? null,
      requestUrl: this.requestUrl,
      lang,
    });
    return askOffice(links, lang, v.name);
  }

  private level(offset = 0): string {
    const n = Number.isInteger(this.headingLevel) ? this.headingLevel : 2;
    return String(Math.min(6, Math.max(2, n) + offset));
  }

  private card(d: FeedData<CardWithCycle>): TemplateResult {
    const v = d.view;
    const lang = this.l10n.lang;
    const compact = this.variant === 'compact';
    const href = fillHrefTemplate(this.hrefTemplate, { key: v.key, cycle: v.cycle });
    return html`
      <div class="head">
        <span class="key">${v.key}</span>
        <div class="title" part="title" role="heading" aria-level=${this.level()}>${v.name}</div>
        ${compact ? nothing : this.meta(v)}
      </div>
      ${compact ? renderOverdueNotice(overdueNotice(d.feed, this.today || todayIso()), lang) : nothing}
      <p class="summary" part="summary">${cardSummary(v, lang)}</p>
      ${this.signalsView(v)}
      ${compact ? nothing : this.objective(v)}
      <div class="cols">
        ${this.money(v)} ${this.indicator(v, compact)}
      </div>
      ${compact ? nothing : this.badges(v)}
      ${
        compact
          ? nothing
          : html`<section class="cycle" part="cycle">${renderCycleStrip(v.budgetCycle, lang, { compact: true, currency: v.currency })}</section>`
      }
      ${dataNotes(d.problems, lang)}
      ${dataTable(() => cardTable(v, lang), lang)}
      ${href ? html`<a class="program-link" part="link" href=${href}>${cardMsg(lang, 'details')}<span class="visually-hidden">: ${v.name}</span></a>` : nothing}
      ${compact ? nothing : this.ask(v, lang)}
      ${
        compact
          ? nothing
          : html`${sourceLine(d.feed, lang, v.links)}
          ${actionsView(
            {
              host: this,
              table: cardTable(v, lang),
              name: v.key,
              meta: {
                program: v.key,
                name: v.name,
                cycle: v.cycle,
                currency: v.currency,
                asOf: v.asOf ?? null,
                publisher: d.feed.publisher?.name,
                sources: d.feed.sources,
              },
              ...(this.src ? {} : { src: d.loaded.url }),
            },
            lang,
          )}`
      }
    `;
  }

  private meta(v: CardView) {
    const lang = this.l10n.lang;
    const idName = (x: { id: string; name: string }) => (x.name && x.id && x.name !== x.id ? `${x.id} ${x.name}` : x.name || x.id);
    const parts: TemplateResult[] = [];
    if (v.ramo) parts.push(html`<span>${glossaryTerm('ramo', lang)} ${idName(v.ramo)}</span>`);
    if (v.unit) parts.push(html`<span><span class="sep" aria-hidden="true">›</span>${glossaryTerm('unit', lang)} ${idName(v.unit)}</span>`);
    if (v.modality)
      parts.push(html`<span><span class="sep" aria-hidden="true">·</span>${glossaryTerm('modality', lang)} ${idName(v.modality)}</span>`);
    return parts.length ? html`<p class="meta">${parts}</p>` : nothing;
  }

  private objective(v: CardView) {
    if (!v.objective) return nothing;
    const lang = this.l10n.lang;
    const clamp = v.objectiveIsLong && !this.objectiveOpen;
    return html`<section class="objective">
      <div class="subhead" role="heading" aria-level=${this.level(1)}>${cardMsg(lang, 'objective')}</div>
      <p id="objective" class=${clamp ? 'clamped' : ''}>${v.objective}</p>
      ${
        v.objectiveIsLong
          ? html`<button type="button" class="link-button" aria-expanded=${this.objectiveOpen ? 'true' : 'false'} aria-controls="objective"
            @click=${() => (this.objectiveOpen = !this.objectiveOpen)}>${cardMsg(lang, this.objectiveOpen ? 'readLess' : 'readMore')}</button>`
          : nothing
      }
    </section>`;
  }

  private money(v: CardView) {
    const lang = this.l10n.lang;
    const m = v.money;
    const mo = { currency: v.currency };
    const notReported = this.l10n.t('notReported');
    const e = m.execution;
    const shown = e ? truncateRatio(e.rate) : undefined;
    const fill = shown === undefined ? 0 : Math.max(0, Math.min(100, shown * 100));
    const rateText = shown === undefined ? '' : formatPercent(shown, lang);
    const ofText = e ? cardMsg(lang, 'executionOf', momentName(e.moment, lang).toLowerCase(), momentName(e.base, lang).toLowerCase()) : '';
    return html`<div class="money-box" role="group" aria-label=${cardMsg(lang, 'money')}>
      <dl class="money">
        <div>
          <dt>${glossaryTerm('approved', lang)}</dt>
          <dd part="value" data-moment="approved">${m.approved !== undefined ? formatMoney(m.approved, lang, mo) : notReported}</dd>
        </div>
        <div>
          <dt>${glossaryTerm('modified', lang)}</dt>
          <dd part="value" data-moment="modified">
            ${m.modified !== undefined ? formatMoney(m.modified, lang, mo) : notReported}
            ${changeLabel(v, lang) ? html`<span class="change">${changeLabel(v, lang)}</span>` : nothing}
          </dd>
        </div>
      </dl>
      <div class="execution">
        ${
          e
            ? html`<div class="label">
                <span>${glossaryTerm('execution-rate', lang)}</span>
                <span><span class="rate" part="value" data-rate>${rateText}</span> ${ofText}</span>
              </div>
              <div class="bar" part="chart" role="meter" aria-label=${cardMsg(lang, 'execution')} aria-valuemin="0" aria-valuemax="100"
                aria-valuenow=${String(Math.round(fill * 10) / 10)} aria-valuetext=${`${rateText} ${ofText}`}>
                <span class="fill" ${styleProps({ '--_fill': `${fill}%` })}></span>
              </div>
              <p class="muted">${glossaryTerm(e.moment, lang)}: ${formatMoney(e.amount, lang, mo)}</p>`
            : html`<p class="muted">${cardMsg(lang, 'noExecution')}</p>`
        }
      </div>
    </div>`;
  }

  private indicator(v: CardView, compact: boolean) {
    const lang = this.l10n.lang;
    const i = v.indicator;
    if (!i) return compact ? nothing : html`<section class="indicator"><p class="muted">${cardMsg(lang, 'noIndicator')}</p></section>`;
    // "Porcentaje" / "%" read as a percent sign; other units are the source's words.
    const unit = !i.unit ? '' : /^(porcentaje|percent(age)?|%)$/i.test(i.unit.trim()) ? '%' : ` ${i.unit}`;
    return html`<section class="indicator">
      <div class="subhead" role="heading" aria-level=${this.level(1)}>${cardMsg(lang, 'indicator')} (${glossaryTerm(i.level, lang)})</div>
      ${compact ? nothing : html`<p class="ind-name">${i.name}</p>`}
      ${
        i.light
          ? html`<p class="light" data-light=${i.light}><span class="dot" aria-hidden="true"></span>${glossaryTerm('traffic-light', lang, lightLabel(i.light, lang, cardMsg(lang, `light.${i.light}`)))}</p>`
          : html`<p class="light muted">${cardMsg(lang, 'noResult')}</p>`
      }
      ${
        compact
          ? nothing
          : html`<dl class="ind-values">
            ${i.result ? html`<div><dt>${cardMsg(lang, 'achieved')}:</dt><dd part="value">${formatNumber(i.result.value, lang)}${unit}</dd></div>` : nothing}
            ${i.target !== undefined ? html`<div><dt>${glossaryTerm('target', lang)}:</dt><dd part="value">${formatNumber(i.target, lang)}${unit}</dd></div>` : nothing}
            ${i.percent !== undefined ? html`<div><dt>${glossaryTerm('progress', lang)}:</dt><dd part="value">${cardMsg(lang, 'ofTarget', formatPercent(i.percent / 100, lang, 0))}</dd></div>` : nothing}
          </dl>`
      }
    </section>`;
  }

  private badges(v: CardView) {
    const lang = this.l10n.lang;
    const items: TemplateResult[] = [];
    for (const g of v.sdg) {
      const c = sdgColors(g.goal);
      items.push(html`<li class="badge sdg" data-goal=${g.goal} data-contribution=${g.contribution}
        ${styleProps({ '--_sdg-bg': c?.background ?? '', '--_sdg-fg': c?.text ?? '' })}>
        <span class="num">${sdgLabel(g.goal, lang)}</span><span>${sdgName(g.goal, lang)}</span><span class="kind">(${cardMsg(lang, g.contribution)})</span>
      </li>`);
    }
    if (v.gender) {
      const amount =
        v.gender.amount !== undefined
          ? `${formatMoney(v.gender.amount, lang, { currency: v.currency })} (${momentName(v.gender.moment!, lang).toLowerCase()})`
          : this.l10n.t('notReported');
      items.push(html`<li class="badge gender" data-badge="gender">
        ${glossaryTerm('gender-annex', lang, cardMsg(lang, 'gender'))}: ${amount}${v.gender.categories.length ? html` · ${v.gender.categories.join('; ')}` : nothing}
      </li>`);
    }
    const served = servedLabel(v, lang);
    if (served)
      items.push(
        html`<li class="badge served" data-badge="served">${glossaryTerm('served-population', lang, cardMsg(lang, 'served'))}: ${served}</li>`,
      );
    if (!items.length) return nothing;
    return html`<section>
      ${v.sdg.length ? html`<div class="subhead" role="heading" aria-level=${this.level(1)}>${glossaryTerm('sdg', lang, cardMsg(lang, 'sdg'))}</div>` : nothing}
      <ul class="badges" part="badges">${items}</ul>
    </section>`;
  }
}

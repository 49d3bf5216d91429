// Public API: classes, types and the feed API. Defines no element.
export * from './feed/types.js';
export * from './feed/index.js';
// Merging adapter results into one feed, and program-key normalisation (issue 4).
export { mergeResults, orderMoments } from './feed/merge.js';
export type { MergeMeta } from './feed/merge.js';
export { parseProgramKey, formatProgramKey, normalizeProgramKey, shortProgramKey } from './feed/adapters/keys.js';
export type { ProgramKeyParts } from './feed/adapters/keys.js';
export { TpFeed } from './components/feed/feed.js';
export type { TpLoadDetail, TpErrorDetail } from './components/feed/feed.js';
export { defineOnce } from './shared/define-once.js';
// Shared platform (issue 5): base element, feed consumer, languages, formatting, views.
export { TpElement } from './shared/tp-element.js';
export type { TpState, TpTheme } from './shared/tp-element.js';
export { FeedConsumer, TpFailure } from './shared/feed-consumer.js';
export type { FeedInput, FeedData, FeedConsumerOptions } from './shared/feed-consumer.js';
export type { TpSelectDetail } from './shared/events.js';
export { safeUrl, fillHrefTemplate } from './shared/safe-url.js';
export { toCsv, toJsonRows } from './shared/table-model.js';
export type { TableModel, TableColumn, CellValue } from './shared/table-model.js';
export { platformStyles } from './shared/styles.js';
export {
  LocalizeController,
  registerLocalePack,
  unregisterLocalePack,
  translate,
  resolveLang,
  availableLangs,
  defineMessages,
  glossaryEntry,
} from './i18n/localize.js';
export type { Lang, LocalePack, Translation, CoreStrings, GlossaryEntry, NumberWords, Message } from './i18n/types.js';
export { formatMoney, formatMoneyExact, formatPercent, formatNumber, formatDate, formatAsOf } from './i18n/format.js';
export { GLOSSARY_ES, GLOSSARY_EN, GLOSSARY_IDS } from './i18n/glossary.js';
export { sdgName, sdgLabel, sdgColors, SDG_COLORS } from './i18n/sdg.js';
export { fernandezHuerta } from './i18n/readability.js';
export { TpProgramCard } from './components/program-card/program-card.js';
// Budget cycle (issue 12): element, strip and overdue notice for other widgets, pure view and words.
export { BudgetCycle } from './components/budget-cycle/budget-cycle.js';
export { renderCycleStrip, cycleStripStyles } from './components/budget-cycle/cycle-strip.js';
export type { CycleStripOptions } from './components/budget-cycle/cycle-strip.js';
export { renderOverdueNotice, overdueNoticeStyles, todayIso } from './shared/views/overdue-notice.js';
export { overdueNotice, promisedUpdate } from './feed/overdue.js';
export type { OverdueNotice } from './feed/overdue.js';
export { cycleView, cycleSelectDetail, CYCLE_PHASES } from './feed/views/cycle-view.js';
export type { CycleView, CyclePhase, PhaseStatus, PhaseView, ChainFacts } from './feed/views/cycle-view.js';
export { chainSentence, evidenceLine, phaseLabel, phaseName, statusWord, overdueSentence } from './i18n/summaries/cycle.js';
// Gender perspective, cross-cutting annexes and SDG alignment (issue 8).
export { GenderBreakdown } from './components/gender-breakdown/gender-breakdown.js';
export { SdgAlignment } from './components/gender-breakdown/sdg-alignment.js';
export { programAnnexView, feedAnnexView, annexesInFeed } from './feed/views/cross-cutting-view.js';
export type { ProgramAnnexView, FeedAnnexView, CrossCuttingView } from './feed/views/cross-cutting-view.js';
export { programSdgView, feedSdgView } from './feed/views/sdg-view.js';
export type { ProgramSdgView, FeedSdgView, SdgView } from './feed/views/sdg-view.js';
export { ANNEX_NAMES, annexTitle, annexShortName } from './i18n/summaries/cross-cutting.js';
// Spending flow (issue 6): element, pure view, sentences and chart specs.
export { SpendingFlow } from './components/spending-flow/spending-flow.js';
export { programFlowView, feedFlowView, nowSplit, largestRemainder, cumulativeSeries, topN } from './feed/views/flow-view.js';
export type { FlowView, FlowStep, FlowChange, NowSplit, NowPart, FlowAnomaly, BreakdownGroup, PeriodSeries } from './feed/views/flow-view.js';
export { flowSummary, nowSentence, changeSentence, anomalySentence } from './i18n/summaries/flow.js';
export { flowPeriodsSpec } from './charts/flow-periods-spec.js';
export { flowBreakdownSpec } from './charts/flow-breakdown-spec.js';
// MIR indicator gauge (issue 7): element, pure view, words and history chart spec.
export { IndicatorGauge } from './components/indicator-gauge/indicator-gauge.js';
export type { GaugeView } from './components/indicator-gauge/indicator-gauge.js';
export {
  indicatorView,
  programIndicatorsView,
  findIndicator,
  parseThresholds,
  thresholdRule,
  lightFor,
  DEFAULT_THRESHOLDS,
} from './feed/views/indicator-view.js';
export type { IndicatorView, ProgramIndicatorsView, ThresholdRule, Light, IndicatorStatus } from './feed/views/indicator-view.js';
export { gaugeValueText, indicatorSentence, programIndicatorsSummary, thresholdsSentence } from './i18n/summaries/indicator.js';
export { indicatorHistorySpec } from './charts/indicator-history-spec.js';
// Program explorer (issue 9): element and pure search/filter view.
export { ProgramExplorer } from './components/program-explorer/program-explorer.js';
export { buildIndex, queryIndex, queryFromSearch, queryToSearch, fold, DEFAULT_QUERY } from './feed/views/explorer-view.js';
export type { ExplorerQuery, ExplorerRow, ExplorerIndex, ExplorerResult, SortKey, RateBand } from './feed/views/explorer-view.js';

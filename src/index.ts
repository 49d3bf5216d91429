/**
 * Public API of the package entry ("tp-widgets"): the element classes, the feed API and the public
 * types. It registers no element: import "tp-widgets/define/all.js" (or one "define/<name>.js") for
 * that. Everything else in src/ is internal and may change without notice.
 */

// The feed: Feed v1 types, validation, loading, selection (also the "tp-widgets/feed.js" entry).
export * from './feed/index.js';

// Elements, one class per tag.
export { TpFeed } from './components/feed-provider/feed-provider.js';
export { TpProgramCard } from './components/program-card/program-card.js';
export { TpSpendingFlow } from './components/spending-flow/spending-flow.js';
export { TpIndicatorGauge } from './components/indicator-gauge/indicator-gauge.js';
export { TpGenderBreakdown } from './components/gender-breakdown/gender-breakdown.js';
export { TpSdgAlignment } from './components/sdg-alignment/sdg-alignment.js';
export { TpProgramExplorer } from './components/program-explorer/program-explorer.js';
export { TpBudgetCycle } from './components/budget-cycle/budget-cycle.js';
export { TpSignals } from './components/signals/signals.js';

// Signals ("puntos a revisar"): the pure rule engine and its words, for hosts and servers.
export { signals, signalCounts, RULE_LEVEL } from './signals/engine.js';
export { checkSignalConfig, DEFAULT_SIGNAL_CONFIG } from './signals/config.js';
export type { SignalConfig, ConfigNote } from './signals/config.js';
export { ruleName, ruleText, ruleWhy, signalSentence, signalsDisclaimer } from './signals/describe.js';
export { RULE_CODES } from './signals/types.js';
export type { Signal, SignalOf, RuleCode, SignalLevel, FiguresByRule } from './signals/types.js';

// The base class every widget extends, for hosts that build their own tp-* widget on the platform.
export { TpElement } from './platform/tp-element.js';
export type { TpState, TpTheme } from './platform/tp-element.js';
export type { TpLoadDetail, TpErrorDetail, TpSelectDetail, TpFeedbackDetail } from './platform/events.js';

// Languages: run-time locale packs (a pack can also be loaded by URL with the `locale-pack` attribute).
export { registerLocalePack, unregisterLocalePack, availableLangs } from './i18n/registry.js';
export type { Lang, LocalePack, Message, GlossaryEntry, NumberWords, CoreStrings } from './i18n/types.js';

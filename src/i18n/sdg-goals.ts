/**
 * The 17 Sustainable Development Goals: official UN colours and short names in Spanish
 * (ONU México) and English. Pure. A pack may translate names as `strings: { 'sdg.5': '…' }`.
 */
import { defineMessages } from './registry.js';
import type { Lang } from './types.js';

/** Official SDG colours (UN communications guidelines), by goal number 1..17. */
export const SDG_COLORS: Readonly<Record<number, string>> = {
  1: '#E5243B',
  2: '#DDA63A',
  3: '#4C9F38',
  4: '#C5192D',
  5: '#FF3A21',
  6: '#26BDE2',
  7: '#FCC30B',
  8: '#A21942',
  9: '#FD6925',
  10: '#DD1367',
  11: '#FD9D24',
  12: '#BF8B2E',
  13: '#3F7E44',
  14: '#0A97D9',
  15: '#56C02B',
  16: '#00689D',
  17: '#19486A',
};

/** Short names (ONU México / UN), keyed by goal number, plus the goal label and contribution words. */
const msg = defineMessages('sdg', {
  es: {
    '1': 'Fin de la pobreza',
    '2': 'Hambre cero',
    '3': 'Salud y bienestar',
    '4': 'Educación de calidad',
    '5': 'Igualdad de género',
    '6': 'Agua limpia y saneamiento',
    '7': 'Energía asequible y no contaminante',
    '8': 'Trabajo decente y crecimiento económico',
    '9': 'Industria, innovación e infraestructura',
    '10': 'Reducción de las desigualdades',
    '11': 'Ciudades y comunidades sostenibles',
    '12': 'Producción y consumo responsables',
    '13': 'Acción por el clima',
    '14': 'Vida submarina',
    '15': 'Vida de ecosistemas terrestres',
    '16': 'Paz, justicia e instituciones sólidas',
    '17': 'Alianzas para lograr los objetivos',
    /** {0}: goal number */
    goal: 'ODS {0}',
    direct: 'contribución directa',
    indirect: 'contribución indirecta',
  },
  en: {
    '1': 'No poverty',
    '2': 'Zero hunger',
    '3': 'Good health and well-being',
    '4': 'Quality education',
    '5': 'Gender equality',
    '6': 'Clean water and sanitation',
    '7': 'Affordable and clean energy',
    '8': 'Decent work and economic growth',
    '9': 'Industry, innovation and infrastructure',
    '10': 'Reduced inequalities',
    '11': 'Sustainable cities and communities',
    '12': 'Responsible consumption and production',
    '13': 'Climate action',
    '14': 'Life below water',
    '15': 'Life on land',
    '16': 'Peace, justice and strong institutions',
    '17': 'Partnerships for the goals',
    goal: 'SDG {0}',
    direct: 'direct contribution',
    indirect: 'indirect contribution',
  },
});

/** The message key of a goal's name ('1'..'17'). */
type GoalKey = Exclude<Parameters<typeof msg>[1], 'goal' | 'direct' | 'indirect'>;

export function isSdgGoal(goal: unknown): goal is number {
  return typeof goal === 'number' && Number.isInteger(goal) && goal >= 1 && goal <= 17;
}

/** Short name of a goal ("Igualdad de género"); "" for a number outside 1..17. */
export function sdgName(goal: number, lang: Lang | null | undefined): string {
  return isSdgGoal(goal) ? msg(lang, String(goal) as GoalKey) : '';
}

/** "ODS 5" / "SDG 5". */
export function sdgLabel(goal: number, lang: Lang | null | undefined): string {
  return msg(lang, 'goal', goal);
}

/** "contribución directa" / "indirect contribution". */
export function sdgContribution(kind: 'direct' | 'indirect', lang: Lang | null | undefined): string {
  return msg(lang, kind);
}

function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const ch = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** Official colour and the text colour (black or white, whichever contrasts more). */
export function sdgColors(goal: number): { background: string; text: string } | undefined {
  const background = SDG_COLORS[goal];
  if (!background) return undefined;
  const text = contrastRatio(background, '#FFFFFF') >= contrastRatio(background, '#000000') ? '#FFFFFF' : '#000000';
  return { background, text };
}

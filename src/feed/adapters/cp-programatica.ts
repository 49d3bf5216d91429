/**
 * `cp-programatica`: Cuenta Pública "gasto por categoría programática" flattened to CSV
 * (`CICLO, ENTE, RAMO, SUBRAMO, PROGRAMA, PRESUPUESTO, GC_*, GI_*, TOTAL, PORCENTAJE_*`). Pure.
 *
 * One row per program × line type: a title row (PRESUPUESTO = program name) then one row per moment
 * (Aprobado, Modificado, Devengado, Ejercicio = exercised; Comprometido/Pagado when present).
 * The row's TOTAL is the moment amount; the economic-type columns (GC_* corriente, GI_* inversión,
 * without the *_SUMA subtotals) become the breakdown `by: 'economic'`.
 *
 * The table names ramos but gives no number, so the ramo number comes from the federal catalogue
 * below (by name, accent-insensitive). Legislativo and Judicial are one ramo each (01, 03) whose
 * RAMO column names the chamber or council: that becomes a `unit` breakdown.
 * Every TOTAL row (ente, ramo group, ramo or unit) is checked against the sum of its programs; a
 * difference is flagged, never fixed.
 */
import type { BreakdownRow, Moment } from '../types.js';
import type { Adapter, AdapterInput, AdapterResult, PartialProgram } from './types.js';
import {
  ProblemLog,
  addCents,
  adapterProblem,
  centsToAmounts,
  centsToPesos,
  foldHeader,
  modalityOf,
  normalizeRamo,
  parseAmount,
  parseProgramCode,
  shown,
  type CentSums,
} from './amounts.js';
import { orderMoments } from './shcp-lines.js';

const fold = (s: string) =>
  String(s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * Federal ramos by name (current and recent names) → ramo number. Sources: the PEF ramo catalogue
 * (administrative classification); older names kept so other years' tables map too.
 */
const RAMO_NAMES: [string, string][] = [
  ['01', 'Poder Legislativo'],
  ['02', 'Oficina de la Presidencia de la República'],
  ['02', 'Presidencia de la República'],
  ['03', 'Poder Judicial'],
  ['04', 'Gobernación'],
  ['05', 'Relaciones Exteriores'],
  ['06', 'Hacienda y Crédito Público'],
  ['07', 'Defensa Nacional'],
  ['08', 'Agricultura y Desarrollo Rural'],
  ['08', 'Agricultura, Ganadería, Desarrollo Rural, Pesca y Alimentación'],
  ['09', 'Infraestructura, Comunicaciones y Transportes'],
  ['09', 'Comunicaciones y Transportes'],
  ['10', 'Economía'],
  ['11', 'Educación Pública'],
  ['12', 'Salud'],
  ['13', 'Marina'],
  ['14', 'Trabajo y Previsión Social'],
  ['15', 'Desarrollo Agrario, Territorial y Urbano'],
  ['15', 'Reforma Agraria'],
  ['16', 'Medio Ambiente y Recursos Naturales'],
  ['17', 'Procuraduría General de la República'],
  ['18', 'Energía'],
  ['19', 'Aportaciones a Seguridad Social'],
  ['20', 'Bienestar'],
  ['20', 'Desarrollo Social'],
  ['21', 'Turismo'],
  ['22', 'Instituto Nacional Electoral'],
  ['22', 'Instituto Federal Electoral'],
  ['23', 'Provisiones Salariales y Económicas'],
  ['24', 'Deuda Pública'],
  ['25', 'Previsiones y Aportaciones para los Sistemas de Educación Básica, Normal, Tecnológica y de Adultos'],
  ['27', 'Función Pública'],
  ['28', 'Participaciones a Entidades Federativas y Municipios'],
  ['29', 'Erogaciones para las Operaciones y Programas de Saneamiento Financiero'],
  ['30', 'Adeudos de Ejercicios Fiscales Anteriores'],
  ['31', 'Tribunales Agrarios'],
  ['32', 'Tribunal Federal de Justicia Administrativa'],
  ['32', 'Tribunal Federal de Justicia Fiscal y Administrativa'],
  ['33', 'Aportaciones Federales para Entidades Federativas y Municipios'],
  ['34', 'Erogaciones para los Programas de Apoyo a Ahorradores y Deudores de la Banca'],
  ['35', 'Comisión Nacional de los Derechos Humanos'],
  ['36', 'Seguridad y Protección Ciudadana'],
  ['36', 'Seguridad Pública'],
  ['37', 'Consejería Jurídica del Ejecutivo Federal'],
  ['38', 'Consejo Nacional de Ciencia y Tecnología'],
  ['38', 'Consejo Nacional de Humanidades, Ciencias y Tecnologías'],
  ['40', 'Información Nacional Estadística y Geográfica'],
  ['40', 'Instituto Nacional de Estadística y Geografía'],
  ['41', 'Comisión Federal de Competencia Económica'],
  ['42', 'Instituto Nacional para la Evaluación de la Educación'],
  ['43', 'Instituto Federal de Telecomunicaciones'],
  ['44', 'Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales'],
  ['45', 'Comisión Reguladora de Energía'],
  ['46', 'Comisión Nacional de Hidrocarburos'],
  ['47', 'Entidades no Sectorizadas'],
  ['48', 'Cultura'],
  ['49', 'Fiscalía General de la República'],
  ['50', 'Instituto Mexicano del Seguro Social'],
  ['51', 'Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado'],
  ['52', 'Petróleos Mexicanos'],
  ['53', 'Comisión Federal de Electricidad'],
];
const RAMO_BY_NAME = new Map(RAMO_NAMES.map(([id, name]) => [fold(name), id]));

/** The federal ramo number for a ramo name ("Bienestar" → "20"), if known. */
export function ramoIdByName(name: string): string | undefined {
  return RAMO_BY_NAME.get(fold(name));
}

/** Line types (PRESUPUESTO) that carry a moment. */
const MOMENT_ROWS: Record<string, Moment> = {
  aprobado: 'approved',
  modificado: 'modified',
  comprometido: 'committed',
  devengado: 'accrued',
  ejercicio: 'exercised',
  ejercido: 'exercised',
  pagado: 'paid',
};

const REQUIRED = ['ENTE', 'RAMO', 'PROGRAMA', 'PRESUPUESTO', 'TOTAL'];

function detect(header: string[]): boolean {
  const f = new Set(header.map(foldHeader));
  return REQUIRED.every((h) => f.has(h));
}

/** Spanish label for an economic-type column ("GC_GASTO_DE_OPERACIÓN" → "Gasto corriente: gasto de operación"). */
export function economicLabel(h: string): string {
  const m = /^(GC|GI)_(.*)$/.exec(h.trim());
  if (!m) return h;
  const words = m[2]!.replace(/_/g, ' ').toLowerCase();
  const what = words.charAt(0).toUpperCase() + words.slice(1);
  if (/^pensiones/i.test(m[2]!)) return what; // its own group in the SHCP table
  return `${m[1] === 'GC' ? 'Gasto corriente' : 'Gasto de inversión'}: ${words}`;
}

interface Acc {
  key: string;
  ramo?: string;
  ramoName: string;
  code: string;
  name?: string;
  sums: CentSums;
  economic: Map<string, CentSums>;
  units: Map<string, { name: string; sums: CentSums }>;
}

interface TotalBlock {
  label: string;
  line: number;
  totals: CentSums;
  sums: CentSums;
}

function adapt({ header, rows, file, options = {} }: AdapterInput): AdapterResult {
  const log = new ProblemLog();
  const idx = (name: string) => header.findIndex((h) => foldHeader(h) === name);
  const cEnte = idx('ENTE');
  const cRamo = idx('RAMO');
  const cSub = idx('SUBRAMO');
  const cProg = idx('PROGRAMA');
  const cLine = idx('PRESUPUESTO');
  const cTotal = idx('TOTAL');
  const cCycle = idx('CICLO');
  const economic = header
    .map((h, i) => ({ h: h.trim(), i }))
    .filter(({ h }) => /^(GC|GI)_/.test(h) && !/_SUMA$/.test(h));
  const wantRamo = options.ramo !== undefined ? normalizeRamo(String(options.ramo)) : undefined;

  const programs = new Map<string, Acc>();
  const seenMoments = new Set<Moment>();
  // Open TOTAL blocks per level: 0 = ente, 1 = RAMO, 2 = SUBRAMO.
  const open: (TotalBlock | undefined)[] = [];
  const blocks: TotalBlock[] = [];
  const unitBlocks = new Map<string, number>(); // unit name → times its TOTAL block opened
  const pendingTitle = new Map<string, string>();
  const unknownRamos = new Set<string>();
  let cycle: number | undefined;
  let filtered = 0;

  rows.forEach((row, r) => {
    const line = r + 2;
    const ente = (row[cEnte] ?? '').trim();
    const ramoCol = (row[cRamo] ?? '').trim();
    const sub = cSub >= 0 ? (row[cSub] ?? '').trim() : '';
    const prog = (row[cProg] ?? '').trim();
    const kind = (row[cLine] ?? '').trim();
    if (!ente && !prog && !kind) return;
    if (cycle === undefined && cCycle >= 0) {
      const cy = Number((row[cCycle] ?? '').trim());
      if (Number.isInteger(cy) && cy > 1900) cycle = cy;
    }
    const moment = MOMENT_ROWS[fold(kind)];
    const isTotal = prog.toUpperCase() === 'TOTAL';
    if (!moment) {
      // Title row (program name) or a percentage row.
      if (!isTotal && !/^porcentaje/i.test(kind) && kind) pendingTitle.set(`${ente}|${ramoCol}|${sub}|${prog}`, kind);
      return;
    }
    const amount = parseAmount(row[cTotal]);
    if (amount.kind !== 'value') {
      log.add(
        amount.kind === 'invalid'
          ? adapterProblem('invalid-amount', 'error', { file, line, column: header[cTotal], found: shown(row[cTotal]) }, 'importe ilegible; no se suma', 'unreadable amount; not added')
          : adapterProblem('not-reported', 'note', { file, line, column: header[cTotal], found: shown(row[cTotal]) }, 'importe no reportado', 'amount not reported'),
      );
      return;
    }
    const level = ramoCol === '' ? 0 : sub === '' && ente === 'Poder Ejecutivo' ? 1 : ente === 'Poder Ejecutivo' ? 2 : 1;
    if (isTotal) {
      // A TOTAL block opens at its first moment row; later moment rows of the same block fill it.
      let b = open[level];
      const label = [ente, ramoCol, sub].filter(Boolean).join(' / ');
      if (!b || b.label !== label || b.totals.has(moment)) {
        b = { label, line, totals: new Map(), sums: new Map() };
        blocks.push(b);
        open[level] = b;
        open.length = level + 1;
        if (level === 1 && ente !== 'Poder Ejecutivo') {
          const n = (unitBlocks.get(ramoCol) ?? 0) + 1;
          unitBlocks.set(ramoCol, n);
          if (n > 1)
            log.add(
              adapterProblem('repeated-block', 'warning', { file, line, column: header[cRamo], found: shown(ramoCol) }, `"${ramoCol}" abre un segundo bloque de totales; se suma aparte como "${ramoCol} (${n})"`, `"${ramoCol}" opens a second block of totals; it is kept apart as "${ramoCol} (${n})"`),
            );
        }
      }
      addCents(b.totals, moment, amount.cents);
      return;
    }

    const code = parseProgramCode(prog);
    if (!code) {
      log.add(adapterProblem('invalid-record', 'error', { file, line, column: header[cProg], found: shown(prog) }, 'clave de programa ilegible; la fila no se suma', 'unreadable program key; row not added'));
      return;
    }
    // Ramo: the power for Legislativo/Judicial, else the ramo named in RAMO (autonomous bodies) or SUBRAMO (executive).
    const ramoName = ente === 'Poder Legislativo' || ente === 'Poder Judicial' ? ente : ente === 'Poder Ejecutivo' ? sub : ramoCol;
    const ramo = ramoIdByName(ramoName);
    if (!ramo && !unknownRamos.has(ramoName)) {
      unknownRamos.add(ramoName);
      log.add(
        adapterProblem('unknown-ramo', 'warning', { file, line, found: shown(ramoName) }, 'ramo sin número conocido; sus programas van sin ramo en la clave', 'ramo with no known number; its programs are keyed without ramo'),
      );
    }
    if (wantRamo !== undefined && ramo !== wantRamo) {
      filtered++;
      return;
    }
    const short = `${code.modality}${code.number}`;
    const key = ramo ? `${ramo}-${short}` : short;
    let acc = programs.get(key);
    if (!acc) programs.set(key, (acc = { key, ramoName, code: short, sums: new Map(), economic: new Map(), units: new Map() }));
    if (ramo) acc.ramo = ramo;
    const title = pendingTitle.get(`${ente}|${ramoCol}|${sub}|${prog}`);
    if (title && !acc.name) acc.name = title;
    seenMoments.add(moment);
    addCents(acc.sums, moment, amount.cents);
    const rowLabel = [ente, ramoCol, sub].filter(Boolean).join(' / ');
    for (const b of open) if (b && (rowLabel === b.label || rowLabel.startsWith(`${b.label} / `))) addCents(b.sums, moment, amount.cents);
    for (const { h, i } of economic) {
      const v = parseAmount(row[i]);
      if (v.kind !== 'value') {
        if (v.kind === 'invalid')
          log.add(adapterProblem('invalid-amount', 'error', { file, line, column: h, key, found: shown(row[i]) }, 'importe ilegible; no se suma', 'unreadable amount; not added'));
        continue;
      }
      let s = acc.economic.get(h);
      if (!s) acc.economic.set(h, (s = new Map()));
      addCents(s, moment, v.cents);
    }
    if (ramoName !== ramoCol && ramoCol && ente !== 'Poder Ejecutivo') {
      const n = unitBlocks.get(ramoCol) ?? 1;
      const id = n > 1 ? `${ramoCol} (${n})` : ramoCol;
      let u = acc.units.get(id);
      if (!u) acc.units.set(id, (u = { name: id, sums: new Map() }));
      addCents(u.sums, moment, amount.cents);
    }
  });

  const moments = orderMoments(seenMoments);
  if (wantRamo === undefined)
    for (const b of blocks) {
      for (const [m, t] of b.totals) {
        const s = b.sums.get(m) ?? 0;
        if (s !== t)
          log.add(
            adapterProblem('total-mismatch', 'warning', { file, line: b.line, column: header[cTotal], expected: String(centsToPesos(t)), found: String(centsToPesos(s)) }, `el total de "${b.label}" (${m}) no es la suma de sus programas`, `the total of "${b.label}" (${m}) is not the sum of its programs`),
          );
      }
    }

  const out: PartialProgram[] = [...programs.values()].map((a) => {
    const p: PartialProgram = { key: a.key, name: a.name ?? a.code, amounts: centsToAmounts(a.sums, moments) };
    if (a.ramo) p.ramo = { id: a.ramo, name: a.ramoName };
    p.modality = modalityOf(a.code);
    const breakdown: BreakdownRow[] = [];
    for (const { h } of economic) {
      const s = a.economic.get(h);
      if (s) breakdown.push({ by: 'economic', id: h, name: economicLabel(h), amounts: centsToAmounts(s, moments) });
    }
    for (const [id, u] of a.units) breakdown.push({ by: 'unit', id, name: u.name, amounts: centsToAmounts(u.sums, moments) });
    if (a.units.size === 1) p.unit = { id: [...a.units.keys()][0]!, name: [...a.units.values()][0]!.name };
    if (breakdown.length) p.breakdown = breakdown;
    return p;
  });
  out.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const result: AdapterResult = { layout: 'cp-programatica', programs: out, moments, problems: log.done(file), stats: { rows: rows.length, kept: rows.length - filtered } };
  const cy = options.cycle ?? cycle;
  if (cy !== undefined) result.cycle = cy;
  return result;
}

export const cpProgramatica: Adapter = { name: 'cp-programatica', detect, adapt };

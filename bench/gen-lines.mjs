// Generates a synthetic shcp-lines CSV (PEF 2021 header, 33 columns) with a seeded PRNG, so the
// CLI benchmark converts the same file every run. Values look like SHCP's: quoted descriptions with
// commas and accents, integer peso amounts, a few " -   " zeros. Not real data.
//   node bench/gen-lines.mjs OUT.csv [ROWS]
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export const HEADER = [
  'CICLO',
  'ID_RAMO',
  'DESC_RAMO',
  'ID_UR',
  'DESC_UR',
  'GPO_FUNCIONAL',
  'DESC_GPO_FUNCIONAL',
  'ID_FUNCION',
  'DESC_FUNCION',
  'ID_SUBFUNCION',
  'DESC_SUBFUNCION',
  'ID_AI',
  'DESC_AI',
  'ID_MODALIDAD',
  'DESC_MODALIDAD',
  'ID_PP',
  'DESC_PP',
  'ID_CAPITULO',
  'DESC_CAPITULO',
  'ID_CONCEPTO',
  'DESC_CONCEPTO',
  'ID_PARTIDA_GENERICA',
  'DESC_PARTIDA_GENERICA',
  'ID_PARTIDA_ESPECIFICA',
  'DESC_PARTIDA_ESPECIFICA',
  'ID_TIPOGASTO',
  'DESC_TIPOGASTO',
  'ID_FF',
  'DESC_FF',
  'ID_ENTIDAD_FEDERATIVA',
  'ENTIDAD_FEDERATIVA',
  'ID_CLAVE_CARTERA',
  'MONTO_APROBADO',
];

/** Mulberry32: small, fast, seeded. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RAMOS = [
  ['20', 'Bienestar'],
  ['12', 'Salud'],
  ['11', 'Educación Pública'],
  ['47', 'Entidades no Sectorizadas'],
  ['16', 'Medio Ambiente y Recursos Naturales'],
  ['09', 'Infraestructura, Comunicaciones y Transportes'],
];
const MODS = [
  ['S', 'Sujetos a Reglas de Operación'],
  ['U', 'Otros Subsidios'],
  ['E', 'Prestación de Servicios Públicos'],
  ['K', 'Proyectos de Inversión'],
  ['M', 'Apoyo al proceso presupuestario y para mejorar la eficiencia institucional'],
];
const CHAPTERS = [
  ['1000', 'Servicios personales'],
  ['2000', 'Materiales y suministros'],
  ['3000', 'Servicios generales'],
  ['4000', 'Transferencias, asignaciones, subsidios y otras ayudas'],
  ['5000', 'Bienes muebles, inmuebles e intangibles'],
  ['6000', 'Inversión pública'],
];
const ENTITIES = [
  'Aguascalientes',
  'Baja California',
  'Baja California Sur',
  'Campeche',
  'Coahuila',
  'Colima',
  'Chiapas',
  'Chihuahua',
  'Ciudad de México',
  'Durango',
  'Guanajuato',
  'Guerrero',
  'Hidalgo',
  'Jalisco',
  'México',
  'Michoacán',
  'Morelos',
  'Nayarit',
  'Nuevo León',
  'Oaxaca',
  'Puebla',
  'Querétaro',
  'Quintana Roo',
  'San Luis Potosí',
  'Sinaloa',
  'Sonora',
  'Tabasco',
  'Tamaulipas',
  'Tlaxcala',
  'Veracruz',
  'Yucatán',
  'Zacatecas',
];

const q = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** One CSV line for row i. */
export function makeLine(rnd) {
  const [ramo, ramoName] = RAMOS[Math.floor(rnd() * RAMOS.length)];
  const [mod, modName] = MODS[Math.floor(rnd() * MODS.length)];
  // 6 ramos × 5 modalities × 40 numbers = 1,200 programs, about as many as a whole PEF year has.
  const pp = 1 + Math.floor(rnd() * 40);
  const [cap, capName] = CHAPTERS[Math.floor(rnd() * CHAPTERS.length)];
  const concept = String(Number(cap) + 100 * (1 + Math.floor(rnd() * 5)));
  const partida = concept.slice(0, 3);
  const esp = `${partida}0${1 + Math.floor(rnd() * 9)}`;
  const ent = 1 + Math.floor(rnd() * 32);
  // A program is run by one of three units (as in the PEF, a handful per program).
  const u = (pp * 7 + Number(ramo) * 3 + Math.floor(rnd() * 3)) % 260;
  const ur = `${String.fromCharCode(65 + (u % 26))}${Math.floor(u / 26)}0`;
  const amount = rnd() < 0.01 ? ' -   ' : String(Math.floor(rnd() * 50_000_000));
  return [
    '2021',
    ramo,
    q(ramoName),
    ur,
    q(`Unidad ${ur}, oficina de área`),
    '2',
    'Desarrollo Social',
    '6',
    q('Protección Social'),
    '2',
    'Edad Avanzada',
    '9',
    q('Servicios de apoyo administrativo, y más'),
    mod,
    q(modName),
    String(pp),
    q(`Programa ${mod}${pp}, de apoyo`),
    cap,
    q(capName),
    concept,
    q(`Concepto ${concept}`),
    partida,
    q(`Partida genérica ${partida}`),
    esp,
    q(`Partida específica ${esp}, "especial"`),
    '1',
    'Gasto corriente',
    '1',
    'Recursos fiscales',
    String(ent),
    q(ENTITIES[ent - 1]),
    '0',
    amount,
  ].join(',');
}

export async function generate(path, rows, seed = 20210101) {
  const rnd = prng(seed);
  const out = createWriteStream(path);
  let buf = HEADER.map((h) => `"${h}"`).join(',') + '\n';
  for (let i = 0; i < rows; i++) {
    buf += makeLine(rnd) + '\n';
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, rows = '1000000'] = process.argv.slice(2);
  if (!path) {
    console.error('usage: node bench/gen-lines.mjs OUT.csv [ROWS]');
    process.exit(2);
  }
  await generate(path, Number(rows));
}

/** Mexican Spanish (es-MX): the default language and the fallback of every other one. */
import { GLOSSARY_ES } from './glossary.js';
import type { CoreStrings, Translation } from './types.js';

/** "de la SHCP", "del CONEVAL": the article a publisher's acronym takes. */
function publisherOf(name: string): string {
  if (/^(SHCP|SFP|SEP|SSA|ASF)$/.test(name)) return `de la ${name}`;
  if (/^(CONEVAL|INEGI|IMSS|ISSSTE)$/.test(name)) return `del ${name}`;
  return `de ${name}`;
}

export const stringsEs: CoreStrings = {
  notAvailable: 'no disponible',
  notReported: 'no reportado',
  asOf: (date: string) => `datos al ${date}`,
  asOfUnknown: 'fecha de corte no disponible',
  loading: 'Cargando datos…',
  empty: 'No hay datos para mostrar.',
  errorTitle: 'No se pudieron mostrar los datos',
  staleNotice: (date: string) => `No se pudo actualizar. Se muestra la última copia guardada, con datos al ${date}.`,
  showTable: 'Ver tabla de datos',
  hideTable: 'Ocultar tabla de datos',
  sourcePublisher: (name: string) => `Publica: ${name}`,
  sources: 'Fuente',
  sourcesMore: (n: number, publisher: string) =>
    `y ${n === 1 ? 'otra fuente' : `otras ${n} fuentes`}${publisher ? ` ${publisherOf(publisher)}` : ''}`,
  sourcesAll: (n: number) => (n === 1 ? 'Ver la fuente' : `Ver las ${n} fuentes`),
  sourceDataFile: 'archivo de datos',
  license: 'Licencia',
  dataNotes: (n: number) => (n === 1 ? '1 nota sobre los datos' : `${n} notas sobre los datos`),
  dataNotesNone: 'Sin notas sobre los datos',
  downloadCsv: 'Descargar CSV',
  downloadJson: 'Descargar JSON',
  copyEmbed: 'Copiar código para insertar',
  copied: 'Código copiado.',
  copyFailed: 'No se pudo copiar. Seleccione el código y cópielo.',
  embedCodeLabel: 'Código para insertar',
  actions: 'Datos y código',
  whatIsThis: '¿Qué es?',
  close: 'Cerrar',
  unknownProgram: (key: string, closest: string) => `No encontramos el programa «${key}» en estos datos. Claves parecidas: ${closest}.`,
  noPrograms:
    'Estos datos no traen programas presupuestarios: el publicador reporta su presupuesto completo, por capítulo, unidad u otra clasificación, pero no por programa.',
  unknownProgramNoHint: (key: string) => `No encontramos el programa «${key}» en estos datos.`,
  ambiguousProgram: (key: string, candidates: string) =>
    `La clave «${key}» corresponde a varios programas: ${candidates}. Use la clave completa.`,
  noProgram: 'Falta la clave del programa (atributo program).',
  noSource: 'Falta la dirección de los datos (atributo src) o un <tp-feed> alrededor.',
  feedUnavailable: 'No se pudieron cargar los datos.',
  problemUnworded: (code: string) => `Hay un problema con los datos (código «${code}»).`,
  or: 'o',
  and: 'y',
};

export const es: Translation = {
  lang: 'es',
  name: 'español',
  locale: 'es-MX',
  dir: 'ltr',
  words: { million: 'millones', thousandMillion: 'mil millones', trillion: 'billones', scale: 'millions', currency: 'symbol' },
  strings: stringsEs,
  glossary: GLOSSARY_ES,
};

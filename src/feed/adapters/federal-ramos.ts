/**
 * The federal ramo catalogue by name, for tables that name ramos but give no number (Cuenta Pública
 * "gasto por categoría programática"). Pure.
 */
import { foldWords as fold } from './text-fold.js';

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

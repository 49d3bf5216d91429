/**
 * Words of the readers' feedback control (namespace `feedback`), Spanish first and English. Pure: no DOM,
 * no Lit. parts/feedback.ts draws them; platform/feedback.ts decides when the count is announced.
 */
import { defineMessages } from '../i18n/registry.js';

export const feedbackMsg = defineMessages('feedback', {
  es: {
    question: '¿Te sirvió esta información?',
    yes: 'Sí',
    no: 'No',
    /** The optional text after "No". */
    whatNot: '¿Qué no se entendió?',
    /** The optional text after "Sí". */
    anythingElse: '¿Algo más que quieras decirnos?',
    optional: '(opcional)',
    limit: (max: number) => `Puedes escribir hasta ${max} caracteres.`,
    /** The visible count. */
    count: (n: number, max: number) => `${n} de ${max} caracteres`,
    /** Said to screen readers at thresholds and after a pause. */
    left: (left: number) =>
      Number(left) <= 0 ? 'Ya llegaste al límite.' : Number(left) === 1 ? 'Te queda 1 carácter.' : `Te quedan ${left} caracteres.`,
    send: 'Enviar',
    thanks: 'Gracias. Tu respuesta ayuda a mejorar esta información.',
  },
  en: {
    question: 'Was this information useful?',
    yes: 'Yes',
    no: 'No',
    whatNot: 'What was not clear?',
    anythingElse: 'Anything else you want to tell us?',
    optional: '(optional)',
    limit: (max: number) => `You can write up to ${max} characters.`,
    count: (n: number, max: number) => `${n} of ${max} characters`,
    left: (left: number) =>
      Number(left) <= 0 ? 'You reached the limit.' : Number(left) === 1 ? '1 character left.' : `${left} characters left.`,
    send: 'Send',
    thanks: 'Thank you. Your answer helps improve this information.',
  },
});

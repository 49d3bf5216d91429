/**
 * Words of "Pregunta a la dependencia" (namespace `ask`), Spanish first and English. Pure: no DOM, no Lit.
 * The link labels and the pre-filled subject and body of the question a reader may send to the office in
 * charge of a program (platform/ask-office.ts builds the links, parts/ask-office.ts draws them).
 */
import { defineMessages } from '../i18n/registry.js';

export const askMsg = defineMessages('ask', {
  es: {
    ask: 'Preguntar',
    /** Accessible name of the ask link: office or program. */
    askTo: (to: string) => `Preguntar a ${to}`,
    opensMail: '(abre su programa de correo)',
    request: 'Hacer una solicitud de información',
    requestHint: 'en la Plataforma Nacional de Transparencia u otro sistema de solicitudes',
    subject: (key: string, name: string) => `Pregunta sobre el programa ${key} ${name}`,
    greeting: 'Buen día:',
    about: (key: string, name: string) => `Tengo una pregunta sobre el programa ${key} ${name}.`,
    topic: (topic: string) => `Se refiere a: ${topic}`,
    asOf: (date: string) => `Datos publicados con fecha de corte al ${date}.`,
    noAsOf: 'Los datos publicados no indican su fecha de corte.',
    question: 'Mi pregunta es:',
    thanks: 'Gracias.',
  },
  en: {
    ask: 'Ask',
    askTo: (to: string) => `Ask ${to}`,
    opensMail: '(opens your e-mail program)',
    request: 'File a public-information request',
    requestHint: 'on the Plataforma Nacional de Transparencia or another request system',
    subject: (key: string, name: string) => `Question about program ${key} ${name}`,
    greeting: 'Hello,',
    about: (key: string, name: string) => `I have a question about program ${key} ${name}.`,
    topic: (topic: string) => `It is about: ${topic}`,
    asOf: (date: string) => `Data published with a cut-off date of ${date}.`,
    noAsOf: 'The published data does not give its cut-off date.',
    question: 'My question is:',
    thanks: 'Thank you.',
  },
});

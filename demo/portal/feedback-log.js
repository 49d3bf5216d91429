// The portal's own record of readers' feedback. The widgets only fire `tp-feedback` (they send and
// store nothing); this page script, the HOST, keeps each answer in localStorage so that
// evaluacion.html can summarise them. A real portal would send them to its own server instead.
export const FEEDBACK_KEY = 'portal-evaluacion-ciudadana';

/** The stored answers, oldest first; [] when there are none or the storage is unreadable. */
export function readFeedback(storage = localStorage) {
  try {
    const list = JSON.parse(storage.getItem(FEEDBACK_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((x) => x && typeof x === 'object') : [];
  } catch {
    return [];
  }
}

/** Appends one `tp-feedback` detail, with the time it was heard. */
export function keepFeedback(detail, storage = localStorage) {
  const list = readFeedback(storage);
  list.push({ ...detail, at: new Date().toISOString() });
  try {
    storage.setItem(FEEDBACK_KEY, JSON.stringify(list));
  } catch {
    // Storage full or blocked: the answer is lost, the page goes on.
  }
}

export function clearFeedback(storage = localStorage) {
  try {
    storage.removeItem(FEEDBACK_KEY);
  } catch {
    /* nothing to clear */
  }
}

/** Listens on document: the event is composed and bubbles out of every widget. */
export function collectFeedback() {
  document.addEventListener('tp-feedback', (e) => keepFeedback(e.detail));
}

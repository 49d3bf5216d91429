/**
 * Issue 18: the field-path check of the reliability suite. A reader never sees a field path
 * ("programs[11].amounts.modified"): they stay in the tp-error event's detail and the console report.
 */
import { allWidgets, deepElements, frames, readableText, settled } from './harness.js';
import type { TpEl } from './harness.js';

/** A field path with a record position: "programs[11].amounts". */
export const FIELD_PATH = /\w+\[\d+\]\.\w+/;

/** Opens every disclosure in the widget (through shadow roots), repeatedly: an opened one may reveal more. */
export async function openAll(el: TpEl): Promise<void> {
  for (let round = 0; round < 3; round++) {
    let opened = 0;
    for (const node of deepElements(el)) {
      if (node.localName === 'details' && !(node as HTMLDetailsElement).open) {
        (node as HTMLDetailsElement).open = true;
        opened++;
      } else if (node.localName === 'button' && node.getAttribute('aria-expanded') === 'false') {
        (node as HTMLButtonElement).click();
        opened++;
      }
    }
    if (!opened) break;
    await el.updateComplete;
    await frames(1);
  }
}

/** Mounts every widget on `src` for `program` off screen (no charts), opens everything and returns the field paths seen. */
export async function fieldPaths(src: string, program: string, lang: 'es' | 'en'): Promise<string[]> {
  const section = document.createElement('section');
  section.lang = lang;
  Object.assign(section.style, { width: '640px', position: 'absolute', top: '1000vh' });
  const els = allWidgets(src, program);
  section.append(...els);
  document.body.append(section);
  const seen: string[] = [];
  try {
    await settled(els, 30000, `${src} ${program}`);
    for (const el of els) {
      await openAll(el);
      const text = readableText(el).replace(/\s+/g, ' ');
      const m = text.match(new RegExp(`.{0,60}${FIELD_PATH.source}.{0,20}`));
      if (m) seen.push(`${el.localName} (${program}, ${lang}): …${m[0]}…`);
    }
  } finally {
    section.remove();
  }
  return seen;
}

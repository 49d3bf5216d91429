/**
 * Issue 11, part 5: keyboard walk-through. For every widget (ready, es and en): Tab from a button
 * before the widget to one after it; every visible interactive control inside (through shadow roots)
 * must be reached, show a visible focus indicator (computed outline or box-shadow), and be operable:
 * Enter (Space for toggles) activates it (a click reaches it; a <summary> opens its <details>).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearFeedCache } from '../../src/feed/load.js';
import { baseFeed } from '../fixtures/hostile/corpus.js';
import { WIDGETS, widget, settled, putFeed, uid, deepElements, frames } from './harness.js';

const INTERACTIVE =
  'a[href], button:not([disabled]), summary, input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';
export const keyboardTally = { controls: 0 };

function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** True when `node` is `root` or inside it, through shadow roots. */
function within(root: Element, node: Element): boolean {
  let n: Element | null = node;
  while (n) {
    if (n === root) return true;
    const r = n.getRootNode();
    n = n.parentElement ?? (r instanceof ShadowRoot ? r.host : null);
  }
  return false;
}

function controls(root: Element): Element[] {
  return [...deepElements(root)].filter(
    (el) => el !== root && el.matches(INTERACTIVE) && (el as HTMLElement).checkVisibility?.() !== false && !el.closest('[inert]'),
  );
}

function label(el: Element): string {
  return `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}> "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
}

function focusVisible(el: Element): boolean {
  const cs = getComputedStyle(el);
  const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
  const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
  return outline || shadow;
}

describe('keyboard walk-through of every widget', function () {
  this.timeout(60000);
  let src = '';
  before(async () => {
    src = await putFeed(uid('kb'), 'base.json', JSON.stringify(baseFeed()));
  });
  afterEach(() => clearFeedCache());
  after(() => console.log(`[reliability] keyboard: ${keyboardTally.controls} controls reached, focus visible and operated`));

  it('the focus check itself can fail: a button with outline: none is not visibly focused', async () => {
    const plain = document.createElement('button');
    plain.textContent = 'x';
    const bare = document.createElement('button');
    bare.textContent = 'y';
    bare.style.outline = 'none';
    document.body.append(plain, bare);
    try {
      plain.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(bare);
      expect(focusVisible(bare)).to.equal(false);
      bare.style.outline = '';
      expect(focusVisible(bare)).to.equal(true);
    } finally {
      plain.remove();
      bare.remove();
    }
  });

  for (const w of WIDGETS) {
    for (const lang of ['es', 'en'] as const) {
      it(`${w.tag} (${lang}): every control reachable by Tab, visibly focused, operable`, async () => {
        const before = document.createElement('button');
        before.textContent = 'antes';
        const after = document.createElement('button');
        after.textContent = 'después';
        const el = widget(w.tag, {
          src,
          lang,
          ...(w.program ? { program: 'E001' } : {}),
          ...w.attrs,
          ...(w.tag === 'tp-program-explorer' ? { 'page-size': '3' } : {}),
        });
        const box = document.createElement('div');
        box.style.width = '640px';
        box.append(before, el, after);
        document.body.append(box);
        try {
          await settled([el]);
          expect(el.getAttribute('state')).to.equal('ready');
          await frames(2);
          const expected = controls(el);
          expect(expected.length, 'a ready widget has controls (table disclosure, glossary terms…)').to.be.greaterThan(0);
          // 1. Tab walk: collect what receives focus until focus leaves the widget.
          before.focus();
          const reached: Element[] = [];
          const notVisible: string[] = [];
          for (let i = 0; i < 400; i++) {
            await sendKeys({ press: 'Tab' });
            const a = deepActive();
            if (!a || !within(el, a)) break;
            reached.push(a);
            if (!focusVisible(a)) notVisible.push(label(a));
          }
          const missing = expected.filter((c) => !reached.includes(c)).map(label);
          expect(missing, 'controls Tab never reached').to.deep.equal([]);
          expect(notVisible, 'focused without a visible indicator').to.deep.equal([]);
          // 2. Operable: Enter on links and buttons produces a click (intercepted: no navigation or download);
          //    Space on a <summary> opens its <details>.
          const inoperable: string[] = [];
          for (const c of expected) {
            if (!c.isConnected || (c as HTMLElement).checkVisibility?.() === false) continue;
            (c as HTMLElement).focus();
            if (deepActive() !== c) {
              inoperable.push(`${label(c)} cannot take focus`);
              continue;
            }
            if (c.localName === 'summary') {
              const details = c.parentElement as HTMLDetailsElement;
              const was = details.open;
              await sendKeys({ press: 'Space' });
              await frames(1);
              if (details.open === was) inoperable.push(`${label(c)}: Space did not toggle`);
              if (details.open !== was) {
                await sendKeys({ press: 'Enter' });
                await frames(1);
                if (details.open !== was) inoperable.push(`${label(c)}: Enter did not toggle back`);
              }
            } else if (c.localName === 'a' || c.localName === 'button') {
              let clicked = false;
              const trap = (e: Event) => {
                if (e.composedPath()[0] === c || e.composedPath().includes(c)) {
                  clicked = true;
                  e.preventDefault();
                  e.stopImmediatePropagation();
                }
              };
              window.addEventListener('click', trap, { capture: true });
              await sendKeys({ press: 'Enter' });
              window.removeEventListener('click', trap, { capture: true });
              if (!clicked) inoperable.push(`${label(c)}: Enter did not activate`);
            } else if (c.localName === 'input' && ['text', 'search', ''].includes((c as HTMLInputElement).type)) {
              const input = c as HTMLInputElement;
              const was = input.value;
              await sendKeys({ type: 'a' });
              if (input.value === was) inoperable.push(`${label(c)}: typing did not change it`);
              await sendKeys({ press: 'Backspace' });
            } else if (c.localName === 'select') {
              const s = c as HTMLSelectElement;
              if (s.options.length > 1) {
                const was = s.value;
                await sendKeys({ press: 'ArrowDown' });
                if (s.value === was) inoperable.push(`${label(c)}: ArrowDown did not change it`);
                await sendKeys({ press: 'ArrowUp' });
              }
            }
            keyboardTally.controls++;
          }
          expect(inoperable, 'controls that do not work by keyboard').to.deep.equal([]);
        } finally {
          box.remove();
        }
      });
    }
  }
});

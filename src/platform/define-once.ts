/**
 * Registers a custom element once. A CMS may load the script twice; the second
 * registration is skipped instead of throwing. A different class under the same
 * tag (another copy or version of the library) is reported once on the console.
 *
 * The CDN entry holds registrations while it loads the chunks of the elements a page uses
 * (`holdDefinitions`), so that they are all registered in one task when the last chunk has run.
 * Registered one by one, as each chunk happened to finish compiling, the elements upgraded in
 * separate tasks with a frame between them, and each frame laid out the widgets drawn so far: on
 * the 20-widget bench page, 150–300 ms of intermediate layouts before the last widget was ready.
 */

/** The tags each open hold is holding. */
const holds = new Set<ReadonlySet<string>>();
const held: [string, CustomElementConstructor][] = [];

export function defineOnce(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if ([...holds].some((h) => h.has(tag))) held.push([tag, ctor]);
  else register(tag, ctor);
}

function register(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor) {
    console.info(`tp-widgets: <${tag}> is already defined by another copy of the library; keeping the first one.`);
  }
}

/**
 * Holds the `defineOnce` of these tags until the returned release is called (once per hold; further
 * calls do nothing), or until `maxMs` have passed, so that a chunk that never arrives does not keep
 * the others waiting. Other tags register at once. A release registers every element held so far,
 * in the order they came (those of another hold still open too: the caller awaiting its own
 * elements finds them registered).
 */
export function holdDefinitions(tags: Iterable<string>, maxMs: number): () => void {
  const hold: ReadonlySet<string> = new Set(tags);
  holds.add(hold);
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    clearTimeout(timer);
    holds.delete(hold);
    for (const [tag, ctor] of held.splice(0)) register(tag, ctor);
  };
  const timer = setTimeout(release, maxMs);
  return release;
}

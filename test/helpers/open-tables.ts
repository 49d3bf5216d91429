/** Opens every "Ver tabla de datos" disclosure in a widget and waits until its tables are rendered. */
export async function openTables(el: Element): Promise<void> {
  await openDetails(el.shadowRoot ?? el, 'details.tp-data-table');
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
}

/** Opens every closed <details> (matching `selector`) under `root` and waits for their `toggle` (lazy content rendered). */
export async function openDetails(root: ParentNode, selector = 'details'): Promise<void> {
  const closed = [...root.querySelectorAll<HTMLDetailsElement>(selector)].filter((d) => !d.open);
  await Promise.all(
    closed.map((d) => {
      const toggled = new Promise((resolve) => d.addEventListener('toggle', resolve, { once: true }));
      d.open = true;
      return toggled;
    }),
  );
}

/**
 * Defines a custom element unless the name is taken, so a page that loads
 * kopiena twice (or two versions of it) gets no exception: the first wins.
 */
export function define(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}

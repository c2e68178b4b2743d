/**
 * Markup as plain data. A pure function builds it once; `toHtml` turns it into
 * escaped HTML for the build (Astro's `set:html`) and `toDom` into DOM nodes in
 * the browser, so what the server renders and what a script re-renders cannot
 * drift apart.
 */
export interface MarkupElement {
  tag: string;
  /** Attributes in the order given; undefined ones are left out. */
  attrs: Readonly<Record<string, string | undefined>>;
  children: readonly Markup[];
}

/** A string is a text node. */
export type Markup = MarkupElement | string;

/** `el('a', { href }, 'text')`. Tag and attribute names come from code, never from content. */
export function el(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Markup[]): MarkupElement {
  return { tag, attrs, children };
}

/** Class names for the flags that are set, or undefined (no attribute) when none is. */
export function classes(flags: Record<string, unknown>): string | undefined {
  const names = Object.keys(flags).filter((name) => flags[name]);
  return names.length > 0 ? names.join(' ') : undefined;
}

const NAME = /^[a-z][a-z0-9-]*$/;

/** Throws on a tag or attribute name that is not a plain lower-case name, so no builder can inject markup through one. */
export function checkName(name: string): string {
  if (!NAME.test(name)) throw new Error(`not a valid tag or attribute name: ${JSON.stringify(name)}`);
  return name;
}

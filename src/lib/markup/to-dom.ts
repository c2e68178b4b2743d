/**
 * Markup to DOM nodes in the browser. Text goes in as text nodes and values
 * through setAttribute, never through innerHTML, so content cannot become markup.
 */
import { checkName, type Markup } from './element.ts';

/** The part of `document` this needs (tests pass a small fake). */
export interface NodeFactory {
  createElement(tag: string): Element;
  createTextNode(text: string): Text;
}

export function toDom(markup: Markup, document: NodeFactory): Node {
  if (typeof markup === 'string') return document.createTextNode(markup);
  const element = document.createElement(checkName(markup.tag));
  for (const [name, value] of Object.entries(markup.attrs)) {
    if (value !== undefined) element.setAttribute(checkName(name), value);
  }
  element.append(...markup.children.map((child) => toDom(child, document)));
  return element;
}

export const toDomList = (markup: readonly Markup[], document: NodeFactory): Node[] =>
  markup.map((node) => toDom(node, document));

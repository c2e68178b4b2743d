/**
 * Pagefind excerpts are HTML with <mark> around matches. Only that is kept:
 * the text is re-created as text nodes, so nothing an author wrote can become markup.
 */
export function safeExcerpt(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body;
  const fragment = document.createDocumentFragment();
  const copy = (from: Node, into: Node) => {
    for (const child of Array.from(from.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        into.appendChild(document.createTextNode(child.textContent ?? ''));
      } else if (child.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = child.textContent ?? '';
        into.appendChild(mark);
      } else {
        copy(child, into);
      }
    }
  };
  copy(parsed, fragment);
  return fragment;
}

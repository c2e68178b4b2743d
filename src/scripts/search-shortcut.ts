/** "/" focuses the header search box, as in most search-heavy tools. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function setUpSearchShortcut(): void {
  const input = document.querySelector<HTMLInputElement>('[data-header-search]');
  if (!input) return;
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

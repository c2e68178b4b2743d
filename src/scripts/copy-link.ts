/** Buttons marked data-copy-link copy an absolute link (to the page, or to a #fragment). */
export function setUpCopyLinks(): void {
  const live = document.querySelector<HTMLElement>('[data-copy-status]');
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-copy-link]');
    if (!button) return;
    const url = new URL(button.dataset.copyLink ?? '', location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      button.dataset.copied = 'true';
      if (live) live.textContent = 'Link copied to the clipboard.';
      setTimeout(() => delete button.dataset.copied, 2000);
    } catch {
      if (live) live.textContent = `Copy this link: ${url}`;
    }
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) button.hidden = false;
}

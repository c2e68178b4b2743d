/** Theme choice: follow the system (default), or a stored light/dark choice. */
const STORAGE_KEY = 'hindsight-theme';
type ThemeChoice = 'system' | 'light' | 'dark';

function storedChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function apply(choice: ThemeChoice): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

/** Applies the stored choice and wires the header's theme select. */
export function setUpTheme(): void {
  const choice = storedChoice();
  apply(choice);
  const select = document.querySelector<HTMLSelectElement>('[data-theme-select]');
  if (!select) return;
  select.value = choice;
  select.hidden = false;
  select.addEventListener('change', () => {
    const next = select.value as ThemeChoice;
    apply(next);
    try {
      if (next === 'system') localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage can be blocked; the choice then lasts for this page only.
    }
  });
}

/** What `new` and `import` tell the author after writing a draft. */
import type { Placeholder } from '../check/placeholder-rules.ts';

/** `path:line  field  TODO: …` lines, which editors and terminals turn into links. */
export function placeholderList(path: string, placeholders: readonly Placeholder[], indent = '    '): string[] {
  const width = Math.max(0, ...placeholders.map((placeholder) => `${path}:${placeholder.line}`.length));
  return placeholders.map(
    (placeholder) =>
      `${indent}${`${path}:${placeholder.line}`.padEnd(width)}  ${placeholder.field}: ${placeholder.text.length > 70 ? `${placeholder.text.slice(0, 69)}…` : placeholder.text}`,
  );
}

export function nextSteps({
  path,
  placeholders,
  devUrl,
}: {
  path: string;
  placeholders: readonly Placeholder[];
  devUrl: string;
}): string {
  return [
    'Next:',
    placeholders.length > 0
      ? `  1. Write or confirm the ${placeholders.length} TODO${placeholders.length === 1 ? '' : 's'} (the check refuses them once status is review or published):`
      : '  1. Read it through once more.',
    ...placeholderList(path, placeholders, '       '),
    '     The body has a "Writing guide" comment in each section; delete each once its section is written.',
    `  2. See it as readers will: npm run dev, then open ${devUrl}`,
    '  3. npm run check, set status: review, and open a pull request; the template lists what reviewers look for.',
  ].join('\n');
}

import { describe, expect, it } from 'vitest';
import { parseMdxBody } from '../../../../src/lib/check/mdx-tree.ts';
import { toMdxSafe } from '../../../../src/lib/import/mdx-safe.ts';

const WIKI = `<!-- Exported from Confluence,
space OPS -->
Cache hit rate {100%} and <b>bold</b>, a < b and x<y.<br>Next line
Dashboard: <https://grafana.example.com/d/eta>, mail <ops@example.com>
<details><summary>More</summary>inside</details>
Inline \`<code>{x}</code>\` stays.

\`\`\`js
if (a < b) { run(); }
\`\`\``;

describe('Markdown made safe for MDX', () => {
  const safe = toMdxSafe(WIKI);

  it('parses as MDX', () => {
    expect(() => parseMdxBody(safe)).not.toThrow();
    expect(() => parseMdxBody(WIKI)).toThrow();
  });

  it('keeps what the reader sees', () => {
    expect(safe).toContain('{/* Exported from Confluence, space OPS */}');
    expect(safe).toContain('Cache hit rate \\{100%\\} and **bold**, a &lt; b and x&lt;y.<br />Next line');
    expect(safe).toContain('[https://grafana.example.com/d/eta](https://grafana.example.com/d/eta)');
    expect(safe).toContain('[ops@example.com](mailto:ops@example.com)');
  });

  it('leaves code alone', () => {
    expect(safe).toContain('Inline `<code>{x}</code>` stays.');
    expect(safe).toContain('if (a < b) { run(); }');
  });
});

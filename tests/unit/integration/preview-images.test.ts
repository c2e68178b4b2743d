import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderCached } from '../../../src/integration/preview-images.ts';
import { previewSvg } from '../../../src/lib/preview-image.ts';

const PNG_SIGNATURE = '89504e470d0a1a0a';

describe('link preview images', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'preview-cache-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  // A title or service name written "\uFFFE" in front matter passes the check; the card must still render.
  it('renders a card whose text holds characters XML cannot', async () => {
    const text = 'Checkout \uFFFE failed \uFFFF after \uD800 a change';
    const svg = previewSvg({
      archiveName: text,
      title: text,
      severity: 'SEV1',
      duration: '5 min',
      date: '2025-01-02',
      services: [text],
    });
    const first = await renderCached(svg, cacheDir);
    expect(readFileSync(first.file).subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
    expect(first.rendered).toBe(true);
    // The same card again comes from the cache, as the same file.
    expect(await renderCached(svg, cacheDir)).toEqual({ file: first.file, rendered: false });
  });
});

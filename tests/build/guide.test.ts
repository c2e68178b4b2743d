import { describe, expect, inject, it } from 'vitest';
import { fieldReference, flattenReference } from '../../src/lib/scaffold/field-reference.ts';
import { postmortemSchema } from '../../src/schema/postmortem.ts';
import { serviceSchema } from '../../src/schema/taxonomy.ts';
import { readPage, visibleText } from '../support/html.ts';

const { example, basic } = inject('builds');
const guide = () => readPage(example.outDir, 'guide/');

/** The HTML of the field's own section, up to its first nested field. */
function fieldSection(html: string, path: string): string {
  const start = html.indexOf(`data-field="${path}"`);
  expect(start, path).toBeGreaterThan(-1);
  const next = html.indexOf('data-field="', start + 1);
  return html.slice(start, next === -1 ? undefined : next);
}

describe('the writing guide at /guide/', () => {
  it('is built, titled, and marked as the current section', () => {
    expect(example.exitCode, example.log).toBe(0);
    const html = guide();
    expect(html).toMatch(/<title>Writing guide · [^<]+<\/title>/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(
      /<a[^>]*href="\/guide\/"[^>]*aria-current="page"|<a[^>]*aria-current="page"[^>]*href="\/guide\/"/,
    );
  });

  it('explains every field of the schema with its description, what it takes, and an example', () => {
    const html = guide();
    for (const field of flattenReference(fieldReference(postmortemSchema))) {
      const section = visibleText(fieldSection(html, field.path));
      expect(section, field.path).toContain(field.doc!);
      expect(section, field.path).toContain(field.required ? 'required' : 'optional');
      for (const value of field.values ?? []) expect(section, field.path).toContain(value);
      if (field.children.length === 0) expect(fieldSection(html, field.path), field.path).toContain('class="example"');
    }
    expect(visibleText(fieldSection(html, 'timeline[].at'))).toContain("at: '2025-01-14T11:57:00-08:00'");
    expect(visibleText(fieldSection(html, 'title'))).toContain('at most 120 characters');
    for (const field of fieldReference(serviceSchema)) {
      expect(visibleText(fieldSection(html, field.path))).toContain(field.doc!);
    }
  });

  it('links each top-level field from its contents', () => {
    const html = guide();
    for (const name of Object.keys(postmortemSchema.shape)) {
      expect(html).toContain(`href="#field-${name}"`);
      expect(html).toContain(`id="field-${name}"`);
    }
  });

  it('covers the workflow, blameless wording, the five whys and what the check warns about', () => {
    const text = visibleText(guide());
    expect(text).toContain('npm run new');
    expect(text).toContain('npm run import');
    expect(text).toMatch(/Instead of Write Sam pushed a bad config/);
    expect(text).toContain('Why did checkouts fail?');
    expect(text).toContain('A body outside 400-600 words of prose.');
    expect(text).toContain('Fewer than 3 learnings.');
  });

  it("lists the ids of the archive it is built with, from that archive's taxonomies", () => {
    const exampleText = visibleText(guide());
    expect(exampleText).toContain('delivery-routing Delivery routing');
    const basicText = visibleText(readPage(basic.outDir, 'guide/'));
    expect(basicText).not.toContain('delivery-routing');
    expect(basicText).toMatch(/Services tests\/fixtures\/basic\/content\/services\.yaml checkout/);
  });
});

/**
 * Every page carries the archive's Content Security Policy before anything it
 * governs, and no page needs more than it allows: no inline script, no style
 * element or attribute (which a policy without hashes would block).
 */
import { describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/content-security-policy.ts';
import { htmlPages } from '../support/dist-files.ts';
import { startTags } from '../support/html-tags.ts';

const builds = inject('builds');

describe('the Content Security Policy', () => {
  it.each(['example', 'hostile', 'basicBase'] as const)(
    'is on every page of the %s build, first in the head, and every script and style there is a file',
    (name) => {
      const build = builds[name];
      expect(build.exitCode, build.log).toBe(0);
      const pages = htmlPages(build.outDir);
      expect(pages.length).toBeGreaterThan(5);
      const problems: string[] = [];
      for (const { file, html } of pages) {
        const tags = startTags(html);
        const policies = tags.filter(
          (tag) => tag.name === 'meta' && tag.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy',
        );
        // Astro's redirect pages (a former id) hold a refresh and a link, nothing that runs.
        const isRedirect = tags.some((tag) => tag.name === 'meta' && tag.attributes.get('http-equiv') === 'refresh');
        if (!isRedirect) {
          if (policies.length !== 1 || policies[0]!.attributes.get('content') !== CONTENT_SECURITY_POLICY)
            problems.push(`${file}: ${policies.length} policies, not the archive's one`);
          const governed = tags.find((tag) => ['script', 'style', 'link', 'img'].includes(tag.name));
          if (policies[0] && governed && governed.index < policies[0].index)
            problems.push(`${file}: <${governed.name}> comes before the policy`);
        }
        for (const tag of tags) {
          const type = tag.attributes.get('type');
          const isData = type === 'application/json' || type === 'application/ld+json';
          if (tag.name === 'script' && !isData && !tag.attributes.has('src'))
            problems.push(`${file}: inline script ${tag.body!.slice(0, 60)}`);
          if (tag.name === 'style') problems.push(`${file}: a style element`);
          if (tag.attributes.has('style')) problems.push(`${file}: a style attribute on <${tag.name}>`);
          for (const attribute of tag.attributes.keys())
            if (attribute.startsWith('on')) problems.push(`${file}: an event handler ${attribute} on <${tag.name}>`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('allows scripts, styles and requests from the archive itself only, and search’s WebAssembly', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
  });
});

/** Every page of a build is valid HTML (html-validate's recommended rules). */
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../support/dist-files.ts';

const builds = inject('builds');

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Titles come from the postmortem format, which allows 120 characters; a
    // tab or bookmark should show all of it.
    'long-title': 'off',
    // Astro writes the redirect pages of former ids with a lowercase doctype.
    'doctype-style': 'off',
  },
});

describe('valid HTML', () => {
  it.each(['example', 'hostile', 'basicBase'] as const)(
    'every page of the %s build passes html-validate',
    async (name) => {
      const build = builds[name];
      expect(build.exitCode, build.log).toBe(0);
      const pages = htmlPages(build.outDir);
      expect(pages.length).toBeGreaterThan(5);
      const messages: string[] = [];
      for (const { file, html } of pages) {
        const report = await validator.validateString(html, file);
        for (const result of report.results) {
          for (const message of result.messages)
            messages.push(`${file}:${message.line}: ${message.ruleId}: ${message.message}`);
        }
      }
      expect(messages).toEqual([]);
    },
  );
});

/**
 * Languages a code block may name: those the highlighter (Prism) knows, by id
 * or alias, and its plain-text names. Anything else would reach the build log
 * as the highlighter's warning (a name can hold a newline or escape codes
 * once character references are decoded) or, for a few names, stop the build.
 */
import { createRequire } from 'node:module';

interface PrismComponents {
  languages: Record<string, { alias?: string | string[] } | string>;
}

const require = createRequire(import.meta.url);
const components = require('prismjs/components.json') as PrismComponents;

/** Names Prism's core defines without loading anything. */
const PLAIN_TEXT = ['plain', 'plaintext', 'text', 'txt'];

export const CODE_LANGUAGES: ReadonlySet<string> = new Set([
  ...PLAIN_TEXT,
  ...Object.entries(components.languages).flatMap(([id, language]) =>
    // `meta` describes the list itself; it is not a language.
    id === 'meta' || typeof language === 'string' ? [] : [id, ...[language.alias ?? []].flat()],
  ),
]);

import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../../../src/lib/check/index.ts';
import { ARCHIVE_COMPONENTS, urlScheme } from '../../../../src/lib/check/content-safety.ts';
import { archive, FILE, postmortem, VALID_BODY } from './archive-builder.ts';
import { readFileSync } from 'node:fs';

const bodyErrors = (extra: string) =>
  checkArchive(archive({ [FILE]: postmortem(undefined, `${VALID_BODY}\n${extra}\n`) }))
    .problems.filter((problem) => problem.severity === 'error')
    .map((problem) => ({ field: problem.field, message: problem.message }));

describe('a postmortem body runs no code', () => {
  it.each([
    ['a JavaScript expression', 'Home is {process.env.HOME}.', /must not contain a JavaScript expression/],
    ['an expression block', "{require('node:fs').readFileSync('/etc/passwd', 'utf8')}", /JavaScript expression/],
    ['an unknown component', '<Chart data="x" />', /must not use <Chart>.*did you mean "Callout"|must not use <Chart>/],
    ['a script element', '<script>alert(1)</script>', /must not use <script>/],
    ['an iframe', '<iframe src="https://example.com"></iframe>', /must not use <iframe>/],
    ['an event handler', '<abbr title="x" onClick="alert(1)">x</abbr>', /event handler \(onClick\)/],
    ['an expression attribute', '<abbr title={globalThis.x}>x</abbr>', /plain string, not a JavaScript expression/],
    ['a spread attribute', '<abbr {...props}>x</abbr>', /must not spread/],
    ['an unknown attribute', '<kbd style="color:red">x</kbd>', /does not take "style"/],
    ['a fragment', '<>x</>', /fragments/],
    ['a javascript: link', '[click](javascript:alert(1))', /javascript: scheme/],
    [
      'an obfuscated javascript: link',
      '[click](java%0ascript:alert(1)) and [x](JaVaScRiPt:alert(1))',
      /javascript: scheme/,
    ],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', /image "data:.*on another site/],
    ['a comment-wrapped expression', '{/* a */ process.exit(1) /* b */}', /JavaScript expression/],
    ['an expression after a line comment', '{// note\nprocess.exit(1)}', /JavaScript expression/],
    ['an HTML-like comment', '{<!-- x -->}', /JavaScript expression|is not valid MDX/],
    ['an external image', '![x](https://example.com/x.png)', /on another site/],
    ['a protocol-relative image', '![x](//example.com/x.png)', /on another site/],
    [
      'an image outside the images folder',
      '![x](../../../../etc/passwd)',
      /must be a file in the postmortems' images\/ folder/,
    ],
    ['an absolute image path', '![x](/etc/passwd)', /must be a file in the postmortems' images\/ folder/],
    ['an image with a query', '![x](./images/a.png?raw)', /no folders, "..", query/],
    ['an SVG image', '![x](./images/a.svg)', /must be a file in the postmortems' images\/ folder/],
    ['an image reference', '![x][r]\n\n[r]: ./images/a.png', /not as a reference/],
    ['an image that is not there', '![x](./images/missing.png)', /is not a file in the postmortems' images\/ folder/],
    [
      'a component named after an object property',
      '<constructor title="x">y</constructor>',
      /must not use <constructor>/,
    ],
    ['another inherited name', '<__proto__>y</__proto__>', /must not use <__proto__>/],
    [
      'a code language that writes a log line',
      '```x&#10;::error::forged\nx\n```',
      /code block language "x\n::error::forged" is not one/,
    ],
    ["a code language the highlighter's loader cannot load", '```meta\nx\n```', /code block language "meta"/],
    ['a misspelt code language', '```yamll\nx: 1\n```', /did you mean "yaml"\?/],
    ['a reference link to vbscript:', '[x][ref]\n\n[ref]: vbscript:msgbox(1)', /vbscript: scheme/],
    ['an attribute URL', '<Callout title="javascript:alert(1)">x</Callout>', /javascript: scheme/],
  ])('rejects %s, naming the body', (_, text, message) => {
    const errors = bodyErrors(text);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((error) => error.field === 'body')).toBe(true);
    expect(errors.map((error) => error.message).join('\n')).toMatch(message);
  });

  it.each([
    ['MDX comments', '{/* a note to reviewers */} and {// line comment\n}'],
    ['the archive components', '<Callout tone="warning" title="Careful">Text</Callout>'],
    [
      'allowed HTML',
      'Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, <abbr title="time to detect">TTD</abbr><br />',
    ],
    [
      'http, https, mailto and relative links',
      '[a](https://x.example) [b](http://x.example) [c](mailto:sre@example.com) [d](../other/) [e](#timeline) ![f](./images/x.png)',
    ],
    ['escaped braces and angle brackets', 'A literal \\{ brace and 5 \\< 6.'],
    [
      'code that mentions anything',
      '`{process.env.HOME}` and\n\n```js\nimport fs from "node:fs";\n<script>alert(1)</script>\n```',
    ],
  ])('accepts %s', (_, text) => {
    expect(bodyErrors(text)).toEqual([]);
  });

  it('reads URL schemes as a browser does', () => {
    expect(urlScheme(' JAVA\tSCRIPT:alert(1)')).toBe('javascript');
    expect(urlScheme('./x:y')).toBeUndefined();
    expect(urlScheme('/a')).toBeUndefined();
  });

  it('provides every allowed component to the page', () => {
    const page = readFileSync(new URL('../../../../src/pages/postmortems/[id].astro', import.meta.url), 'utf8');
    const provided = /<Content components=\{\{([^}]*)\}\}/.exec(page)![1]!;
    for (const name of Object.keys(ARCHIVE_COMPONENTS)) expect(provided).toMatch(new RegExp(`\\b${name}\\b`));
  });
});

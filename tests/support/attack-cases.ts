/**
 * The hostile postmortems of the trust issue, one class per defect, and how
 * to lay each class out as a content folder. Committed fixtures live in
 * tests/fixtures/attacks/<class>/content/ (a valid archive plus the hostile
 * files); what git cannot hold (symlinks, control characters in names,
 * invalid UTF-8, very large files) is made here, at test time, in a copy.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { OUTPUT_ROOT, PROJECT_ROOT } from './fixture-build.ts';

export interface HostileFile {
  /** File name inside postmortems/, as created. */
  name: string;
  /** The field paths any one of which the error line may name. */
  fields: readonly string[];
  /** How the name must appear in the output, when it is not printed as is (control characters). */
  shownAs?: RegExp;
}

export interface AttackClass {
  name: string;
  files: readonly HostileFile[];
  /** Makes the test-time files in a copied content folder; `outside` is a folder outside the repository. */
  setup?: (contentDir: string, outside: string) => void;
}

const BODY = ['body'];
const FRONT = ['front matter'];
const FILE = ['file'];

/** A newline that would forge a GitHub workflow command, and terminal colour codes. */
const CONTROL_CHARACTER_NAMES: readonly HostileFile[] = [
  {
    name: '2025-08-01-forged\n::error file=README.md,line=1::forged.mdx',
    fields: ['file name'],
    shownAs: /2025-08-01-forged\\n::error file=README\.md,line=1::forged\.mdx/,
  },
  {
    name: '2025-08-02-\u001b[31mred\u001b[0m.mdx',
    fields: ['file name'],
    shownAs: /2025-08-02-[^\s\u001b]*31mred[^\s\u001b]*0m\.mdx/,
  },
];

const body = (...names: string[]): HostileFile[] => names.map((name) => ({ name, fields: BODY }));

/** The file every class folder holds besides its hostile files: valid, so only the hostile files are wrong. */
export const VALID_FILE = '2025-01-14-checkout-pool.mdx';
const VALID_TEXT = () =>
  readFileSync(join(PROJECT_ROOT, 'tests/fixtures/basic/content/postmortems', VALID_FILE), 'utf8');
/** A valid postmortem under another title, for test-time files. */
const validCopy = (title: string) =>
  VALID_TEXT()
    .replace(/^title: .*$/m, `title: ${title}`)
    .replace(/^aliases: .*\n/m, '');

/** Text of the public-build canary hidden in the front-matter class. */
export const INTERNAL_MARKER = 'HINDSIGHT-INTERNAL-7c41e9';
/** A line of /etc/passwd that must never reach a log or a page. */
export const SYSTEM_FILE_MARKER = 'root:x:0:0';
/** What the outside payload's body prints; it must never reach a log or a page. */
export const OUTSIDE_MARKER = 'HINDSIGHT-OUTSIDE-3b9d27';

export const ATTACK_CLASSES: readonly AttackClass[] = [
  {
    name: 'comment-code',
    files: body(
      '2025-05-01-comment-wrapped-write.mdx',
      '2025-05-02-comment-wrapped-env.mdx',
      '2025-05-03-empty-comment-iife.mdx',
      '2025-05-04-empty-comment-iife-closed.mdx',
      '2025-05-05-comment-close-in-string.mdx',
      '2025-05-06-line-comment-then-code.mdx',
      '2025-05-07-line-separator-comment.mdx',
      '2025-05-08-attribute-expression.mdx',
      '2025-05-09-details-open-expression.mdx',
      '2025-05-10-spread-attributes.mdx',
      '2025-05-11-inline-comment-wrapped.mdx',
    ),
  },
  {
    name: 'raw-html',
    files: body(
      '2025-05-21-img-onerror.mdx',
      '2025-05-22-script-element.mdx',
      '2025-05-23-iframe-element.mdx',
      '2025-05-24-javascript-href.mdx',
      '2025-05-25-style-element.mdx',
      '2025-05-26-javascript-link.mdx',
      '2025-05-27-vbscript-link.mdx',
      '2025-05-28-data-html-link.mdx',
      '2025-05-29-mixed-case-scheme.mdx',
    ),
  },
  {
    name: 'front-matter',
    files: [
      // The check and the build must agree on where the front matter ends: an
      // ambiguous fence is refused, whichever way either side would read it.
      { name: '2025-06-01-indented-fence-hides-import.mdx', fields: [...FRONT, 'body'] },
      { name: '2025-06-02-indented-fence-hides-visibility.mdx', fields: FRONT },
      { name: '2025-06-03-trailing-space-fence.mdx', fields: FRONT },
      { name: '2025-06-04-four-dash-fence.mdx', fields: FRONT },
      { name: '2025-06-05-fence-with-text.mdx', fields: FRONT },
      { name: '2025-06-06-toml-front-matter.mdx', fields: FRONT },
      { name: '2025-06-07-mixed-fences.mdx', fields: FRONT },
    ],
  },
  {
    name: 'images',
    files: body(
      '2025-07-11-image-parent-path.mdx',
      '2025-07-12-image-absolute-path.mdx',
      '2025-07-13-image-raw-query.mdx',
      '2025-07-14-image-url-query.mdx',
      '2025-07-15-image-inline-query.mdx',
      '2025-07-16-image-fragment.mdx',
      '2025-07-17-image-reference.mdx',
      '2025-07-18-image-svg.mdx',
      '2025-07-19-image-parent-raw.mdx',
    ),
  },
  {
    name: 'external-images',
    files: body(
      '2025-07-21-image-https.mdx',
      '2025-07-22-image-protocol-relative.mdx',
      '2025-07-23-image-http.mdx',
      '2025-07-24-image-data-url.mdx',
    ),
  },
  {
    name: 'dates',
    files: [
      { name: '2025-08-11-timeline-year-9999.mdx', fields: ['timeline[0].at'] },
      { name: '2025-08-12-timeline-year-0999.mdx', fields: ['timeline[0].at'] },
      { name: '2025-08-13-timeline-year-0100.mdx', fields: ['timeline[0].at'] },
      { name: '2025-08-14-due-year-9999.mdx', fields: ['actionItems[0].due'] },
    ],
  },
  {
    name: 'yaml',
    files: [
      { name: '2025-08-21-alias-bomb.mdx', fields: FRONT },
      { name: '2025-08-22-js-function-tag.mdx', fields: [...FRONT, 'summary'] },
      { name: '2025-08-23-binary-tag.mdx', fields: [...FRONT, 'summary'] },
      { name: '2025-08-24-timestamp-tag.mdx', fields: [...FRONT, 'timeline[0].at'] },
      { name: '2025-08-25-merge-key.mdx', fields: [...FRONT, 'actionItems[0]', 'actionItems[0].<<', 'defaults'] },
      { name: '2025-08-26-invalid-utf8.mdx', fields: FILE },
      { name: '2025-08-27-very-large.mdx', fields: [...FRONT, ...FILE] },
    ],
    setup(contentDir) {
      const postmortems = join(contentDir, 'postmortems');
      const [before, after] = validCopy('Invalid bytes in the title XX').split('XX') as [string, string];
      writeFileSync(
        join(postmortems, '2025-08-26-invalid-utf8.mdx'),
        Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(after)]),
      );
      // About 8 MB of front matter: far more than any postmortem needs.
      const learnings = Array.from({ length: 200_000 }, (_, index) => `  - Learning number ${index} of many.\n`).join(
        '',
      );
      writeFileSync(
        join(postmortems, '2025-08-27-very-large.mdx'),
        validCopy('A very large document').replace(/^learnings:\n(?: {2}- .*\n)+/m, `learnings:\n${learnings}`),
      );
    },
  },
  {
    name: 'file-names',
    files: CONTROL_CHARACTER_NAMES,
    setup(contentDir) {
      for (const file of CONTROL_CHARACTER_NAMES) {
        writeFileSync(
          join(contentDir, 'postmortems', file.name),
          validCopy('A postmortem with control characters in its name'),
        );
      }
    },
  },
  {
    name: 'symlinks',
    files: [
      { name: '2025-07-01-link-outside.mdx', fields: FILE },
      { name: '2025-07-02-link-to-other-postmortem.mdx', fields: FILE },
      { name: '2025-07-03-link-to-passwd.mdx', fields: FILE },
      { name: '2025-07-04-directory.mdx', fields: FILE },
      { name: 'images/linked.png', fields: FILE },
    ],
    setup(contentDir, outside) {
      const postmortems = join(contentDir, 'postmortems');
      writeFileSync(
        join(outside, 'payload.mdx'),
        validCopy('Code from outside the repository').replace(
          'The pool was set to 5.',
          `The pool was set to {/* a */ process.env.HINDSIGHT_ATTACK_CANARY /* b */} ${OUTSIDE_MARKER}.`,
        ),
      );
      symlinkSync(join(outside, 'payload.mdx'), join(postmortems, '2025-07-01-link-outside.mdx'));
      symlinkSync(VALID_FILE, join(postmortems, '2025-07-02-link-to-other-postmortem.mdx'));
      symlinkSync('/etc/passwd', join(postmortems, '2025-07-03-link-to-passwd.mdx'));
      mkdirSync(join(postmortems, '2025-07-04-directory.mdx'));
      writeFileSync(join(postmortems, '2025-07-04-directory.mdx', 'index.mdx'), validCopy('Inside a directory'));
      // An image outside the repository, linked into the images folder and used by a valid postmortem.
      cpSync(
        join(PROJECT_ROOT, 'tests/fixtures/attacks/images/content/postmortems/images/diagram.png'),
        join(outside, 'secret.png'),
      );
      mkdirSync(join(postmortems, 'images'), { recursive: true });
      symlinkSync(join(outside, 'secret.png'), join(postmortems, 'images/linked.png'));
      writeFileSync(
        join(postmortems, '2025-07-05-uses-linked-image.mdx'),
        validCopy('Uses a linked image').replace(
          'The pool was set to 5.',
          'The pool was set to 5.\n\n![A diagram](./images/diagram.png)',
        ),
      );
    },
  },
];

/**
 * Encodings a naive splitter reads differently from Astro: a byte order mark,
 * CRLF line endings, blank lines before the front matter. Either side may
 * accept or refuse them, as long as both do the same.
 */
export const ENCODING_ATTACK: AttackClass = {
  name: 'front-matter-encoding',
  files: ['2025-06-11-byte-order-mark.mdx', '2025-06-12-crlf-line-endings.mdx', '2025-06-13-blank-lines-first.mdx'].map(
    (name) => ({ name, fields: ['front matter', 'file', 'body', 'title'] }),
  ),
};

/** What `astro dev` is tried with: comment-wrapped code, and a broken front-matter field. */
export const DEV_ATTACK: AttackClass = {
  name: 'dev',
  files: [
    { name: '2025-09-01-dev-comment-code.mdx', fields: BODY },
    { name: '2025-09-02-dev-broken-field.mdx', fields: ['severity'] },
  ],
};

export const attackClass = (name: string): AttackClass => {
  const found = ATTACK_CLASSES.find((attack) => attack.name === name);
  if (!found) throw new Error(`no attack class ${name}`);
  return found;
};

/** Where the copies are made: below the test output folder, each run afresh. */
const WORK_ROOT = join(OUTPUT_ROOT, 'attacks');

export interface PreparedContent {
  /** The content folder, relative to the project root (HINDSIGHT_CONTENT_DIR). */
  contentDir: string;
  absolute: string;
  /** A folder outside the repository that payloads may point at. */
  outside: string;
}

/**
 * A fresh copy of one or more classes' content folders under `label`, with
 * their test-time files made. `only` keeps just the named hostile files
 * (and the valid one).
 */
export function prepareContent(
  label: string,
  classes: readonly AttackClass[],
  only?: readonly string[],
): PreparedContent {
  const absolute = join(WORK_ROOT, label, 'content');
  rmSync(join(WORK_ROOT, label), { recursive: true, force: true });
  mkdirSync(absolute, { recursive: true });
  // Outside the repository, wherever the test output goes.
  const outside = mkdtempSync(join(tmpdir(), 'hindsight-outside-'));
  for (const attack of classes) {
    const committed = join(PROJECT_ROOT, 'tests/fixtures/attacks', attack.name, 'content');
    cpSync(committed, absolute, {
      recursive: true,
      filter: (source) => {
        const name = relative(join(committed, 'postmortems'), source);
        return !only || !name.endsWith('.mdx') || name.startsWith('..') || name === VALID_FILE || only.includes(name);
      },
    });
    attack.setup?.(absolute, outside);
  }
  return { contentDir: relative(PROJECT_ROOT, absolute), absolute, outside };
}

/** The hostile files of the given classes, restricted to `only` when given. */
export function hostileFiles(classes: readonly AttackClass[], only?: readonly string[]): HostileFile[] {
  return classes.flatMap((attack) => attack.files).filter((file) => !only || only.includes(file.name));
}

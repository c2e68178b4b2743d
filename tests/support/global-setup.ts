/**
 * Builds every fixture site once, one after another (they share Astro's
 * content cache), and hands the results to the build and browser tests.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildFixture, CODE_CANARY_FILE, type FixtureBuild } from './fixture-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    builds: ReturnType<typeof buildFixtures>;
  }
}

export default function setup(project: TestProject) {
  project.provide('builds', buildFixtures());
}

function buildFixtures() {
  rmSync(CODE_CANARY_FILE, { force: true });
  return {
    basic: buildFixture('basic', {
      contentDir: 'tests/fixtures/basic/content',
      env: { HINDSIGHT_REPOSITORY_URL: 'https://github.com/tidewater/postmortems', TZ: 'UTC' },
    }),
    // The same build on machines in other zones must be byte-for-byte identical.
    basicLosAngeles: buildFixture('basic-los-angeles', {
      contentDir: 'tests/fixtures/basic/content',
      env: { HINDSIGHT_REPOSITORY_URL: 'https://github.com/tidewater/postmortems', TZ: 'America/Los_Angeles' },
    }),
    basicKolkata: buildFixture('basic-kolkata', {
      contentDir: 'tests/fixtures/basic/content',
      env: { HINDSIGHT_REPOSITORY_URL: 'https://github.com/tidewater/postmortems', TZ: 'Asia/Kolkata' },
    }),
    // The same content served below a path on a shared host.
    basicBase: buildFixture('basic-base', {
      contentDir: 'tests/fixtures/basic/content',
      env: { HINDSIGHT_BASE: '/postmortems/', HINDSIGHT_SITE: 'https://intranet.example.com' },
    }),
    invalid: buildFixture('invalid', { contentDir: 'tests/fixtures/invalid/content' }),
    // A body that tries to read the environment and write a file while building.
    codeCanary: buildFixture('code-canary', {
      contentDir: 'tests/fixtures/code-canary/content',
      env: { HINDSIGHT_CANARY_FILE: CODE_CANARY_FILE },
    }),
    // One fixture set with canary strings, built for each audience.
    audienceInternal: buildFixture('audience-internal', { contentDir: 'tests/fixtures/audiences/content' }),
    audiencePublic: buildFixture('audience-public', {
      contentDir: 'tests/fixtures/audiences/content',
      env: { HINDSIGHT_AUDIENCE: 'public' },
    }),
    // Script-like strings in every free-text field: pages must stay inert.
    hostile: buildFixture('hostile', { contentDir: 'tests/fixtures/hostile/content' }),
    // Action items linked to a fake GitHub repository and Jira project, with their synced state.
    tracker: buildFixture('tracker', { contentDir: 'tests/fixtures/tracker/content' }),
    example: buildFixture('example', { contentDir: 'content' }),
    // What search engines see: the public archive (the internal one asks crawlers to stay out).
    examplePublic: buildFixture('example-public', { contentDir: 'content', env: { HINDSIGHT_AUDIENCE: 'public' } }),
  } satisfies Record<string, FixtureBuild>;
}

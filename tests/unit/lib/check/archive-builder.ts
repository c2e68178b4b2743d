/** In-memory archives for check-engine tests: a valid base, changed one rule at a time. */
import type { ArchiveSources, SourceFile } from '../../../../src/lib/check/index.ts';

export const SERVICES = `- id: checkout
  name: Checkout
  team: payments
- id: search
  name: Search
`;
export const TEAMS = `- id: payments
  name: Payments
- id: discovery
  name: Discovery
`;
export const ROOT_CAUSES = `- id: config-change
  name: Configuration change
- id: software-bug
  name: Software defect
`;

export const VALID_FRONT_MATTER = `title: Checkout failed after a pool change
summary: A configuration change lowered the pool size and a third of checkouts failed.
severity: SEV2
status: published
visibility: internal
timezone: Europe/Berlin
detectedBy: monitoring
services: [checkout]
teams: [payments]
trigger: Change 4411 was applied.
impact:
  description: One in three checkouts failed.
  usersAffectedPercent: 33
  customersAffected: 1200
  revenueLoss: { amount: 500, currency: EUR }
rootCause:
  category: config-change
  description: Pool sizes were not validated.
  whys:
    - The pool was too small.
contributingFactors: [software-bug]
timeline:
  - at: "2025-01-14T11:05:00+01:00"
    kind: started
    text: Change rolled out.
  - at: "2025-01-14T11:19:00+01:00"
    kind: detected
    text: Alert fired.
  - at: "2025-01-14T11:30:00+01:00"
    kind: note
    text: Dashboards checked.
  - at: "2025-01-14T13:24:00+01:00"
    kind: mitigated
    text: Reverted.
  - at: "2025-01-14T15:00:00+01:00"
    kind: resolved
    text: Validation shipped.
actionItems:
  - title: Validate pool sizes
    owner: payments
    due: 2025-02-01
    status: done
    type: prevent
    link: https://tracker.example.com/OPS-1
learnings:
  - Range checks catch typos.
authors: [marcus]
tags: [postgres]
`;

export const VALID_BODY = `
## Root cause and resolution

The pool was set to 5.

## Corrective and preventative measures

Validate configuration.
`;

export const FILE = 'content/postmortems/2025-01-14-pool.mdx';

export function postmortem(frontMatter = VALID_FRONT_MATTER, body = VALID_BODY): string {
  return `---\n${frontMatter}---\n${body}`;
}

/** An archive holding `files` (path -> text) and the three taxonomies. */
export function archive(files: Record<string, string>, overrides: Partial<ArchiveSources> = {}): ArchiveSources {
  const taxonomy = (path: string, text: string): SourceFile => ({ path, text });
  return {
    postmortems: Object.entries(files).map(([path, text]) => ({ path, text })),
    services: taxonomy('content/services.yaml', SERVICES),
    teams: taxonomy('content/teams.yaml', TEAMS),
    rootCauses: taxonomy('content/root-causes.yaml', ROOT_CAUSES),
    taxonomyPaths: {
      services: 'content/services.yaml',
      teams: 'content/teams.yaml',
      rootCauses: 'content/root-causes.yaml',
    },
    strayFiles: [],
    images: new Set(['x.png']),
    ...overrides,
  };
}

/** Replaces `from` in the valid front matter, failing loudly if it is not there. */
export function changed(from: string, to: string, base = VALID_FRONT_MATTER): string {
  if (!base.includes(from)) throw new Error(`fixture does not contain: ${from}`);
  return base.replace(from, to);
}

/** Valid front matter for incident-model tests, changed one field at a time. */
import { postmortemSchema, type Postmortem } from '../../../../src/schema/postmortem.ts';
import { buildIncidentArchive, type IncidentArchive } from '../../../../src/lib/incident/archive.ts';

type Overrides = Partial<Omit<Postmortem, 'timeline'>> & {
  /** Minutes after `start` of detected and mitigated (and resolved, when given). */
  minutes?: { detected: number; mitigated: number; resolved?: number };
  start?: string;
};

export function postmortem(overrides: Overrides = {}): Postmortem {
  const { minutes = { detected: 10, mitigated: 30 }, start = '2025-03-01T10:00:00Z', ...fields } = overrides;
  const at = (offset: number) => new Date(Date.parse(start) + offset * 60_000).toISOString();
  return postmortemSchema.parse({
    title: 'Checkout failed',
    summary: 'A third of checkouts failed.',
    severity: 'SEV2',
    status: 'published',
    timezone: 'UTC',
    detectedBy: 'monitoring',
    services: ['checkout'],
    impact: { description: 'Checkouts failed.', usersAffectedPercent: 30 },
    rootCause: { category: 'config-change', description: 'A pool was too small.' },
    actionItems: [{ title: 'Validate pools', owner: 'payments', due: '2025-04-01', status: 'open', type: 'prevent' }],
    learnings: ['Pools need limits.'],
    authors: ['Priya'],
    timeline: [
      { at: start, kind: 'started', text: 'Errors began.' },
      { at: at(minutes.detected), kind: 'detected', text: 'An alert fired.' },
      { at: at(minutes.mitigated), kind: 'mitigated', text: 'The change was reverted.' },
      ...(minutes.resolved === undefined ? [] : [{ at: at(minutes.resolved), kind: 'resolved', text: 'Closed.' }]),
    ],
    ...fields,
  });
}

export const TAXONOMIES = {
  services: new Map([
    ['checkout', { id: 'checkout', name: 'Checkout', team: 'payments' }],
    ['search', { id: 'search', name: 'Search', team: 'discovery' }],
  ]),
  teams: new Map([
    ['payments', { id: 'payments', name: 'Payments' }],
    ['discovery', { id: 'discovery', name: 'Discovery' }],
  ]),
  rootCauses: new Map([
    ['config-change', { id: 'config-change', name: 'Configuration change' }],
    ['software-bug', { id: 'software-bug', name: 'Software defect' }],
  ]),
};

export function archiveOf(postmortems: Record<string, Postmortem>, base = '/'): IncidentArchive {
  return buildIncidentArchive(
    Object.entries(postmortems).map(([id, data]) => ({ id, data })),
    TAXONOMIES,
    { base, contentDir: 'content' },
  );
}

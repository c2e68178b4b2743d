import { describe, expect, it } from 'vitest';
import { deriveIncident } from '../../../../src/lib/incident/incident.ts';
import { serviceOwners } from '../../../../src/lib/incident/archive.ts';
import { postmortem, TAXONOMIES } from './postmortems.ts';

const context = { base: '/archive/', contentDir: 'content', serviceTeams: serviceOwners(TAXONOMIES.services) };

describe('an incident derived from its postmortem', () => {
  it('measures TTD, TTM, impact and time to resolve in milliseconds from the timeline', () => {
    const incident = deriveIncident(
      'a',
      postmortem({ minutes: { detected: 7, mitigated: 52, resolved: 90 } }),
      context,
    );
    expect(incident.durations).toEqual({
      timeToDetect: 7 * 60_000,
      timeToMitigate: 45 * 60_000,
      impactDuration: 52 * 60_000,
      timeToResolve: 90 * 60_000,
    });
    expect(incident.startedAt).toBe(Date.parse('2025-03-01T10:00:00Z'));
  });

  it('dates an incident in its own zone, so it lands in the quarter its page shows', () => {
    const incident = deriveIncident(
      'late',
      postmortem({ start: '2025-04-01T06:30:00Z', timezone: 'America/Los_Angeles' }),
      context,
    );
    expect(incident.date).toBe('2025-03-31');
  });

  it('counts an incident for the teams it names and for the owners of the services it hit, once each', () => {
    const named = deriveIncident('a', postmortem({ services: ['checkout', 'search'], teams: ['payments'] }), context);
    expect(named.teams).toEqual(['payments', 'discovery']);
    const unnamed = deriveIncident('a', postmortem({ services: ['search'] }), context);
    expect(unnamed.teams).toEqual(['discovery']);
  });

  it('counts open and in-progress action items as unfinished, done and won’t do as finished', () => {
    const item = { title: 'x', owner: 'o', due: '2025-01-01', type: 'prevent' as const };
    const incident = deriveIncident(
      'a',
      postmortem({
        actionItems: [
          { ...item, status: 'open' },
          { ...item, status: 'in-progress' },
          { ...item, status: 'done' },
          { ...item, status: 'wont-do' },
        ],
      }),
      context,
    );
    expect(incident.unfinishedActionItems).toBe(2);
  });

  it('links its page below the base path and its file in the repository', () => {
    const incident = deriveIncident('2025-03-01-checkout', postmortem(), {
      ...context,
      commitDates: new Map([['content/postmortems/2025-03-01-checkout.mdx', '2025-03-05T12:00:00Z']]),
      repository: { url: 'https://github.com/acme/postmortems.git', branch: 'main' },
    });
    expect(incident.url).toBe('/archive/postmortems/2025-03-01-checkout/');
    expect(incident.filePath).toBe('content/postmortems/2025-03-01-checkout.mdx');
    expect(incident.lastUpdated).toBe('2025-03-05T12:00:00Z');
    expect(incident.editUrl).toBe(
      'https://github.com/acme/postmortems/edit/main/content/postmortems/2025-03-01-checkout.mdx',
    );
  });
});

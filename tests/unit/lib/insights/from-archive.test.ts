import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES, ACTION_TYPES, DETECTION_METHODS, SEVERITIES } from '../../../../src/schema/postmortem.ts';
import { insightNames, serviceOwners, toInsightIncident } from '../../../../src/lib/insights/from-archive.ts';

describe('incidents from the archive', () => {
  const started = new Date('2025-03-31T23:30:00-07:00');
  const archived = {
    id: '2025-03-31-late',
    url: '/postmortems/2025-03-31-late/',
    data: {
      title: 'Late in the quarter',
      timezone: 'America/Los_Angeles',
      severity: 'SEV2' as const,
      detectedBy: 'customer',
      services: ['checkout', 'search'],
      teams: ['payments'],
      rootCause: { category: 'dns' },
      actionItems: [
        {
          title: 'Fix',
          owner: 'priya',
          due: '2025-04-30',
          status: 'open' as const,
          type: 'prevent' as const,
          link: 'https://x.example/1',
        },
      ],
    },
    milestones: { started },
    durations: { timeToDetect: 60_000, timeToMitigate: 120_000, impactDuration: 180_000 },
  };
  const owners = serviceOwners(
    new Map([
      ['checkout', { team: 'payments' }],
      ['search', { team: 'discovery' }],
    ]),
  );

  it('dates an incident in its own zone, so it lands in the quarter its page shows', () => {
    const insight = toInsightIncident(archived, owners);
    expect(started.toISOString().slice(0, 10)).toBe('2025-04-01');
    expect(insight.date).toBe('2025-03-31');
    expect(insight.startedAt).toBe(started.getTime());
  });

  it('counts an incident for its teams and for the owners of the services it hit, once each', () => {
    expect(toInsightIncident(archived, owners).teams).toEqual(['payments', 'discovery']);
    expect(toInsightIncident({ ...archived, data: { ...archived.data, teams: undefined } }, owners).teams).toEqual([
      'payments',
      'discovery',
    ]);
  });

  it('keeps only the action-item fields the insights read', () => {
    expect(toInsightIncident(archived, owners).actionItems).toEqual([
      { title: 'Fix', owner: 'priya', due: '2025-04-30', status: 'open', type: 'prevent' },
    ]);
  });

  it('names taxonomy ids', () => {
    const names = insightNames({
      services: new Map([['checkout', { name: 'Checkout' }]]),
      teams: new Map(),
      rootCauses: new Map([['dns', { name: 'DNS' }]]),
    });
    expect(names).toEqual({ services: { checkout: 'Checkout' }, teams: {}, rootCauses: { dns: 'DNS' } });
  });

});

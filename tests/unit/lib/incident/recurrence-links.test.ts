import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recurrenceLink, recurrenceLinks } from '../../../../src/lib/incident/recurrence-links.ts';
import { recurrenceNotice } from '../../../../src/lib/incident/recurrence-notice.ts';
import { archiveFromContent } from '../../../support/content-archive.ts';
import { archiveOf, postmortem } from './postmortems.ts';

const TODAY = '2025-12-01';
const start = (date: string) => `${date}T10:00:00Z`;
const pool = postmortem({ start: start('2025-01-10') });

describe('recurrence links', () => {
  it('link an earlier incident of the same cause on the same service within the window, both ways', () => {
    const archive = archiveOf({ first: pool, second: postmortem({ start: start('2025-07-09') }) });
    const links = recurrenceLinks(archive.incidents, { today: TODAY });
    // 2025-01-10 to 2025-07-09 is 180 days: inside the default window.
    const [link] = links.earlier.get('second')!;
    expect(link).toMatchObject({ daysApart: 180, sameCategory: true, sharedServices: ['checkout'] });
    expect(link!.earlier.id).toBe('first');
    expect(links.later.get('first')!.map((later) => later.later.id)).toEqual(['second']);
    expect(links.earlier.has('first')).toBe(false);
  });

  it('stop at the window, which the site can change', () => {
    const archive = archiveOf({ first: pool, second: postmortem({ start: start('2025-07-10') }) });
    expect(recurrenceLinks(archive.incidents, { today: TODAY }).earlier.size).toBe(0);
    expect(recurrenceLinks(archive.incidents, { today: TODAY, windowDays: 181 }).earlier.size).toBe(1);
    expect(() => recurrenceLinks(archive.incidents, { today: TODAY, windowDays: -1 })).toThrow(/whole number/);
  });

  it('need a shared service or team', () => {
    const elsewhere = postmortem({ start: start('2025-02-01'), services: ['search'] });
    expect(
      recurrenceLinks(archiveOf({ first: pool, second: elsewhere }).incidents, { today: TODAY }).earlier.size,
    ).toBe(0);
    // The same team (payments) named on a different service is enough.
    const sameTeam = postmortem({ start: start('2025-02-01'), services: ['search'], teams: ['payments'] });
    const [link] = recurrenceLinks(archiveOf({ first: pool, second: sameTeam }).incidents, {
      today: TODAY,
    }).earlier.get('second')!;
    expect(link).toMatchObject({ sharedServices: [], sharedTeams: ['payments'] });
  });

  it('count a contributing factor on either side as a shared cause', () => {
    const factor = postmortem({
      start: start('2025-02-01'),
      rootCause: { category: 'software-bug', description: 'A bug.' },
      contributingFactors: ['config-change'],
    });
    const [link] = recurrenceLinks(archiveOf({ first: pool, second: factor }).incidents, { today: TODAY }).earlier.get(
      'second',
    )!;
    expect(link).toMatchObject({ sameCategory: false, sharedCauses: ['config-change'] });
    const other = postmortem({
      start: start('2025-02-01'),
      rootCause: { category: 'software-bug', description: 'A bug.' },
    });
    expect(recurrenceLinks(archiveOf({ first: pool, second: other }).incidents, { today: TODAY }).earlier.size).toBe(0);
  });

  it('carry the earlier incident’s unfinished action items, marked overdue by the given day', () => {
    const archive = archiveOf({ first: pool, second: postmortem({ start: start('2025-03-01') }) });
    const [link] = recurrenceLinks(archive.incidents, { today: TODAY }).earlier.get('second')!;
    expect(link!.unfinished).toEqual([
      { title: 'Validate pools', owner: 'payments', due: '2025-04-01', status: 'open', overdue: true },
    ]);
    expect(recurrenceNotice(link!, archive.names)).toBe(
      'Same cause as first (50 days earlier, also on service Checkout); its action item "Validate pools" (owner payments, due 2025-04-01, overdue) is still open.',
    );
  });
});

describe('recurrence links in the example archive', () => {
  const archive = archiveFromContent('content');
  const links = recurrenceLinks(archive.incidents, { today: '2026-11-27' });

  it('name the internal mTLS expiry before the webhook signing-certificate expiry, with its open promises', () => {
    const [link] = links.earlier.get('2026-03-04-payments-webhook-signing-cert-expiry')!;
    expect(link!.earlier.id).toBe('2026-01-20-certificate-expiry-internal-mtls');
    expect(link!.daysApart).toBe(43);
    const unfinished = archive.byId
      .get('2026-01-20-certificate-expiry-internal-mtls')!
      .data.actionItems.filter((item) => item.status === 'open' || item.status === 'in-progress');
    expect(link!.unfinished.map((item) => item.title)).toEqual(unfinished.map((item) => item.title));
    expect(recurrenceNotice(link!, archive.names)).toMatch(
      /^Same cause as 2026-01-20-certificate-expiry-internal-mtls \(43 days earlier, also on service Payments\); 2 of its action items are unfinished: /,
    );
  });

  it('agree pair by pair with a direct reading of the rule', () => {
    const window = 180;
    const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    const causes = (incident: (typeof archive.incidents)[number]) => [
      incident.data.rootCause.category,
      ...(incident.data.contributingFactors ?? []),
    ];
    const expected: string[] = [];
    for (const later of archive.incidents) {
      for (const earlier of archive.incidents) {
        const days = day(later.date) - day(earlier.date);
        if (earlier.startedAt >= later.startedAt || days > window) continue;
        if (!causes(later).some((cause) => causes(earlier).includes(cause))) continue;
        const sharesPlace =
          later.data.services.some((service) => earlier.data.services.includes(service)) ||
          later.teams.some((team) => earlier.teams.includes(team));
        if (sharesPlace) expected.push(`${earlier.id} -> ${later.id}`);
      }
    }
    const found = [...links.earlier.values()].flat().map((link) => `${link.earlier.id} -> ${link.later.id}`);
    expect(found.sort()).toEqual(expected.sort());
    expect(found.length).toBeGreaterThan(5);
  });
});

describe('recurrence links, found per cause and place', () => {
  const SERVICES = ['checkout', 'search'];
  const CAUSES = ['config-change', 'software-bug'];
  const incidentArbitrary = fc.record({
    // Starts at any minute of 40 days and windows of 0-30 days, so window edges and zone dates are crossed often.
    minute: fc.integer({ min: 0, max: 40 * 24 * 60 }),
    timezone: fc.constantFrom('UTC', 'Pacific/Auckland', 'America/Los_Angeles'),
    services: fc.subarray(SERVICES, { minLength: 1 }),
    teams: fc.subarray(['payments', 'discovery']),
    category: fc.constantFrom(...CAUSES),
    factors: fc.subarray(CAUSES),
  });

  it('equal the rule applied to every pair of incidents', () => {
    fc.assert(
      fc.property(
        fc.array(incidentArbitrary, { maxLength: 24 }),
        fc.integer({ min: 0, max: 30 }),
        (drawn, windowDays) => {
          const archive = archiveOf(
            Object.fromEntries(
              drawn.map((incident, index) => [
                `incident-${index}`,
                postmortem({
                  start: new Date(Date.parse('2024-01-01T00:00:00Z') + incident.minute * 60_000).toISOString(),
                  timezone: incident.timezone,
                  services: incident.services,
                  teams: incident.teams,
                  rootCause: { category: incident.category, description: 'A cause.' },
                  contributingFactors: incident.factors,
                }),
              ]),
            ),
          );
          const options = { today: TODAY, windowDays };
          const expected = archive.incidents.flatMap((later) =>
            archive.incidents.flatMap((earlier) => {
              const link = recurrenceLink(earlier, later, options);
              return link ? [`${earlier.id} -> ${later.id} (${link.daysApart} days)`] : [];
            }),
          );
          const found = [...recurrenceLinks(archive.incidents, options).earlier.values()]
            .flat()
            .map((link) => `${link.earlier.id} -> ${link.later.id} (${link.daysApart} days)`);
          expect(found.sort()).toEqual(expected.sort());
        },
      ),
      { numRuns: 300 },
    );
  });
});

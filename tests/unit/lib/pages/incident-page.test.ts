import { describe, expect, it } from 'vitest';
import { incidentPage, SAME_CAUSE_SHOWN } from '../../../../src/lib/pages/incident-page.ts';
import { archiveOf, postmortem } from '../incident/postmortems.ts';

const TODAY = '2025-06-01';
const day = (n: number) => `2025-01-${String(n).padStart(2, '0')}T10:00:00Z`;

describe('a postmortem page', () => {
  it('lists related incidents, and every other same-cause incident newest first, marking the related ones', () => {
    const archive = archiveOf({
      one: postmortem({ start: day(1) }),
      two: postmortem({ start: day(2) }),
      three: postmortem({ start: day(3), related: ['one'] }),
      other: postmortem({ start: day(4), rootCause: { category: 'software-bug', description: 'A bug.' } }),
    });
    const page = incidentPage(archive, archive.byId.get('three')!, TODAY);
    expect(page.related.map((incident) => incident.id)).toEqual(['one']);
    expect(page.sameCause.map((incident) => incident.id)).toEqual(['two', 'one']);
    expect(page.sameCauseCount).toBe(2);
    expect([...page.alsoRelated]).toEqual(['one']);
    expect(page.causeName).toBe('Configuration change');
  });

  it('lists same-cause incidents even when every one of them is also related', () => {
    // Three incidents of one cause, each linking the others: the panel must not read "no other postmortem".
    const archive = archiveOf({
      first: postmortem({ start: day(1) }),
      second: postmortem({ start: day(2), related: ['first'] }),
      third: postmortem({ start: day(3), related: ['first', 'second'] }),
      other: postmortem({ start: day(4), rootCause: { category: 'software-bug', description: 'A bug.' } }),
    });
    const page = incidentPage(archive, archive.byId.get('third')!, TODAY);
    expect(page.related.map((incident) => incident.id)).toEqual(['second', 'first']);
    expect(page.sameCause.map((incident) => incident.id)).toEqual(['second', 'first']);
    expect(page.sameCauseCount).toBe(2);
    expect([...page.alsoRelated].sort()).toEqual(['first', 'second']);
    const alone = incidentPage(archive, archive.byId.get('other')!, TODAY);
    expect(alone.sameCauseCount).toBe(0);
    expect(alone.sameCause).toEqual([]);
  });

  it('shows the newest same-cause incidents and counts them all', () => {
    const many = Object.fromEntries(
      Array.from({ length: SAME_CAUSE_SHOWN + 3 }, (_, index) => [
        `i${index + 1}`,
        postmortem({ start: day(index + 1) }),
      ]),
    );
    const archive = archiveOf(many);
    const page = incidentPage(archive, archive.byId.get('i1')!, TODAY);
    expect(page.sameCause).toHaveLength(SAME_CAUSE_SHOWN);
    expect(page.sameCause[0]!.id).toBe(`i${SAME_CAUSE_SHOWN + 3}`);
    expect(page.sameCauseCount).toBe(SAME_CAUSE_SHOWN + 2);
  });

  it('names services, teams and contributing factors, and describes the incident', () => {
    const archive = archiveOf({
      a: postmortem({
        services: ['checkout', 'retired'],
        teams: ['payments'],
        contributingFactors: ['software-bug'],
        minutes: { detected: 5, mitigated: 65 },
      }),
    });
    const page = incidentPage(archive, archive.byId.get('a')!, TODAY);
    expect(page.serviceNames).toEqual(['Checkout', 'retired']);
    expect(page.teamNames).toEqual(['Payments']);
    expect(page.contributing).toEqual([{ id: 'software-bug', name: 'Software defect' }]);
    expect(page.description).toBe('SEV2 · 1 h 05 min of impact, detected in 5 min · A third of checkouts failed.');
  });
});

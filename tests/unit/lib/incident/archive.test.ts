import { describe, expect, it } from 'vitest';
import { nameOf } from '../../../../src/lib/incident/archive.ts';
import { archiveOf, postmortem } from './postmortems.ts';

describe('the incident archive', () => {
  const archive = archiveOf({
    old: postmortem({ start: '2024-05-01T10:00:00Z', related: ['new'] }),
    new: postmortem({ start: '2025-05-01T10:00:00Z' }),
    tie: postmortem({ start: '2025-05-01T10:00:00Z', rootCause: { category: 'software-bug', description: 'A bug.' } }),
  });

  it('lists incidents newest first, ties by id', () => {
    expect(archive.incidents.map((incident) => incident.id)).toEqual(['new', 'tie', 'old']);
  });

  it('links related incidents in both directions, and groups them by root cause newest first', () => {
    expect(archive.related.get('new')?.map((incident) => incident.id)).toEqual(['old']);
    expect(archive.related.get('old')?.map((incident) => incident.id)).toEqual(['new']);
    expect(archive.byRootCause.get('config-change')?.map((incident) => incident.id)).toEqual(['new', 'old']);
  });

  it('names taxonomy ids, and shows an id the taxonomy lacks as itself, even one named like an Object member', () => {
    expect(archive.names.services).toEqual({ checkout: 'Checkout', search: 'Search' });
    expect(nameOf(archive.names.rootCauses, 'software-bug')).toBe('Software defect');
    expect(nameOf(archive.names.rootCauses, 'constructor')).toBe('constructor');
  });
});

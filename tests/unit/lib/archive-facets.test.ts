import { describe, expect, it } from 'vitest';
import { applyFacets, facetCounts, parseFacetState, serializeFacetState } from '../../../src/lib/archive-facets.ts';
import { type IndexRow } from '../../../src/lib/incident/index-row.ts';

const row = (id: string, overrides: Partial<IndexRow>): IndexRow => ({
  id,
  url: `/postmortems/${id}/`,
  title: id,
  summary: '',
  date: '2025-01-01',
  severity: 'SEV3',
  status: 'published',
  services: ['checkout'],
  teams: ['payments'],
  cause: 'config-change',
  tags: [],
  detectedBy: 'monitoring',
  startedAt: 0,
  ttdMinutes: 10,
  ttmMinutes: 20,
  impactMinutes: 30,
  unfinishedActionItems: 0,
  ...overrides,
});

const rows = [
  row('a', {
    severity: 'SEV1',
    services: ['checkout', 'payments'],
    startedAt: 3,
    ttdMinutes: 5,
    ttmMinutes: 195,
    impactMinutes: 200,
    date: '2026-02-01',
    unfinishedActionItems: 2,
  }),
  row('b', {
    severity: 'SEV2',
    services: ['search'],
    teams: ['discovery'],
    startedAt: 2,
    ttdMinutes: 50,
    impactMinutes: 70,
    cause: 'software-bug',
  }),
  row('c', {
    severity: 'SEV2',
    services: ['checkout'],
    startedAt: 1,
    ttdMinutes: 30,
    impactMinutes: 80,
    date: '2024-06-01',
    detectedBy: 'customer',
  }),
];

describe('index facets', () => {
  it('ANDs facets and ORs values within one facet', () => {
    expect(applyFacets(rows, { filters: { service: ['checkout'] }, sort: 'newest' }).map((r) => r.id)).toEqual([
      'a',
      'c',
    ]);
    expect(
      applyFacets(rows, { filters: { service: ['checkout'], severity: ['SEV2'] }, sort: 'newest' }).map((r) => r.id),
    ).toEqual(['c']);
    expect(applyFacets(rows, { filters: { severity: ['SEV1', 'SEV2'] }, sort: 'oldest' }).map((r) => r.id)).toEqual([
      'c',
      'b',
      'a',
    ]);
    expect(applyFacets(rows, { filters: { year: ['2024'] }, sort: 'newest' }).map((r) => r.id)).toEqual(['c']);
    expect(applyFacets(rows, { filters: { open: ['open'] }, sort: 'newest' }).map((r) => r.id)).toEqual(['a']);
  });

  it('sorts by severity, TTD, TTM and impact, longest first', () => {
    expect(applyFacets(rows, { filters: {}, sort: 'severity' }).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(applyFacets(rows, { filters: {}, sort: 'ttd' }).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    // b and c take the same time to mitigate: the newer first.
    expect(applyFacets(rows, { filters: {}, sort: 'ttm' }).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(applyFacets(rows, { filters: {}, sort: 'impact' }).map((r) => r.id)).toEqual(['a', 'c', 'b']);
  });

  it('counts each value given the other facets, keeping values with none', () => {
    const counts = facetCounts(rows, { filters: { service: ['checkout'] }, sort: 'newest' });
    expect(Object.fromEntries(counts.severity)).toEqual({ SEV1: 1, SEV2: 1 });
    // Counts for the filtered facet itself ignore its own selection.
    expect(Object.fromEntries(counts.service)).toEqual({ checkout: 2, payments: 1, search: 1 });
    expect(Object.fromEntries(counts.detected)).toEqual({ monitoring: 1, customer: 1 });
    expect(counts.team.get('discovery')).toBe(0);
  });

  it('round-trips its state through the URL', () => {
    const state = parseFacetState('?service=checkout&severity=SEV1&severity=SEV2&sort=ttd&bogus=1');
    expect(state).toEqual({ filters: { severity: ['SEV1', 'SEV2'], service: ['checkout'] }, sort: 'ttd' });
    expect(serializeFacetState(state)).toBe('?severity=SEV1&severity=SEV2&service=checkout&sort=ttd');
    expect(parseFacetState('?sort=nonsense').sort).toBe('newest');
    expect(parseFacetState('?sort=impact').sort).toBe('impact');
    expect(serializeFacetState({ filters: {}, sort: 'newest' })).toBe('');
  });
});

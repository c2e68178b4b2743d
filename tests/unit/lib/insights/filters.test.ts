import { describe, expect, it } from 'vitest';
import {
  applyInsightsFilter,
  insightsQuery,
  isUnfiltered,
  parseInsightsFilter,
  periodOptions,
  periodRange,
  type FilterChoices,
} from '../../../../src/lib/insights/filters.ts';
import { incident } from './fixtures.ts';

const TODAY = '2026-01-01';
const choices: FilterChoices = {
  service: ['checkout', 'search'],
  team: ['payments', 'discovery'],
  severity: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
  period: ['last-90-days', 'last-12-months', '2025'],
};
const incidents = [
  incident({ id: 'old', date: '2024-12-31', services: ['checkout'], teams: ['payments'], severity: 'SEV1' }),
  incident({ id: 'spring', date: '2025-04-01', services: ['search'], teams: ['discovery'], severity: 'SEV2' }),
  incident({ id: 'autumn', date: '2025-10-04', services: ['checkout', 'search'], teams: ['payments'] }),
  incident({ id: 'future', date: '2026-02-01', services: ['search'], teams: ['discovery'] }),
];
const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('insights filters', () => {
  it('reads known values from the query and drops the rest', () => {
    expect(parseInsightsFilter('?service=checkout&team=nobody&severity=SEV9&period=2025&x=1', choices)).toEqual({
      service: 'checkout',
      period: '2025',
    });
    expect(parseInsightsFilter(new URLSearchParams('severity=SEV2'), choices)).toEqual({ severity: 'SEV2' });
    expect(parseInsightsFilter('', choices)).toEqual({});
  });

  it('writes the query in a fixed order, and nothing for no filter', () => {
    expect(insightsQuery({ period: 'last-12-months', service: 'checkout' })).toBe(
      '?service=checkout&period=last-12-months',
    );
    expect(insightsQuery({})).toBe('');
    expect(isUnfiltered({})).toBe(true);
    expect(isUnfiltered({ team: 'payments' })).toBe(false);
  });

  it('turns periods into inclusive date ranges ending on the build date', () => {
    // 4 Oct 2025 to 1 Jan 2026 is 90 days counting both ends.
    expect(periodRange('last-90-days', TODAY)).toEqual({ from: '2025-10-04', to: '2026-01-01' });
    expect(periodRange('last-12-months', TODAY)).toEqual({ from: '2025-01-02', to: '2026-01-01' });
    expect(periodRange('last-24-months', TODAY)).toEqual({ from: '2024-01-02', to: '2026-01-01' });
    expect(periodRange('2025', TODAY)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodRange('forever', TODAY)).toBeUndefined();
  });

  it('offers the relative periods, then each year with an incident, newest first', () => {
    expect(periodOptions(['2024-05-01', '2025-01-01', '2024-06-01']).map((option) => option.value)).toEqual([
      'last-90-days',
      'last-12-months',
      'last-24-months',
      '2025',
      '2024',
    ]);
  });

  it('keeps the incidents matching every filter', () => {
    expect(ids(applyInsightsFilter(incidents, {}, TODAY))).toEqual(['old', 'spring', 'autumn', 'future']);
    expect(ids(applyInsightsFilter(incidents, { service: 'checkout' }, TODAY))).toEqual(['old', 'autumn']);
    expect(ids(applyInsightsFilter(incidents, { team: 'discovery' }, TODAY))).toEqual(['spring', 'future']);
    expect(ids(applyInsightsFilter(incidents, { severity: 'SEV2' }, TODAY))).toEqual(['spring']);
    expect(ids(applyInsightsFilter(incidents, { period: 'last-90-days' }, TODAY))).toEqual(['autumn']);
    expect(ids(applyInsightsFilter(incidents, { period: '2025', service: 'search' }, TODAY))).toEqual([
      'spring',
      'autumn',
    ]);
  });
});

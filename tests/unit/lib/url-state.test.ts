import { describe, expect, it } from 'vitest';
import { parseFacetState, serializeFacetState } from '../../../src/lib/archive-facets.ts';
import { actionItemQuery, parseActionItemFilter } from '../../../src/lib/insights/action-item-filter.ts';
import { insightsQuery, parseInsightsFilter, type FilterChoices } from '../../../src/lib/insights/filters.ts';
import { parseSearchState, searchLabels, serializeSearchState } from '../../../src/lib/search-state.ts';
import { canonicalValue, readQuery, withQuery, writeQuery } from '../../../src/lib/url-state.ts';

const names = {
  services: { checkout: 'Checkout', search: 'Product search' },
  teams: { payments: 'Payments' },
  rootCauses: { 'expired-certificate': 'Expired certificate' },
};

describe('URL state', () => {
  it('reads known keys, trimmed, without blanks or repeats, and ignores the rest', () => {
    expect(readQuery('?service=checkout&service=%20checkout%20&service=&team=payments&utm_source=chat')).toEqual({
      service: ['checkout'],
      team: ['payments'],
    });
    expect(readQuery(new URLSearchParams('q=dns'))).toEqual({ q: ['dns'] });
  });

  it('writes keys in one order on every page, and nothing for no state', () => {
    expect(writeQuery({ sort: ['ttd'], service: ['checkout'], q: ['a b'], severity: ['SEV1', 'SEV2'] })).toBe(
      '?q=a+b&severity=SEV1&severity=SEV2&service=checkout&sort=ttd',
    );
    expect(writeQuery({ service: [] })).toBe('');
  });

  it('turns a display name into its id, in any case, and leaves other values as they are', () => {
    expect(canonicalValue('checkout', names.services)).toBe('checkout');
    expect(canonicalValue('Product search', names.services)).toBe('search');
    expect(canonicalValue('product SEARCH', names.services)).toBe('search');
    expect(canonicalValue('nowhere', names.services)).toBe('nowhere');
  });

  it('gives every page the same key and value for the same filter', () => {
    const state = { service: 'checkout', team: 'payments', severity: 'SEV2' };
    const index = serializeFacetState({
      filters: { service: [state.service], team: [state.team], severity: [state.severity] },
      sort: 'newest',
    });
    const search = serializeSearchState({
      query: '',
      filters: { service: [state.service], team: [state.team], severity: [state.severity] },
      sort: 'relevance',
    });
    expect(index).toBe('?severity=SEV2&service=checkout&team=payments');
    expect(search).toBe(index);
    expect(insightsQuery(state)).toBe(index);
    expect(serializeFacetState({ filters: { detected: ['customer'] }, sort: 'newest' })).toBe('?detected=customer');
    expect(serializeSearchState({ query: '', filters: { detected: ['customer'] }, sort: 'relevance' })).toBe(
      '?detected=customer',
    );
  });
});

describe('links pasted before the keys were unified', () => {
  it('/search/ links with `detection=` and display names become ids', () => {
    const state = parseSearchState(
      '?q=tls&detection=Customer%20report&service=Checkout&service=Product+search&cause=Expired+certificate&team=Payments&year=2025&severity=SEV1',
      searchLabels(names),
    );
    expect(state.filters).toEqual({
      severity: ['SEV1'],
      service: ['checkout', 'search'],
      team: ['payments'],
      cause: ['expired-certificate'],
      detected: ['customer'],
      year: ['2025'],
    });
    expect(serializeSearchState(state)).toBe(
      '?q=tls&severity=SEV1&service=checkout&service=search&team=payments&cause=expired-certificate&detected=customer&year=2025',
    );
  });

  it('/ links keep working, and read names and `detection=` too', () => {
    const labels = { service: names.services, detected: { customer: 'Customer report' } };
    expect(parseFacetState('?detected=customer&service=checkout&sort=ttd', labels)).toEqual({
      filters: { service: ['checkout'], detected: ['customer'] },
      sort: 'ttd',
    });
    expect(parseFacetState('?detection=Customer+report&service=Checkout', labels).filters).toEqual({
      service: ['checkout'],
      detected: ['customer'],
    });
  });

  it('/insights/ links keep working, and a `year` from the other pages picks that period', () => {
    const choices: FilterChoices = {
      service: ['checkout'],
      team: ['payments'],
      severity: ['SEV2'],
      period: ['last-90-days', '2025'],
    };
    expect(parseInsightsFilter('?service=checkout&team=payments&severity=SEV2&period=2025', choices)).toEqual({
      service: 'checkout',
      team: 'payments',
      severity: 'SEV2',
      period: '2025',
    });
    expect(parseInsightsFilter('?year=2025', choices)).toEqual({ period: '2025' });
    expect(parseInsightsFilter('?year=1999', choices)).toEqual({});
    expect(parseInsightsFilter('?service=Checkout', choices, { service: names.services })).toEqual({
      service: 'checkout',
    });
  });

  it('/action-items/ links keep working, and read status and type labels', () => {
    expect(parseActionItemFilter('?status=in-progress&owner=sam&type=detect&overdue=1')).toEqual({
      status: 'in-progress',
      owner: 'sam',
      type: 'detect',
      overdue: true,
    });
    expect(parseActionItemFilter('?status=In+progress&type=Detect')).toEqual({ status: 'in-progress', type: 'detect' });
    expect(actionItemQuery(parseActionItemFilter('?overdue=1&status=open'))).toBe('?status=open&overdue=1');
  });

  it('rewrites the query on the page itself, even when its path starts with "//"', () => {
    // history.replaceState('//?service=x') would name another host and throw, stopping the filters.
    expect(withQuery('https://a.example//?service=Checkout#x', '?service=checkout', '#x')).toBe(
      'https://a.example//?service=checkout#x',
    );
    expect(withQuery('https://a.example//evil.example/action-items/?status=Open', '')).toBe(
      'https://a.example//evil.example/action-items/',
    );
    expect(new URL(withQuery('https://a.example//evil.example/x/', '?q=a')).origin).toBe('https://a.example');
  });

  it('a pasted link naming Object members reads them as plain values, never as the members', () => {
    const hostile = '?__proto__=x&constructor=y&toString=z&hasOwnProperty=w&service=__proto__&service=constructor';
    const values = readQuery(hostile);
    expect(values).toEqual({ service: ['__proto__', 'constructor'] });
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    for (const value of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(canonicalValue(value, names.services)).toBe(value);
    }
    // A taxonomy may hold the id "constructor"; its display name leads to it, and only that.
    const labels = { constructor: 'toString', search: 'constructor' };
    expect(canonicalValue('toString', labels)).toBe('constructor');
    expect(canonicalValue('constructor', labels)).toBe('constructor');
    expect(canonicalValue('valueOf', labels)).toBe('valueOf');
    const choices: FilterChoices = { service: ['checkout'], team: [], severity: [], period: [] };
    expect(parseInsightsFilter('?service=constructor&team=__proto__&period=toString', choices)).toEqual({});
    expect(parseActionItemFilter('?status=constructor&type=__proto__&owner=toString')).toEqual({ owner: 'toString' });
  });
});

import { describe, expect, it } from 'vitest';
import { relateIncidents } from '../../../../src/lib/incident/relations.ts';

describe('related incidents', () => {
  const incident = (id: string, category: string, day: number, related?: string[]) => ({
    id,
    startedAt: Date.UTC(2025, 0, day),
    data: { related, rootCause: { category } },
  });
  const relations = relateIncidents([
    incident('a', 'dns', 1),
    incident('b', 'dns', 2, ['a', 'missing']),
    incident('c', 'tls', 3),
    incident('d', 'dns', 4, ['a']),
  ]);
  const ids = (list: { id: string }[] | undefined) => (list ?? []).map((other) => other.id);

  it('links in both directions, newest first, ignoring ids that do not exist', () => {
    expect(ids(relations.related.get('a'))).toEqual(['d', 'b']);
    expect(ids(relations.related.get('b'))).toEqual(['a']);
    expect(ids(relations.related.get('c'))).toEqual([]);
  });

  it('groups incidents by root-cause category, newest first', () => {
    expect(ids(relations.byRootCause.get('dns'))).toEqual(['d', 'b', 'a']);
    expect(ids(relations.byRootCause.get('tls'))).toEqual(['c']);
  });
});

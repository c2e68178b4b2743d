import { describe, expect, it } from 'vitest';
import { packInsightsData, unpackInsightsData } from '../../../../src/lib/insights/data-file.ts';
import { actionItem, incident } from './fixtures.ts';

const TODAY = '2026-01-01';
const names = { services: { checkout: 'Checkout' }, teams: {}, rootCauses: { dns: 'DNS' } };
const first = incident({ id: '2025-01-01-first', date: '2025-01-01', rootCause: 'dns', contributingFactors: ['x'] });
const repeat = incident({ id: '2025-02-01-repeat', date: '2025-02-01', rootCause: 'dns' });
const quiet = incident({
  id: '2025-06-01-quiet',
  date: '2025-06-01',
  rootCause: 'tls',
  actionItems: [
    actionItem({ due: '2025-07-01', status: 'done', title: 'Finished' }),
    actionItem({ due: '2025-08-01', status: 'open', title: 'Forgotten', owner: 'sam', type: 'detect' }),
  ],
});
const silent = incident({
  id: '2025-09-01-silent',
  date: '2025-09-01',
  rootCause: 'capacity',
  actionItems: [actionItem({ due: '2026-06-01', status: 'open', title: 'Not due yet' })],
});

describe('the insights data file', () => {
  const file = packInsightsData([first, repeat, quiet, silent], { today: TODAY, windowDays: 90, names });

  it('carries the build date, window and names the browser recomputes with', () => {
    expect(file).toMatchObject({ version: 1, today: TODAY, windowDays: 90, names });
  });

  it('keeps titles only where a list can show them: repeats and overdue items', () => {
    expect(file.incidents.map((packed) => packed.title)).toEqual([first.title, repeat.title, quiet.title, undefined]);
    expect(file.incidents[2]!.actions).toEqual([
      ['done', '2025-07-01', 'prevent', 'priya'],
      ['open', '2025-08-01', 'detect', 'sam', 'Forgotten'],
    ]);
    expect(file.incidents[3]!.actions).toEqual([['open', '2026-06-01', 'prevent', 'priya']]);
  });

  it('gives back the incidents, with URLs below the base path', () => {
    const [backFirst, , backQuiet, backSilent] = unpackInsightsData(JSON.parse(JSON.stringify(file)), '/postmortems/');
    expect(backFirst).toEqual({ ...first, url: '/postmortems/postmortems/2025-01-01-first/' });
    expect(backQuiet!.actionItems.map((item) => item.title)).toEqual(['', 'Forgotten']);
    expect(backSilent).toEqual({
      ...silent,
      title: silent.id,
      url: '/postmortems/postmortems/2025-09-01-silent/',
      actionItems: [{ ...silent.actionItems[0]!, title: '' }],
    });
  });

  it('refuses a file of another version', () => {
    expect(() => unpackInsightsData({ ...file, version: 2 }, '/')).toThrow(/version 2; this page reads version 1/);
  });
});

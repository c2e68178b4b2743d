import { describe, expect, it } from 'vitest';
import { feedDescription, feedTitle, pageDescription } from '../../../../src/lib/incident/descriptions.ts';
import { csvField, postmortemsCsv, toPostmortemRecord } from '../../../../src/lib/incident/export-record.ts';
import { toIndexRow } from '../../../../src/lib/incident/index-row.ts';
import { toInsightIncident } from '../../../../src/lib/incident/insight-record.ts';
import { previewCard } from '../../../../src/lib/incident/preview-card.ts';
import { countWords, toSearchRecord } from '../../../../src/lib/incident/search-record.ts';
import { postmortemSchema } from '../../../../src/schema/postmortem.ts';
import { archiveOf, postmortem } from './postmortems.ts';

const data = postmortem({
  severity: 'SEV1',
  summary: 'Checkouts failed.',
  start: '2025-03-01T23:30:00Z',
  timezone: 'Asia/Tokyo',
  minutes: { detected: 9, mitigated: 58 },
  services: ['checkout', 'search'],
  actionItems: [
    { title: 'Alert on pools', owner: 'payments', due: '2025-04-01', status: 'in-progress', type: 'detect' },
    { title: 'Validate', owner: 'payments', due: '2025-04-01', status: 'done', type: 'prevent' },
  ],
});
const archive = archiveOf({ '2025-03-02-checkout': data }, '/archive/');
const incident = archive.incidents[0]!;

describe('projections of one incident', () => {
  it('the index row rounds durations to minutes and dates the incident in its zone', () => {
    const row = toIndexRow(incident);
    expect(row).toMatchObject({
      date: '2025-03-02',
      ttdMinutes: 9,
      ttmMinutes: 49,
      impactMinutes: 58,
      unfinishedActionItems: 1,
      teams: ['payments', 'discovery'],
      url: '/archive/postmortems/2025-03-02-checkout/',
    });
  });

  it('the insights record keeps milliseconds and only the action-item fields the insights read', () => {
    const record = toInsightIncident(incident);
    expect(record.timeToDetect).toBe(9 * 60_000);
    expect(record.impactDuration).toBe(58 * 60_000);
    expect(record.actionItems[0]).toEqual({
      title: 'Alert on pools',
      owner: 'payments',
      due: '2025-04-01',
      status: 'in-progress',
      type: 'detect',
    });
  });

  it('the export record has an absolute URL, UTC instants and whole minutes; the CSV counts open and unfinished items apart', () => {
    const record = toPostmortemRecord(incident, new URL('https://incidents.example'));
    expect(record.url).toBe('https://incidents.example/archive/postmortems/2025-03-02-checkout/');
    expect(record.timeline.started).toBe('2025-03-01T23:30:00.000Z');
    expect(record).toMatchObject({ ttdMinutes: 9, ttmMinutes: 49, impactMinutes: 58, resolveMinutes: null });
    const [header, row] = postmortemsCsv([record]).split('\r\n');
    const column = (name: string) => row!.split(',')[header!.split(',').indexOf(name)];
    expect(column('action_items')).toBe('2');
    // One item in progress, one done: none open, one unfinished (the archive's definitions).
    expect(column('open_action_items')).toBe('0');
    expect(column('unfinished_action_items')).toBe('1');
    // Teams by the model's rule: those named plus the owners of the services hit.
    expect(record.teams).toEqual(['payments', 'discovery']);
    expect(column('teams')).toBe('payments;discovery');
  });

  it('the exports carry impact figures, misleading-lead time and closed dates, in JSON and as flat CSV columns', () => {
    const led = postmortemSchema.parse({
      ...postmortem(),
      impact: {
        description: 'Checkouts failed.',
        usersAffectedPercent: 12.5,
        customersAffected: 4900,
        revenueLoss: { amount: 61000, currency: 'USD' },
      },
      timeline: [
        { at: '2025-03-01T10:00:00Z', kind: 'started', text: 'Errors began.' },
        { at: '2025-03-01T10:10:00Z', kind: 'detected', text: 'An alert fired.' },
        { at: '2025-03-01T10:12:00Z', kind: 'misleading', text: 'Blamed the network.' },
        { at: '2025-03-01T10:30:30Z', kind: 'action', text: 'Looked at the pool.' },
        { at: '2025-03-01T10:40:00Z', kind: 'misleading', text: 'Blamed the deploy.' },
        { at: '2025-03-01T10:45:00Z', kind: 'mitigated', text: 'Reverted.' },
      ],
      actionItems: [
        { title: 'Alert', owner: 'payments', due: '2025-04-01', status: 'done', type: 'detect', closed: '2025-03-20' },
        { title: 'Limit', owner: 'payments', due: '2025-04-01', status: 'done', type: 'prevent', closed: '2025-03-25' },
        { title: 'Drop', owner: 'payments', due: '2025-04-01', status: 'wont-do', type: 'process' },
      ],
    });
    const [one] = archiveOf({ '2025-03-01-led': led }).incidents;
    const record = toPostmortemRecord(one!, new URL('https://incidents.example'));
    // 10:12 -> 10:30:30 is 18.5 min and 10:40 -> 10:45 is 5 min: 23.5, exported as 24 whole minutes.
    expect(record).toMatchObject({
      misleadingLeads: 2,
      misleadingMinutes: 24,
      usersAffectedPercent: 12.5,
      customersAffected: 4900,
      revenueLoss: { amount: 61000, currency: 'USD' },
    });
    expect(record.actionItems.map((item) => item.closed)).toEqual(['2025-03-20', '2025-03-25', undefined]);
    const [header, row] = postmortemsCsv([record]).split('\r\n');
    const cells = Object.fromEntries(header!.split(',').map((name, index) => [name, row!.split(',')[index]]));
    expect(cells).toMatchObject({
      misleading_leads: '2',
      misleading_minutes: '24',
      users_affected_percent: '12.5',
      customers_affected: '4900',
      revenue_loss_amount: '61000',
      revenue_loss_currency: 'USD',
      done_action_items: '2',
      last_action_item_closed: '2025-03-25',
    });
    // Not stated: empty cells and nulls, never zero.
    const plain = toPostmortemRecord(incident, new URL('https://incidents.example'));
    expect(plain).toMatchObject({
      customersAffected: null,
      revenueLoss: null,
      misleadingLeads: 0,
      misleadingMinutes: 0,
    });
    const [, plainRow] = postmortemsCsv([plain]).split('\r\n');
    const plainCells = Object.fromEntries(header!.split(',').map((name, index) => [name, plainRow!.split(',')[index]]));
    expect(plainCells).toMatchObject({
      customers_affected: '',
      revenue_loss_amount: '',
      revenue_loss_currency: '',
      last_action_item_closed: '',
    });
  });

  it('the page, the feed and the preview card describe it with the same figures', () => {
    expect(pageDescription(incident)).toBe('SEV1 · 58 min of impact, detected in 9 min · Checkouts failed.');
    expect(feedDescription(incident)).toBe('SEV1 · 58 min of impact. Checkouts failed.');
    expect(feedTitle(incident)).toBe('[SEV1] Checkout failed');
    const card = previewCard(data, new Map([['checkout', 'Checkout']]), 'Archive');
    expect(card.duration).toBe('58 min of impact · detected in 9 min');
    expect(card.date).toBe('2 Mar 2025');
    expect(card.services).toEqual(['Checkout', 'search']);
  });

  it('the search record shows the date as pages do, files the incident under every filter value it has', () => {
    const record = toSearchRecord(incident, archive);
    expect(record.meta).toEqual({
      title: 'Checkout failed',
      date: '2 Mar 2025',
      severity: 'SEV1',
      ttd: '9 min',
      ttm: '49 min',
      services: 'Checkout · Search',
      narrativeFrom: '10',
    });
    expect(record.filters).toEqual({
      severity: ['SEV1'],
      service: ['Checkout', 'Search'],
      team: ['Payments', 'Discovery'],
      cause: ['Configuration change'],
      detected: ['Monitoring'],
      year: ['2025'],
    });
    expect(record.sortDate).toBe('20250301T233000');
  });

  it('the search record finds the incident by the ids and names of its services, teams and cause, weighted above the text', () => {
    const { terms } = toSearchRecord(incident, archive);
    // An id that is its name in lower case is said once.
    expect(terms.taxonomy).toEqual({
      text: 'Checkout Search Payments Discovery config-change Configuration change',
      weight: 10,
    });
    expect(terms.title).toEqual({ text: 'Checkout failed', weight: 7 });
    expect(terms.facts.text).toBe('Priya');
    // The excerpt starts after these words: title 2, taxonomy 7, facts 1.
    expect(
      countWords(
        Object.values(terms)
          .map(({ text }) => text)
          .join(' '),
      ),
    ).toBe(10);
  });
});

describe('search terms of a renamed taxonomy entry', () => {
  it('finds the incident by the former id too, as people still type it', () => {
    const renamed = {
      ...archive,
      services: new Map([
        ...archive.services,
        ['checkout', { id: 'checkout', name: 'Checkout', formerIds: ['basket'] }],
      ]),
    };
    const { terms, meta } = toSearchRecord(incident, renamed);
    expect(terms.taxonomy.text).toBe('basket Checkout Search Payments Discovery config-change Configuration change');
    expect(meta.narrativeFrom).toBe('11');
  });
});

describe('CSV fields', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(12)).toBe('12');
    expect(csvField(null)).toBe('');
  });

  it('writes a header and CRLF rows', () => {
    expect(postmortemsCsv([]).split('\r\n')[0]).toMatch(/^id,url,started_at,title,severity,status/);
  });

  it('neutralises formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField(-5)).toBe('-5');
  });
});

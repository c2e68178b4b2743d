import { describe, expect, it } from 'vitest';
import {
  checkAnswers,
  checkDetectedBy,
  checkIds,
  checkSeverity,
  checkTimeAfter,
  checkTimeZone,
  checkTitle,
} from '../../../../src/lib/scaffold/answers.ts';
import { slugify } from '../../../../src/lib/scaffold/slug.ts';

const taxonomies = {
  services: [
    { id: 'checkout', name: 'Checkout', team: 'payments' },
    { id: 'search', name: 'Search' },
  ],
  teams: [{ id: 'payments' }, { id: 'discovery' }],
  rootCauses: [{ id: 'config-change' }],
};
const files = {
  services: 'content/services.yaml',
  teams: 'content/teams.yaml',
  rootCauses: 'content/root-causes.yaml',
};

describe('answers to npm run new', () => {
  it('accept severities as typed', () => {
    for (const typed of ['SEV2', 'sev2', '2', 'Sev 2'])
      expect(checkSeverity(typed)).toEqual({ ok: true, value: 'SEV2' });
    expect(checkSeverity('SEV5')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/one of SEV1, SEV2, SEV3, SEV4/),
    });
  });

  it('reject unknown ids with the check’s message: a did-you-mean, else the known ones', () => {
    const result = checkIds(['chekout'], taxonomies.services, 'service', files.services, { required: true });
    expect(result).toEqual({
      ok: false,
      message: 'unknown service "chekout" (not in content/services.yaml); did you mean "checkout"?',
      retry: 'checkout',
    });
    const far = checkIds(['zzzzzz'], taxonomies.services, 'service', files.services, { required: true });
    expect(!far.ok && far.message).toBe(
      'unknown service "zzzzzz" (not in content/services.yaml); known: checkout, search',
    );
  });

  it('read ids separated by commas or spaces, or picked by number', () => {
    expect(checkIds(['checkout, search'], taxonomies.services, 'service', files.services, { required: true })).toEqual({
      ok: true,
      value: ['checkout', 'search'],
    });
    expect(checkIds(['2 1'], taxonomies.services, 'service', files.services, { required: true })).toMatchObject({
      value: ['search', 'checkout'],
    });
    expect(checkIds([], taxonomies.teams, 'team', files.teams, { required: false })).toEqual({ ok: true, value: [] });
  });

  it('check titles, zones and detection methods', () => {
    expect(checkTitle('  Checkout   failed ')).toEqual({ ok: true, value: 'Checkout failed' });
    expect(checkTitle('').ok).toBe(false);
    expect(checkTitle('x'.repeat(121)).ok).toBe(false);
    expect(checkTimeZone('europe/berlin')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/did you mean "Europe\/Berlin"/),
    });
    expect(checkDetectedBy('2')).toEqual({ ok: true, value: 'customer' });
    expect(checkDetectedBy('monitorng')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/did you mean "monitoring"/),
    });
  });

  it('report every problem of the flags at once', () => {
    const result = checkAnswers(
      { title: 'x', severity: 'SEV9', services: ['nope'], timezone: 'Mars/Base', started: 'soon' },
      taxonomies,
      files,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toHaveLength(4);
  });

  it('require the times in order', () => {
    const result = checkAnswers(
      {
        title: 'x',
        severity: 'SEV3',
        services: ['search'],
        timezone: 'UTC',
        started: '2025-01-01 10:00',
        detected: '2025-01-01 09:00',
      },
      taxonomies,
      files,
    );
    expect(!result.ok && result.problems).toEqual([
      '"detected" (2025-01-01T09:00:00+00:00) is before "started" (2025-01-01T10:00:00+00:00); the order must be started <= detected <= mitigated <= resolved',
    ]);
  });

  it('report every problem of the flags at once, times out of order among them', () => {
    const result = checkAnswers(
      {
        title: 'x',
        severity: 'SEV5',
        services: ['search'],
        timezone: 'Europe/Berlin',
        started: '2026-03-04 14:21',
        detected: '2026-03-04 14:05',
        mitigated: '2026-03-04 14:00',
      },
      taxonomies,
      files,
    );
    expect(!result.ok && result.problems).toEqual([
      'severity must be one of SEV1, SEV2, SEV3, SEV4 (SEV1 is the worst); got "SEV5"',
      expect.stringMatching(/^"detected" \(2026-03-04T14:05:00\+01:00\) is before "started"/),
      expect.stringMatching(/^"mitigated" \(2026-03-04T14:00:00\+01:00\) is before "detected"/),
    ]);
  });
});

describe('a time answered for npm run new', () => {
  const started = { kind: 'started', at: '2026-03-04T14:21:00+01:00' } as const;

  it('is read in the zone and accepted at or after the times before it', () => {
    expect(checkTimeAfter('2026-03-04 14:21', 'Europe/Berlin', 'detected', [started])).toEqual({
      ok: true,
      value: '2026-03-04T14:21:00+01:00',
    });
    expect(checkTimeAfter('2026-03-04 15:00', 'Europe/Berlin', 'mitigated', [started])).toMatchObject({ ok: true });
  });

  it("is refused before them, by the schema's order rule, with the earliest time that would do", () => {
    const result = checkTimeAfter('2026-03-04 14:05', 'Europe/Berlin', 'detected', [started]);
    expect(result).toEqual({
      ok: false,
      message:
        '"detected" (2026-03-04T14:05:00+01:00) is before "started" (2026-03-04T14:21:00+01:00); the order must be started <= detected <= mitigated <= resolved\nGive a time at or after 2026-03-04 14:21 (Europe/Berlin), when it was started.',
    });
    const detected = { kind: 'detected', at: '2026-03-04T14:30:00+01:00' } as const;
    const late = checkTimeAfter('2026-03-04T13:25:00Z', 'Europe/Berlin', 'mitigated', [started, detected]);
    expect(!late.ok && late.message).toMatch(/is before "detected".*\nGive a time at or after 2026-03-04 14:30/s);
  });

  it('is refused when it does not parse in the zone, as before', () => {
    const gap = checkTimeAfter('2026-03-29 02:30', 'Europe/Berlin', 'started', []);
    expect(!gap.ok && gap.message).toMatch(/did not happen in Europe\/Berlin: the clocks skipped it/);
    expect(checkTimeAfter('soon', 'Europe/Berlin', 'started', []).ok).toBe(false);
  });

  it('offers the corrected answer again after a typo, and nothing when there is no close guess', () => {
    const typo = checkIds(['checkout, serch'], taxonomies.services, 'service', files.services, { required: true });
    expect(!typo.ok && typo.retry).toBe('checkout, search');
    const far = checkIds(['checkout, zzzz'], taxonomies.services, 'service', files.services, { required: true });
    expect(!far.ok && far.retry).toBeUndefined();
    expect(checkTimeZone('Europe/Berln')).toMatchObject({ ok: false, retry: 'Europe/Berlin' });
    expect(checkDetectedBy('custmer')).toMatchObject({ ok: false, retry: 'customer' });
    expect(checkSeverity('SEV5')).not.toHaveProperty('retry');
  });
});

describe('slugs', () => {
  it('keep a few meaningful words of the title, as a URL-safe id', () => {
    expect(slugify('Checkout failed for 1 in 3 customers after a pool change')).toBe(
      'checkout-failed-1-3-customers-pool',
    );
    expect(slugify('Zürich DNS: what’s “down”?')).toBe('zurich-dns-whats-down');
    expect(slugify('!!!')).toBe('incident');
    expect(slugify('a'.repeat(80)).length).toBeLessThanOrEqual(50);
  });
});

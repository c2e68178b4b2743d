import { describe, expect, it } from 'vitest';
import {
  checkAnswers,
  checkDetectedBy,
  checkIds,
  checkSeverity,
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
    expect(!result.ok && result.problems).toEqual(['the times must be in the order started <= detected <= mitigated']);
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

import { describe, expect, it } from 'vitest';
import { matchServices, taxonomyYaml } from '../../../../src/lib/import/taxonomy-match.ts';

const taxonomies = {
  services: [
    { id: 'payments', name: 'Payments', team: 'payments' },
    { id: 'mobile-api', name: 'Mobile API', team: 'platform' },
  ],
  teams: [{ id: 'payments', name: 'Payments' }],
  rootCauses: [],
};

describe('services a document names', () => {
  it('matches known services by name and suggests entries for the others', () => {
    const match = matchServices(
      '**Affected services:** Payments, Terminal Gateway (Lagos), Settlement Batch',
      taxonomies,
    );
    expect(match.known).toEqual(['payments']);
    expect(match.suggested).toEqual([
      { id: 'terminal-gateway', name: 'Terminal Gateway', from: 'Terminal Gateway' },
      { id: 'settlement-batch', name: 'Settlement Batch', from: 'Settlement Batch' },
    ]);
  });

  it('falls back to services the prose mentions when no line lists them', () => {
    expect(matchServices('The Mobile API returned errors for an hour.', taxonomies)).toEqual({
      known: ['mobile-api'],
      suggested: [],
    });
  });

  it('writes suggestions as services.yaml entries', () => {
    expect(taxonomyYaml([{ id: 'terminal-gateway', name: 'Terminal Gateway', from: 'x' }], 'lagos.md')).toBe(
      '- id: terminal-gateway\n  name: "Terminal Gateway"\n  description: "Added by npm run import from lagos.md; describe it in one sentence."\n',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { defaultDue, guessActionType, readActionItems } from '../../../../src/lib/import/action-items.ts';

describe('action items from task lists', () => {
  it('take status from the checkbox, and owner, due date and link from the text', () => {
    const { items, rest } = readActionItems(
      [
        'Broadly: rotation must verify what it installs.',
        '',
        '- [x] Restore the previous certificate bundle',
        '- [ ] Verify the chain before replacing a bundle (owner: @identity, due 2024-04-01)',
        '- [ ] Add monitoring on TLS handshake failures — @platform',
        '* [ ] Patch the proxy [OPS-12](https://tracker.example.com/OPS-12) (due March 30)',
      ],
      { bulletsAreTasks: false },
      2024,
    );
    expect(items.map(({ source: _, ...item }) => item)).toEqual([
      {
        title: 'Restore the previous certificate bundle',
        status: 'done',
        type: 'mitigate',
        owner: undefined,
        due: undefined,
        link: undefined,
      },
      {
        title: 'Verify the chain before replacing a bundle',
        status: 'open',
        type: 'prevent',
        owner: 'identity',
        due: '2024-04-01',
        link: undefined,
      },
      {
        title: 'Add monitoring on TLS handshake failures',
        status: 'open',
        type: 'detect',
        owner: 'platform',
        due: undefined,
        link: undefined,
      },
      {
        title: 'Patch the proxy',
        status: 'open',
        type: 'prevent',
        owner: undefined,
        due: '2024-03-30',
        link: 'https://tracker.example.com/OPS-12',
      },
    ]);
    expect(rest).toEqual(['Broadly: rotation must verify what it installs.', '']);
  });

  it('read plain bullets as tasks only in a section meant for them', () => {
    const lines = ['- Add an alert on queue depth', '- Write the failover runbook'];
    expect(readActionItems(lines, { bulletsAreTasks: false }).items).toEqual([]);
    expect(readActionItems(lines, { bulletsAreTasks: true }).items.map((item) => item.type)).toEqual([
      'detect',
      'mitigate',
    ]);
  });

  it('guess the type from the words', () => {
    expect(guessActionType('Add a dashboard for queue age')).toBe('detect');
    expect(guessActionType('Document the on-call handover')).toBe('process');
    expect(guessActionType('Validate pool sizes in CI')).toBe('prevent');
    expect(defaultDue({ year: 2024, month: 3, day: 14 })).toBe('2024-04-13');
  });
});

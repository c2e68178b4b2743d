/** fast-check generators of valid postmortems, in the format's own terms. */
import fc from 'fast-check';
import { stringify } from 'yaml';

export const SERVICES = ['checkout', 'search'];
export const TEAMS = ['payments', 'discovery'];
export const CAUSES = ['config-change', 'software-bug'];
const ZONES = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'Australia/Lord_Howe'];

/** Printable text without leading/trailing blanks (the schema trims). */
const text = (maxLength: number) =>
  fc
    .string({ minLength: 1, maxLength, unit: fc.constantFrom(...'abcdefghij klmnop<>&"\'`{}/=:#-é日本'.split('')) })
    .map((value) => value.trim())
    .filter((value) => value.length > 0);

/** An instant written with an arbitrary offset, e.g. 2025-03-01T11:00:00+01:00. */
function withOffset(epochMinutes: number, offsetMinutes: number): string {
  const local = new Date((epochMinutes + offsetMinutes) * 60_000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const sign = offsetMinutes > 0 ? '+' : '-';
  const absolute = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

const offset = fc.integer({ min: -12 * 60, max: 14 * 60 }).map((minutes) => minutes - (minutes % 15));

export interface TimelineShape {
  timeline: { at: string; kind: string; text: string }[];
  /** Minutes from start to detected, detected to mitigated, mitigated to resolved. */
  gaps: [number, number, number | undefined];
}

export const timelineArbitrary: fc.Arbitrary<TimelineShape> = fc
  .record({
    start: fc.integer({ min: 27_000_000, max: 29_000_000 }), // minutes since 1970: 2021-2025
    gaps: fc.tuple(fc.nat(600), fc.nat(2_000), fc.option(fc.nat(5_000), { nil: undefined })),
    offsets: fc.array(offset, { minLength: 4, maxLength: 4 }),
    notes: fc.array(fc.constantFrom('action', 'escalated', 'misleading', 'note'), { maxLength: 3 }),
  })
  .map(({ start, gaps, offsets, notes }) => {
    const detected = start + gaps[0];
    const mitigated = detected + gaps[1];
    const events = [
      { at: withOffset(start, offsets[0]!), kind: 'started', text: 'began' },
      // Other kinds between detection and mitigation keep the time order.
      ...notes.map((kind) => ({ at: withOffset(detected, offsets[1]!), kind, text: kind })),
      { at: withOffset(detected, offsets[1]!), kind: 'detected', text: 'noticed' },
      { at: withOffset(mitigated, offsets[2]!), kind: 'mitigated', text: 'mitigated' },
    ];
    // Notes share the detection instant, so they may precede it in the list.
    const sorted = [
      events[0]!,
      events.find((event) => event.kind === 'detected')!,
      ...events.filter((event) => !['started', 'detected', 'mitigated'].includes(event.kind)),
      events.at(-1)!,
    ];
    if (gaps[2] !== undefined)
      sorted.push({ at: withOffset(mitigated + gaps[2], offsets[3]!), kind: 'resolved', text: 'resolved' });
    return { timeline: sorted, gaps };
  });

export const postmortemArbitrary = fc.record({
  title: text(120),
  summary: text(600),
  severity: fc.constantFrom('SEV1', 'SEV2', 'SEV3', 'SEV4'),
  status: fc.constantFrom('draft', 'review', 'published'),
  visibility: fc.constantFrom('internal', 'public'),
  timezone: fc.constantFrom(...ZONES),
  detectedBy: fc.constantFrom('monitoring', 'customer', 'employee', 'automated-test', 'third-party'),
  services: fc.uniqueArray(fc.constantFrom(...SERVICES), { minLength: 1 }),
  teams: fc.uniqueArray(fc.constantFrom(...TEAMS)),
  impact: fc.record({ description: text(200), usersAffectedPercent: fc.double({ min: 0, max: 100, noNaN: true }) }),
  rootCause: fc.record({
    category: fc.constantFrom(...CAUSES),
    description: text(300),
    whys: fc.array(text(80), { maxLength: 7 }),
  }),
  shape: timelineArbitrary,
  actionItems: fc.array(
    fc.record({
      title: text(100),
      owner: text(30),
      due: fc
        .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10)),
      status: fc.constantFrom('open', 'in-progress', 'done', 'wont-do'),
      type: fc.constantFrom('prevent', 'detect', 'mitigate', 'process'),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  learnings: fc.array(text(100), { minLength: 1, maxLength: 4 }),
  authors: fc.array(text(20), { minLength: 1, maxLength: 3 }),
});

export type GeneratedPostmortem = typeof postmortemArbitrary extends fc.Arbitrary<infer T> ? T : never;

export function frontMatterOf(generated: GeneratedPostmortem): Record<string, unknown> {
  const { shape, ...fields } = generated;
  return { ...fields, timeline: shape.timeline };
}

export const BODY = '\n## Root cause and resolution\n\nText.\n\n## Corrective and preventative measures\n\nText.\n';

/** The whole file as an author would commit it. */
export function fileText(frontMatter: Record<string, unknown>): string {
  return `---\n${stringify(frontMatter)}---\n${BODY}`;
}

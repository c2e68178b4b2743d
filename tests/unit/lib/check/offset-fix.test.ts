import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../../../src/lib/check/index.ts';
import { missingOffsetMessage } from '../../../../src/lib/check/offset-fix.ts';
import { archive, changed, FILE, postmortem } from './archive-builder.ts';

describe('the fix for a time written without its offset', () => {
  it("is the offset the file's zone has at that local date and time, daylight saving included", () => {
    expect(missingOffsetMessage('2026-03-04T14:21:00', 'Europe/Berlin')).toBe(
      'has no UTC offset; at that date and time Europe/Berlin is at +01:00, so write "2026-03-04T14:21:00+01:00"',
    );
    expect(missingOffsetMessage('2026-07-04T14:21:00', 'Europe/Berlin')).toMatch(
      /is at \+02:00, so write "2026-07-04T14:21:00\+02:00"$/,
    );
    expect(missingOffsetMessage('2026-03-04 14:21', 'America/Los_Angeles')).toMatch(
      /America\/Los_Angeles is at -08:00, so write "2026-03-04T14:21:00-08:00"$/,
    );
    expect(missingOffsetMessage('2026-03-04T14:21', 'Asia/Kathmandu')).toMatch(/"2026-03-04T14:21:00\+05:45"$/);
  });

  it('says when the clocks skipped the time or showed it twice', () => {
    expect(missingOffsetMessage('2026-03-29T02:30:00', 'Europe/Berlin')).toMatch(
      /^has no UTC offset, and 02:30 on 2026-03-29 did not happen in Europe\/Berlin: the clocks skipped it/,
    );
    expect(missingOffsetMessage('2026-10-25T02:30:00', 'Europe/Berlin')).toMatch(
      /write "2026-10-25T02:30:00\+02:00" \(.*write 2026-10-25T02:30:00\+01:00 for the second\)$/,
    );
  });

  it('is left to the generic example when the zone is missing or not a zone, or the text is not a date-time', () => {
    expect(missingOffsetMessage('2026-03-04T14:21:00', undefined)).toBeUndefined();
    expect(missingOffsetMessage('2026-03-04T14:21:00', 'Europe/Berln')).toBeUndefined();
    expect(missingOffsetMessage('2026-03-04T14:21:00', '+01:00')).toBeUndefined();
    expect(missingOffsetMessage('2026-03-04', 'Europe/Berlin')).toBeUndefined();
    expect(missingOffsetMessage('yesterday', 'Europe/Berlin')).toBeUndefined();
  });
});

describe('npm run check on a timeline entry without an offset', () => {
  const atOf = (frontMatter: string) =>
    checkArchive(archive({ [FILE]: postmortem(frontMatter) })).problems.find(
      (problem) => problem.field === 'timeline[1].at',
    )?.message;

  it("suggests the exact corrected value in the file's zone", () => {
    expect(atOf(changed('"2025-01-14T11:19:00+01:00"', '2025-01-14T11:19:00'))).toBe(
      'has no UTC offset; at that date and time Europe/Berlin is at +01:00, so write "2025-01-14T11:19:00+01:00"',
    );
  });

  it('falls back to the generic example when the zone is invalid', () => {
    const frontMatter = changed(
      'timezone: Europe/Berlin',
      'timezone: Mars/Olympus',
      changed('"2025-01-14T11:19:00+01:00"', '2025-01-14T11:19:00'),
    );
    expect(atOf(frontMatter)).toBe('must be an ISO 8601 time with an offset, e.g. "2025-07-12T01:59:00-07:00" or "…Z"');
  });
});

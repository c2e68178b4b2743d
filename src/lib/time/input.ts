/**
 * A time as an author types it for `npm run new`: ISO 8601 with an offset,
 * or a date and wall-clock time read in the incident's zone. Node only.
 */
import { isRealInstantText } from './validity.ts';
import { wallTimeInZone, type ZonedResult } from './zoned.ts';

const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})$/i;
const WITHOUT_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * What an author typed for a time: ISO 8601 with an offset, or a date and
 * wall-clock time (`2025-03-01 14:05`) read in `timeZone`.
 */
export function parseTimeInput(text: string, timeZone: string): ZonedResult {
  const input = text.trim();
  const offsetMatch = WITH_OFFSET.exec(input);
  if (offsetMatch) {
    const [, year, month, day, hour, minute, second = '00', zone] = offsetMatch;
    const offsetText = zone!.toUpperCase() === 'Z' ? 'Z' : zone!.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}${offsetText}`;
    if (!isRealInstantText(iso)) return { ok: false, message: `"${input}" is not a real date and time` };
    return { ok: true, iso };
  }
  const wallMatch = WITHOUT_OFFSET.exec(input);
  if (wallMatch) {
    const [, year, month, day, hour, minute, second] = wallMatch;
    const result = wallTimeInZone(
      { year: +year!, month: +month!, day: +day!, hour: +hour!, minute: +minute!, second: Number(second ?? 0) },
      timeZone,
    );
    return result.ok ? result : { ok: false, message: `"${input}": ${result.message}` };
  }
  return {
    ok: false,
    message: `"${input}" is not a time; write it as 2025-03-01 14:05 (read in ${timeZone}) or with an offset, 2025-03-01T14:05:00+01:00`,
  };
}

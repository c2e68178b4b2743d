/**
 * The UTC reading of an instant shown beside its local time: "17:40 UTC" when
 * both fall on the same calendar day, "Sun 13 Jul 2025, 00:16 UTC" when they do not,
 * so a reader never has to work out which day the UTC time belongs to.
 */
import { zonedTime } from './format.ts';

export function utcLabel(instant: Date, timeZone: string): string {
  const local = zonedTime(instant, timeZone);
  const utc = zonedTime(instant, 'UTC');
  return utc.date === local.date ? `${utc.time} UTC` : `${utc.date}, ${utc.time} UTC`;
}

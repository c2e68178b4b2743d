/**
 * IANA time-zone names: validity, the name as the runtime knows it, and the
 * abbreviation people read (PDT, CEST, IST). Intl only: the browser uses it.
 */
import { dateTimeFormat } from './intl.ts';

// Every segment of an IANA name starts with a capital ("America/Port-au-Prince", "Etc/GMT+5").
const ZONE_NAME = /^[A-Z][A-Za-z0-9_+-]*(?:\/[A-Z][A-Za-z0-9_+-]*)*$/;

const canonicalNames = new Map<string, string | undefined>();

/** The zone name as the runtime knows it, or undefined when it is not an IANA zone. */
export function canonicalTimeZone(name: string): string | undefined {
  // Intl also accepts raw offsets such as "+05:30"; the format wants a named zone.
  if (!ZONE_NAME.test(name)) return undefined;
  if (!canonicalNames.has(name)) {
    let canonical: string | undefined;
    try {
      canonical = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      canonical = undefined;
    }
    // A handful of zones per archive: creating a formatter per field would dominate the check.
    canonicalNames.set(name, canonical);
  }
  return canonicalNames.get(name);
}

/** True when `name` is an IANA zone spelled with its capitals (Intl itself ignores case). */
export function isValidTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== undefined;
}

/** Zone names to suggest in error messages. */
export function knownTimeZones(): string[] {
  return [...Intl.supportedValuesOf('timeZone'), 'UTC'];
}

// English locales whose short names cover the zones most companies use;
// the first one that yields a letter abbreviation wins.
const ABBREVIATION_LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-AU', 'en-NZ', 'en-ZA'];

/** Short zone name at an instant, DST-aware: "PDT", "CEST", "IST", else "UTC+05:45". */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  for (const locale of ABBREVIATION_LOCALES) {
    const name = zoneNamePart(instant, timeZone, locale, 'short');
    if (name && !/^(GMT|UTC)[+-]/.test(name)) return name;
  }
  const offset = zoneNamePart(instant, timeZone, 'en-US', 'longOffset') ?? 'GMT';
  return offset === 'GMT' ? 'UTC' : offset.replace('GMT', 'UTC');
}

function zoneNamePart(
  instant: Date,
  timeZone: string,
  locale: string,
  style: 'short' | 'longOffset',
): string | undefined {
  return dateTimeFormat(locale, { timeZone, timeZoneName: style })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
}

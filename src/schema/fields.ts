import { z } from 'astro/zod';
import { isRealDateText, isRealInstantText } from '../lib/time/validity.ts';
import { isValidTimeZone, knownTimeZones } from '../lib/time/zones.ts';
import { unknownTimeZoneMessage } from './suggest.ts';

/** Lowercase words joined by hyphens: the shape of every id and tag. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// ISO 8601 date-time with seconds optional and a mandatory offset or Z.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Years the archive can place on its charts and calendars; anything else is a typo. */
export const YEAR_RANGE = { min: 1970, max: 2100 } as const;

function isInYearRange(text: string): boolean {
  const year = Number(text.slice(0, 4));
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
}
const yearRangeMessage = `must be in the years ${YEAR_RANGE.min}-${YEAR_RANGE.max}`;

/**
 * The reusable value types. Each carries a `title` in its metadata: the words
 * the guide, the templates and the JSON Schema use for what such a value is.
 */

/** An id from a taxonomy or a file name. */
export const kebabId = z
  .string()
  .regex(KEBAB_ID, 'must be lowercase letters and digits joined by hyphens, e.g. "checkout-api"')
  .meta({ title: 'an id (lowercase-kebab)' });

/** What a time without its offset is told; the check replaces the example with the fix for the file's zone. */
export const INSTANT_FORMAT_MESSAGE =
  'must be an ISO 8601 time with an offset, e.g. "2025-07-12T01:59:00-07:00" or "…Z"';

/**
 * A point in time written with its UTC offset. Front matter is read with the
 * YAML 1.2 core schema everywhere (check and build), so a timestamp is always
 * the text as written and a missing offset is caught.
 */
export const instant = z
  .string()
  .regex(INSTANT, {
    message: INSTANT_FORMAT_MESSAGE,
    abort: true,
  })
  .refine(isRealInstantText, { message: 'is not a real date and time', abort: true })
  .refine(isInYearRange, yearRangeMessage)
  .meta({ title: 'a time with its UTC offset, e.g. 2025-07-12T01:59:00-07:00' });

/** A calendar date, YYYY-MM-DD. */
export const calendarDate = z
  .string()
  .regex(CALENDAR_DATE, { message: 'must be a date written YYYY-MM-DD, e.g. 2025-08-01', abort: true })
  .refine(isRealDateText, { message: 'is not a real date', abort: true })
  .refine(isInYearRange, yearRangeMessage)
  .meta({ title: 'a date, YYYY-MM-DD' });

/** An IANA time-zone name such as Europe/Berlin. */
export const timeZone = z
  .string()
  .superRefine((name, context) => {
    if (isValidTimeZone(name)) return;
    context.addIssue({ code: 'custom', message: unknownTimeZoneMessage(name, knownTimeZones()) });
  })
  .meta({ title: 'an IANA time-zone name' });

/** An http(s) URL. */
export const httpUrl = z
  .string()
  .refine((text) => /^https?:\/\/[^\s/]+/i.test(text) && URL.canParse(text), 'must be an http:// or https:// URL')
  .meta({ title: 'an http(s) URL' });

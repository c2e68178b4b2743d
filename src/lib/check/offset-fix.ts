/**
 * The fix for a time written without its UTC offset: the offset the file's
 * zone has at that local date and time (DST-aware), and the corrected value.
 */
import { parseTimeInput } from '../time/input.ts';
import { isValidTimeZone } from '../time/zones.ts';

// A date and clock time with nothing after it: what an author writes when the offset is forgotten.
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2})?$/;

/**
 * The message for `text` read in `timeZone`, or undefined when `text` is not
 * a local date-time or the zone is missing or not a zone: then the generic
 * example stands.
 */
export function missingOffsetMessage(text: unknown, timeZone: unknown): string | undefined {
  if (typeof text !== 'string' || !LOCAL_DATE_TIME.test(text.trim())) return undefined;
  if (typeof timeZone !== 'string' || !isValidTimeZone(timeZone)) return undefined;
  const result = parseTimeInput(text, timeZone);
  if (!result.ok) return `has no UTC offset, and ${result.message.replace(/^"[^"]*": /, '')}`;
  const fix = `has no UTC offset; at that date and time ${timeZone} is at ${result.iso.slice(-6)}, so write "${result.iso}"`;
  return result.note ? `${fix} (${result.note})` : fix;
}

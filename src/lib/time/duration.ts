/**
 * Lengths of time in milliseconds, and durations as people read them.
 * Browser-safe: the index and insights scripts import it.
 */

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Whole minutes, rounded, as the exports and charts use them. */
export function toMinutes(milliseconds: number): number {
  return Math.round(milliseconds / MINUTE);
}

/** A duration as people read it: "45 s", "14 min", "2 h 05 min", "3 d 4 h". */
export function formatDuration(milliseconds: number): string {
  if (milliseconds < MINUTE) return `${Math.round(milliseconds / SECOND)} s`;
  const totalMinutes = toMinutes(milliseconds);
  if (totalMinutes < 60) return `${totalMinutes} min`;
  const minutes = totalMinutes % 60;
  const totalHours = Math.floor(totalMinutes / 60);
  if (totalHours < 24) return `${totalHours} h ${String(minutes).padStart(2, '0')} min`;
  const days = Math.floor(totalHours / 24);
  const hours = totalHours % 24;
  return hours === 0 && minutes === 0
    ? `${days} d`
    : `${days} d ${hours} h${minutes ? ` ${String(minutes).padStart(2, '0')} min` : ''}`;
}

/** The same duration for screen readers and `<time datetime>`: ISO 8601 "PT2H5M". */
export function isoDuration(milliseconds: number): string {
  const totalSeconds = Math.round(milliseconds / SECOND);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || totalSeconds === 0 ? `${seconds}S` : ''}`;
}

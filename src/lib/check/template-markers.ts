/**
 * How the `npm run new` and `npm run import` templates mark what the author
 * still has to do, so the check can tell when some of it was left in.
 */

/** Starts every guidance comment in a template body: `{/* Writing guide: … *\/}`. */
export const GUIDANCE_MARKER = 'Writing guide:';

/** Starts every placeholder value, and every comment on a value still to be confirmed, in a template's front matter. */
export const PLACEHOLDER_MARKER = 'TODO:';

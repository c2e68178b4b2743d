/**
 * The format's rules as numbers and words: the limits the schema enforces and
 * the advice the check gives, each defined once. The schema, the check, the
 * templates, the importer, the guide and docs/postmortem-format.md import
 * them from here. Zod-free.
 */
import { MAJOR_SEVERITIES, type ActionType } from './vocabulary.ts';

/** Longest title, in characters. */
export const TITLE_MAX_LENGTH = 120;
/** Longest summary, in characters. */
export const SUMMARY_MAX_LENGTH = 600;
/** Most entries in rootCause.whys. */
export const WHYS_MAX = 7;

/** The required body section on what was wrong and how it was fixed. */
export const ROOT_CAUSE_SECTION = 'Root cause and resolution';
/** The required body section on what should change. */
export const CORRECTIVE_SECTION = 'Corrective and preventative measures';
/** The `##` sections every postmortem body must have (compared case-insensitively). */
export const REQUIRED_SECTIONS = [ROOT_CAUSE_SECTION, CORRECTIVE_SECTION] as const;

/** The body length the format recommends, in words of prose. */
export const BODY_WORDS = { min: 400, max: 600 } as const;
/** Learnings a finished postmortem should have at least. */
export const RECOMMENDED_LEARNINGS = 3;
/** Severities that must come with a change that detects or prevents a repeat: the major ones. */
export const SEVERE = MAJOR_SEVERITIES;
/** Action-item types that detect or prevent a repeat. */
export const REPEAT_STOPPING_TYPES = ['detect', 'prevent'] as const satisfies readonly ActionType[];

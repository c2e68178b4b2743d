/**
 * The hand-computed figures of tests/fixtures/insights-truth, as constants.
 * Each value is worked out in tests/fixtures/insights-truth/EXPECTED.md; keep
 * the two in step, and never fill a value in from what the code returns.
 * Durations are in minutes.
 */

export const TRUTH_CONTENT_DIR = 'tests/fixtures/insights-truth/content';
/** The build date of the test builds (TEST_BUILD_EPOCH). */
export const TRUTH_TODAY = '2026-01-01';

/** Short keys of EXPECTED.md -> postmortem ids. */
export const ID = {
  S1: '2024-11-12-search-stale-results',
  C1: '2025-01-20-checkout-pool-limit',
  S2: '2025-02-10-search-cert-expiry',
  C2: '2025-03-03-checkout-flag-flip',
  C3: '2025-03-30-checkout-dst-night',
  N1: '2025-05-07-notifications-template-config',
  B1: '2025-06-16-billing-queue-backlog',
  C4: '2025-07-08-checkout-payment-provider',
  C5: '2025-08-31-checkout-midnight-retry',
  S3: '2025-09-22-search-cert-expiry-again',
  B2: '2025-10-14-billing-invoice-rounding',
  N2: '2025-11-17-notifications-push-outage',
  C6: '2025-12-31-checkout-new-year-surge',
} as const;
export type Key = keyof typeof ID;

export interface IncidentTruth {
  /** Start date on the incident's own wall clock. */
  date: string;
  ttd: number;
  ttm: number;
  impact: number;
  /** Undefined without a resolved event. */
  ttr?: number;
  hour: number;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  leads: number;
  lost: number;
  teams: string[];
}

// prettier-ignore
export const INCIDENTS: Record<Key, IncidentTruth> = {
  S1: { date: '2024-11-12', ttd: 30, ttm: 60, impact: 90, ttr: 180, hour: 10, weekday: 2, leads: 0, lost: 0, teams: ['discovery'] },
  C1: { date: '2025-01-20', ttd: 25, ttm: 45, impact: 70, ttr: 120, hour: 9, weekday: 1, leads: 0, lost: 0, teams: ['payments'] },
  S2: { date: '2025-02-10', ttd: 50, ttm: 30, impact: 80, ttr: 120, hour: 6, weekday: 1, leads: 0, lost: 0, teams: ['discovery'] },
  C2: { date: '2025-03-03', ttd: 40, ttm: 90, impact: 130, ttr: 180, hour: 14, weekday: 1, leads: 1, lost: 20, teams: ['payments'] },
  C3: { date: '2025-03-30', ttd: 20, ttm: 30, impact: 50, ttr: 130, hour: 1, weekday: 7, leads: 1, lost: 15, teams: ['payments'] },
  N1: { date: '2025-05-07', ttd: 15, ttm: 20, impact: 35, ttr: 60, hour: 12, weekday: 3, leads: 0, lost: 0, teams: [] },
  B1: { date: '2025-06-16', ttd: 90, ttm: 120, impact: 210, ttr: 300, hour: 10, weekday: 1, leads: 0, lost: 0, teams: ['payments'] },
  C4: { date: '2025-07-08', ttd: 5, ttm: 75, impact: 80, ttr: 180, hour: 15, weekday: 2, leads: 1, lost: 30, teams: ['payments'] },
  C5: { date: '2025-08-31', ttd: 30, ttm: 60, impact: 90, ttr: 180, hour: 23, weekday: 7, leads: 2, lost: 40, teams: ['platform', 'payments'] },
  S3: { date: '2025-09-22', ttd: 8, ttm: 32, impact: 40, ttr: 60, hour: 4, weekday: 1, leads: 0, lost: 0, teams: ['discovery'] },
  B2: { date: '2025-10-14', ttd: 180, ttm: 120, impact: 300, ttr: 1440, hour: 9, weekday: 2, leads: 0, lost: 0, teams: ['payments'] },
  N2: { date: '2025-11-17', ttd: 45, ttm: 90, impact: 135, ttr: 180, hour: 7, weekday: 1, leads: 1, lost: 30, teams: ['platform'] },
  C6: { date: '2025-12-31', ttd: 12, ttm: 48, impact: 60, hour: 17, weekday: 3, leads: 0, lost: 0, teams: ['payments'] },
};

/** Titles, as the front matter gives them. */
export const TITLES: Record<Key, string> = {
  S1: 'Search served stale results after a schema change',
  C1: 'Checkout failed after a connection-pool change',
  S2: 'Search was down when its certificate expired',
  C2: 'Checkout rejected cards after a feature flag flip',
  C3: 'Checkout batch ran late on the spring-forward night',
  N1: 'Order emails went out blank after a template setting changed',
  B1: 'Invoices were late when the billing queue backed up',
  C4: 'Checkout timed out when the payment provider slowed down',
  C5: 'Checkout retried payments in a loop across midnight',
  S3: 'Search was down again when its certificate expired',
  B2: 'Invoices rounded yen amounts to two decimals',
  N2: 'Push notifications stopped when the push provider failed',
  C6: "Checkout slowed under the New Year's Eve surge",
};

/** Display names of the taxonomies. */
export const SERVICE_NAMES = {
  checkout: 'Checkout',
  search: 'Product search',
  billing: 'Billing',
  notifications: 'Notifications',
};
export const TEAM_NAMES = { payments: 'Payments', discovery: 'Discovery', platform: 'Platform' };

/** Newest first, as the archive lists them. */
export const NEWEST_FIRST: Key[] = ['C6', 'N2', 'B2', 'S3', 'C5', 'C4', 'B1', 'N1', 'C3', 'C2', 'S2', 'C1', 'S1'];

export interface DistributionTruth {
  count: number;
  median?: number;
  p90?: number;
  min?: number;
  max?: number;
}

/** timingSummary of all 13 incidents. */
export const ALL_TIMING = {
  count: 13,
  timeToDetect: { count: 13, median: 30, p90: 82, min: 5, max: 180 },
  timeToMitigate: { count: 13, median: 60, p90: 114, min: 20, max: 120 },
  impactDuration: { count: 13, median: 80, p90: 195, min: 35, max: 300 },
} satisfies Record<string, number | DistributionTruth>;

/** Time to resolve of the 12 resolved incidents. */
export const ALL_TIME_TO_RESOLVE: DistributionTruth = { count: 12, median: 180, p90: 288, min: 60, max: 1440 };

/** Lost to misleading leads, over all incidents. */
export const MISLEADING_TOTAL = { leads: 6, incidents: 5, minutes: 135 };

export interface GroupTruth {
  count: number;
  /** Undefined: too few incidents (fewer than 5). */
  medianTtd?: number;
  medianTtm?: number;
  /** Minutes of impact, summed. */
  impactTotal: number;
}

export const SERVICES: Record<string, GroupTruth> = {
  checkout: { count: 6, medianTtd: 22.5, medianTtm: 54, impactTotal: 480 },
  search: { count: 3, impactTotal: 210 },
  billing: { count: 2, impactTotal: 510 },
  notifications: { count: 2, impactTotal: 170 },
};

export const TEAMS: Record<string, GroupTruth> = {
  payments: { count: 8, medianTtd: 27.5, medianTtm: 67.5, impactTotal: 990 },
  discovery: { count: 3, impactTotal: 210 },
  platform: { count: 2, impactTotal: 225 },
};

/** Checkout's page: the action items of its 6 incidents. */
export const CHECKOUT_ACTION_ITEMS = { open: 2, inProgress: 3, unfinished: 5, overdue: 2 };

/** Group pages' action items (open, in progress, unfinished, overdue) by the archive's definitions. */
export const GROUP_ACTION_ITEMS: Record<
  string,
  { open: number; inProgress: number; unfinished: number; overdue: number }
> = {
  'services/checkout': CHECKOUT_ACTION_ITEMS,
  'services/search': { open: 0, inProgress: 0, unfinished: 0, overdue: 0 },
  'teams/payments': { open: 3, inProgress: 3, unfinished: 6, overdue: 3 },
  'root-causes/capacity': { open: 2, inProgress: 1, unfinished: 3, overdue: 1 },
  'root-causes/config-change': { open: 1, inProgress: 1, unfinished: 2, overdue: 2 },
};

/** Root-cause pages: incidents with it as root cause, and naming it as a contributing factor. */
export const ROOT_CAUSE_PAGES: Record<string, { count: number; factorCount: number }> = {
  'missing-alert': { count: 0, factorCount: 3 },
  capacity: { count: 2, factorCount: 1 },
  'config-change': { count: 3, factorCount: 1 },
};

/** Rankings: incidents, then impact minutes, then id; undefined medians are too few incidents. */
export const SERVICE_RANKING = [
  { id: 'checkout', incidents: 6, impactMinutes: 480, timeToDetect: 22.5, timeToMitigate: 54 },
  { id: 'search', incidents: 3, impactMinutes: 210 },
  { id: 'billing', incidents: 2, impactMinutes: 510 },
  { id: 'notifications', incidents: 2, impactMinutes: 170 },
];
export const TEAM_RANKING = [
  { id: 'payments', incidents: 8, impactMinutes: 990, timeToDetect: 27.5, timeToMitigate: 67.5 },
  { id: 'discovery', incidents: 3, impactMinutes: 210 },
  { id: 'platform', incidents: 2, impactMinutes: 225 },
];

/** Time to resolve per quarter: every quarter under 5 resolved incidents. */
export const RESOLVE_BY_QUARTER = [
  { quarter: '2024-Q4', incidents: 1, resolved: 1 },
  { quarter: '2025-Q1', incidents: 4, resolved: 4 },
  { quarter: '2025-Q2', incidents: 2, resolved: 2 },
  { quarter: '2025-Q3', incidents: 3, resolved: 3 },
  { quarter: '2025-Q4', incidents: 3, resolved: 2 },
];

/** Medians over the month and the 5 before it (undefined: fewer than 5 incidents in the window). */
// prettier-ignore
export const ROLLING_6_MONTHS = [
  { month: '2024-11', count: 1, windowCount: 1 },
  { month: '2024-12', count: 0, windowCount: 1 },
  { month: '2025-01', count: 1, windowCount: 2 },
  { month: '2025-02', count: 1, windowCount: 3 },
  { month: '2025-03', count: 2, windowCount: 5, timeToDetect: 30, timeToMitigate: 45 },
  { month: '2025-04', count: 0, windowCount: 5, timeToDetect: 30, timeToMitigate: 45 },
  { month: '2025-05', count: 1, windowCount: 5, timeToDetect: 25, timeToMitigate: 30 },
  { month: '2025-06', count: 1, windowCount: 6, timeToDetect: 32.5, timeToMitigate: 37.5 },
  { month: '2025-07', count: 1, windowCount: 6, timeToDetect: 30, timeToMitigate: 52.5 },
  { month: '2025-08', count: 1, windowCount: 6, timeToDetect: 25, timeToMitigate: 67.5 },
  { month: '2025-09', count: 1, windowCount: 5, timeToDetect: 15, timeToMitigate: 60 },
  { month: '2025-10', count: 1, windowCount: 6, timeToDetect: 22.5, timeToMitigate: 67.5 },
  { month: '2025-11', count: 1, windowCount: 6, timeToDetect: 37.5, timeToMitigate: 82.5 },
  { month: '2025-12', count: 1, windowCount: 6, timeToDetect: 21, timeToMitigate: 67.5 },
];

/** Incidents with misleading leads, most time lost first, then newest first. */
export const MISLEADING_INCIDENTS = [
  { incident: 'C5', leads: 2, minutesLost: 40, shareOfImpact: (40 / 90) * 100 },
  { incident: 'N2', leads: 1, minutesLost: 30, shareOfImpact: (30 / 135) * 100 },
  { incident: 'C4', leads: 1, minutesLost: 30, shareOfImpact: (30 / 80) * 100 },
  { incident: 'C2', leads: 1, minutesLost: 20, shareOfImpact: (20 / 130) * 100 },
  { incident: 'C3', leads: 1, minutesLost: 15, shareOfImpact: (15 / 50) * 100 },
] as const satisfies readonly { incident: Key; leads: number; minutesLost: number; shareOfImpact: number }[];

/** misleadingSummary over all 13 incidents. */
export const MISLEADING_SUMMARY = {
  incidents: 13,
  affected: 5,
  leads: 6,
  totalMinutes: 135,
  medianMinutes: 30,
  affectedImpactMinutes: 485,
};

/** Unfinished action items by owner: most overdue, then most unfinished, then name. */
export const OWNERS = [
  { owner: 'payments', team: 'Payments', unfinished: 4, overdue: 2, oldestOverdue: '2025-04-30' },
  { owner: 'platform', team: 'Platform', unfinished: 3, overdue: 2, oldestOverdue: '2025-06-30' },
  { owner: 'priya', unfinished: 2, overdue: 1, oldestOverdue: '2025-12-31' },
];

/** The action items of the earlier incidents of each recurring cause: overdue, other unfinished, won't do, done; then by cause. */
// prettier-ignore
export const EARLIER_PROMISES = [
  { cause: 'capacity', incident: 'B1', title: 'Page on queue age', unfinished: true, overdue: true },
  { cause: 'dependency-failure', incident: 'C4', title: 'Fail over to the second payment provider', unfinished: true, overdue: true },
  { cause: 'config-change', incident: 'C2', title: 'Require review for flag flips on checkout', unfinished: true, overdue: true },
  { cause: 'dependency-failure', incident: 'C5', title: 'Add provider status to the runbook', unfinished: true, overdue: false },
  { cause: 'config-change', incident: 'C1', title: 'Alert on pool saturation', unfinished: false, overdue: false },
  { cause: 'capacity', incident: 'B1', title: 'Autoscale the invoice queue', unfinished: false, overdue: false },
  { cause: 'dependency-failure', incident: 'C5', title: 'Cap retries to the provider', unfinished: false, overdue: false },
  { cause: 'software-bug', incident: 'C3', title: 'Run every scheduler in UTC', unfinished: false, overdue: false },
  { cause: 'software-bug', incident: 'S1', title: 'Rebuild the index on every schema change', unfinished: false, overdue: false },
  { cause: 'certificate-expiry', incident: 'S2', title: 'Alert 30 days before any certificate expires', unfinished: false, overdue: false },
  { cause: 'config-change', incident: 'C2', title: 'Add a kill switch for payment flags', unfinished: false, overdue: false },
  { cause: 'config-change', incident: 'C1', title: 'Validate pool sizes in CI', unfinished: false, overdue: false },
] as const satisfies readonly { cause: string; incident: Key; title: string; unfinished: boolean; overdue: boolean }[];

/** The build date's month and quarter, still under way. */
export const PARTIAL = { month: '2026-01', quarter: '2026-Q1' };

export const SEVERITY_BY_QUARTER = [
  { quarter: '2024-Q4', total: 1, counts: { SEV1: 0, SEV2: 0, SEV3: 1, SEV4: 0 } },
  { quarter: '2025-Q1', total: 4, counts: { SEV1: 1, SEV2: 2, SEV3: 1, SEV4: 0 } },
  { quarter: '2025-Q2', total: 2, counts: { SEV1: 0, SEV2: 0, SEV3: 2, SEV4: 0 } },
  { quarter: '2025-Q3', total: 3, counts: { SEV1: 0, SEV2: 3, SEV3: 0, SEV4: 0 } },
  { quarter: '2025-Q4', total: 3, counts: { SEV1: 1, SEV2: 1, SEV3: 0, SEV4: 1 } },
];

// prettier-ignore
export const DETECTION_BY_QUARTER = [
  { quarter: '2024-Q4', total: 1, counts: { monitoring: 1, customer: 0, employee: 0, 'automated-test': 0, 'third-party': 0 }, customerPercent: 0 },
  { quarter: '2025-Q1', total: 4, counts: { monitoring: 2, customer: 2, employee: 0, 'automated-test': 0, 'third-party': 0 }, customerPercent: 50 },
  { quarter: '2025-Q2', total: 2, counts: { monitoring: 1, customer: 0, employee: 1, 'automated-test': 0, 'third-party': 0 }, customerPercent: 0 },
  { quarter: '2025-Q3', total: 3, counts: { monitoring: 1, customer: 1, employee: 0, 'automated-test': 0, 'third-party': 1 }, customerPercent: 100 / 3 },
  { quarter: '2025-Q4', total: 3, counts: { monitoring: 1, customer: 1, employee: 0, 'automated-test': 1, 'third-party': 0 }, customerPercent: 100 / 3 },
];

/** Incidents per month, Nov 2024 to Dec 2025, and in the 3 months to each. */
// prettier-ignore
export const MONTHS = [
  { month: '2024-11', count: 1, windowCount: 1 },
  { month: '2024-12', count: 0, windowCount: 1 },
  { month: '2025-01', count: 1, windowCount: 2 },
  { month: '2025-02', count: 1, windowCount: 2 },
  { month: '2025-03', count: 2, windowCount: 4 },
  { month: '2025-04', count: 0, windowCount: 3 },
  { month: '2025-05', count: 1, windowCount: 3 },
  { month: '2025-06', count: 1, windowCount: 2 },
  { month: '2025-07', count: 1, windowCount: 3 },
  { month: '2025-08', count: 1, windowCount: 3 },
  { month: '2025-09', count: 1, windowCount: 3 },
  { month: '2025-10', count: 1, windowCount: 3 },
  { month: '2025-11', count: 1, windowCount: 3 },
  { month: '2025-12', count: 1, windowCount: 3 },
];

/** Impact histogram counts, in the order of IMPACT_BINS. */
export const IMPACT_BIN_COUNTS = [0, 0, 0, 3, 6, 3, 1, 0, 0];

export const CUSTOMER_PERCENT = (4 / 13) * 100;

export const REPEATS = [
  { incident: 'N2', previous: 'C5', daysApart: 78, sameService: undefined },
  { incident: 'C5', previous: 'C4', daysApart: 54, sameService: ['checkout'] },
  { incident: 'N1', previous: 'C2', daysApart: 65, sameService: undefined },
  { incident: 'C2', previous: 'C1', daysApart: 42, sameService: ['checkout'] },
] as const satisfies readonly { incident: Key; previous: Key; daysApart: number; sameService?: readonly string[] }[];

// prettier-ignore
export const ROOT_CAUSES = [
  { category: 'config-change', name: 'Configuration change', incidents: 3, repeats: 2, sameServiceRepeats: 1, firstDate: '2025-01-20', lastDate: '2025-05-07', first: '20 Jan 2025', last: '7 May 2025' },
  { category: 'dependency-failure', name: 'Dependency failure', incidents: 3, repeats: 2, sameServiceRepeats: 1, firstDate: '2025-07-08', lastDate: '2025-11-17', first: '8 Jul 2025', last: '17 Nov 2025' },
  { category: 'software-bug', name: 'Software defect', incidents: 3, repeats: 0, sameServiceRepeats: 0, firstDate: '2024-11-12', lastDate: '2025-10-14', first: '12 Nov 2024', last: '14 Oct 2025' },
  { category: 'capacity', name: 'Capacity', incidents: 2, repeats: 0, sameServiceRepeats: 0, firstDate: '2025-06-16', lastDate: '2025-12-31', first: '16 Jun 2025', last: '31 Dec 2025' },
  { category: 'certificate-expiry', name: 'Certificate expiry', incidents: 2, repeats: 0, sameServiceRepeats: 0, firstDate: '2025-02-10', lastDate: '2025-09-22', first: '10 Feb 2025', last: '22 Sep 2025' },
];

export const CONTRIBUTING_FACTORS = [
  { id: 'missing-alert', name: 'Missing alert', count: 3, percent: (3 / 13) * 100 },
  { id: 'capacity', name: 'Capacity', count: 1, percent: (1 / 13) * 100 },
  { id: 'config-change', name: 'Configuration change', count: 1, percent: (1 / 13) * 100 },
];

/** yearOverYear as of TRUTH_TODAY; undefined medians and p90s are too few incidents. */
export const YEAR_OVER_YEAR = {
  current: {
    from: '2025-01-02',
    to: '2026-01-01',
    count: 12,
    major: 8,
    repeats: 4,
    customerPercent: (4 / 12) * 100,
    timeToDetect: { count: 12, median: 27.5, p90: 86, min: 5, max: 180 },
    timeToMitigate: { count: 12, median: 54, p90: 117, min: 20, max: 120 },
    impactDuration: { count: 12, median: 80, p90: 202.5, min: 35, max: 300 },
  },
  previous: {
    from: '2024-01-02',
    to: '2025-01-01',
    count: 1,
    major: 0,
    repeats: 0,
    customerPercent: 0,
    timeToDetect: { count: 1, min: 30, max: 30 },
    timeToMitigate: { count: 1, min: 60, max: 60 },
    impactDuration: { count: 1, min: 90, max: 90 },
  },
};

export const ACTION_COUNTS = {
  total: 19,
  open: 5,
  inProgress: 4,
  done: 8,
  wontDo: 2,
  overdue: 5,
  unfinished: 9,
  donePercent: (8 / 19) * 100,
  /** Done as a share of all items except won't do. */
  completionPercent: (8 / 17) * 100,
};

/** Overdue items, longest overdue first. */
export const OVERDUE = [
  {
    incident: 'C2',
    title: 'Require review for flag flips on checkout',
    owner: 'payments',
    due: '2025-04-30',
    days: 246,
  },
  { incident: 'N1', title: 'Lint notification templates', owner: 'platform', due: '2025-06-30', days: 185 },
  { incident: 'C4', title: 'Fail over to the second payment provider', owner: 'payments', due: '2025-10-31', days: 62 },
  { incident: 'N2', title: 'Alert on push delivery rate', owner: 'platform', due: '2025-12-15', days: 17 },
  { incident: 'B1', title: 'Page on queue age', owner: 'priya', due: '2025-12-31', days: 1 },
] as const satisfies readonly { incident: Key; title: string; owner: string; due: string; days: number }[];

export const OVERDUE_BY_OWNER = { payments: 2, platform: 2, priya: 1 };

/** Days from the incident's date to `closed`: done items (7), and with the won't-do items (9). */
export const DAYS_TO_CLOSE = {
  done: [11, 12, 28, 31, 31, 45, 48],
  doneMedian: 31,
  finished: [11, 12, 28, 28, 31, 31, 45, 48, 54],
  finishedMedian: 31,
  /** Done items without a closed date, left out of time to close. */
  doneWithoutClosed: 1,
};

// prettier-ignore
export const COMPLETION_BY_QUARTER = [
  { quarter: '2024-Q4', total: 1, done: 1, wontDo: 0, overdue: 0, notYetDue: 0 },
  { quarter: '2025-Q1', total: 3, done: 2, wontDo: 1, overdue: 0, notYetDue: 0 },
  { quarter: '2025-Q2', total: 4, done: 2, wontDo: 0, overdue: 2, notYetDue: 0 },
  { quarter: '2025-Q3', total: 2, done: 2, wontDo: 0, overdue: 0, notYetDue: 0 },
  { quarter: '2025-Q4', total: 5, done: 1, wontDo: 1, overdue: 3, notYetDue: 0 },
  { quarter: '2026-Q1', total: 4, done: 0, wontDo: 0, overdue: 0, notYetDue: 4 },
];

/** Incidents per quarter of each recurring root cause. */
// prettier-ignore
export const ROOT_CAUSE_TREND = [
  { quarter: '2024-Q4', counts: { 'config-change': 0, 'dependency-failure': 0, 'software-bug': 1, capacity: 0, 'certificate-expiry': 0 } },
  { quarter: '2025-Q1', counts: { 'config-change': 2, 'dependency-failure': 0, 'software-bug': 1, capacity: 0, 'certificate-expiry': 1 } },
  { quarter: '2025-Q2', counts: { 'config-change': 1, 'dependency-failure': 0, 'software-bug': 0, capacity: 1, 'certificate-expiry': 0 } },
  { quarter: '2025-Q3', counts: { 'config-change': 0, 'dependency-failure': 2, 'software-bug': 0, capacity: 0, 'certificate-expiry': 1 } },
  { quarter: '2025-Q4', counts: { 'config-change': 0, 'dependency-failure': 1, 'software-bug': 1, capacity: 1, 'certificate-expiry': 0 } },
];

/** Start hours on each weekday's local wall clock (ISO weekday 1 = Monday). */
export const START_HOURS: Record<number, number[]> = {
  1: [4, 6, 7, 9, 10, 14],
  2: [9, 10, 15],
  3: [12, 17],
  7: [1, 23],
};

/** Dated done items by days to close: 0–7, 8–30, 31–90, 91–180, 181–365, over 365. */
export const CLOSE_TIME_BINS = [0, 3, 4, 0, 0, 0];

/** Incidents by users affected: under 1 %, 1–5, 5–10, 10–25, 25–50, 50 % or more. */
export const USERS_AFFECTED_BINS = [0, 2, 2, 3, 2, 4];

/** Impact totals: customers and revenue per currency (largest first), each with how many incidents state it. */
export const IMPACT_TOTALS = {
  incidents: 13,
  customers: { total: 27_400, stated: 4 },
  revenue: [
    { currency: 'USD', amount: 51_000, stated: 2 },
    { currency: 'EUR', amount: 15_000, stated: 1 },
  ],
  revenueStated: 3,
};

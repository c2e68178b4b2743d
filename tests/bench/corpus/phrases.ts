/**
 * Sentence templates that fit any incident, grouped by where they go. Slots
 * as in causes.ts. Body sentences avoid MDX's special characters ({, }, <).
 */

export const BACKGROUND = [
  '{Service} is owned by the {team} team and runs in {region} with a warm standby in a second region.',
  'Most traffic to {service} arrives through {dependency}, which also handles retries for it.',
  'On a normal {weekday} {service} serves about 1,800 requests per second at its {partOfDay} peak.',
  '{Service} was last changed significantly six months ago, when it moved to the shared Kubernetes platform.',
  'Three other services read from {service} directly, and two of them cannot work without it.',
  'The on-call rotation for {service} has six engineers, and each week one of them is primary.',
  'Its runbook covers restarts, scaling and failover, and was last reviewed in the spring.',
  'Changes to {service} go through code review and a canary stage that serves 1% of traffic for fifteen minutes.',
  '{Service} keeps its state in {dependency}, and most of its latency budget is spent there.',
  'Dashboards for {service} show request rate, error rate and p99 latency, with alerts on the last two.',
  'The team had been preparing a migration of {service} to a new cluster, which was half complete.',
  "Traffic is highest in the {partOfDay}, when roughly {percent}% of the week's orders are placed.",
];

export const DETECTION: Record<string, string[]> = {
  monitoring: [
    'An alert on the {metric} of {service} paged the on-call engineer {ttd} after the impact began.',
    'Monitoring caught the problem: the {metric} crossed its threshold and stayed there for five minutes.',
    'The alert fired as designed, though its five-minute window added to the time to detect.',
  ],
  customer: [
    'Customers noticed first: support received dozens of contacts about {serviceName} before any alert fired.',
    'The first report came through the support queue {ttd} after the impact began, when complaints started to pile up.',
    'No alert fired at all; the incident was opened because support saw a pattern in customer messages.',
  ],
  employee: [
    'An engineer working on something unrelated noticed odd numbers on a dashboard and raised the alarm.',
    'A colleague in the {team} team spotted the failures while testing in production and opened an incident.',
    'It was noticed by staff placing orders themselves, {ttd} after the impact began.',
  ],
  'automated-test': [
    'The end-to-end test that places a test order every five minutes failed twice in a row and paged on call.',
    'A synthetic check of the main customer journey caught the failure {ttd} after it began.',
    'Our scheduled smoke tests failed first, which is exactly what they are for.',
  ],
  'third-party': [
    '{Vendor} told us first: their integration team saw our failed calls and contacted our on-call engineer.',
    'A partner reported the problem through the shared incident channel {ttd} after the impact began.',
    'The first signal was a message from {vendor}, whose own monitoring saw our traffic drop.',
  ],
};

export const RESPONSE = [
  'The incident was declared within minutes, and an incident commander took over coordination.',
  'Responders first looked at the most recent deploy, which turned out to be unrelated.',
  'For the first twenty minutes the team suspected {dependency}, whose alert had fired at about the same time.',
  'The {team} on-call engineer joined the call and confirmed that {service} itself was healthy at the process level.',
  'Graphs showed the problem starting at {startClock} local time, which narrowed down the list of recent changes.',
  'A status page update went out once customer impact was confirmed.',
  'Logs from {service} were noisy with unrelated warnings, which slowed the search for the real error.',
  'Responders split up: one looked at recent changes while another compared the failing region with a healthy one.',
  'Escalation to the owning team took longer than it should have, because the paging policy still named a team that had been merged.',
  'Once the cause was understood, the fix took only a few minutes to apply.',
  'The incident channel had more than forty people in it at its peak, which made coordination harder.',
  'A rollback was considered and rejected, because the last change was several days old.',
];

export const RESOLUTION = [
  'After mitigation the team watched {service} for an hour before closing the incident.',
  'Error rates returned to their normal level of under 0.1% shortly after the fix was applied.',
  'Queued work drained over the following {ttm}, and no data was lost.',
  'The temporary changes made during the incident were reverted in the days that followed, in a reviewed change.',
  'Customers affected by failed orders were contacted by support and offered a voucher.',
];

export const MEASURES = [
  'The most important change is the one that stops this class of failure, not just this instance of it.',
  'We also want to shorten detection, because {ttd} is too long for a failure that customers see at once.',
  'The action items are owned by the {team} team and tracked in the usual backlog.',
  'Two items are about process rather than code, because the gap was in how we work as much as in what we built.',
  'We considered a larger redesign of {service} and decided against it for now, because the targeted fixes remove the risk at a fraction of the cost.',
  'Runbooks for {service} will be updated with what responders learned, including the commands that worked.',
  'The same weakness probably exists in other services, so the platform team will look for it across the fleet.',
  'We will review these items at the next reliability review and close the postmortem when they are done.',
  'None of the actions relies on people being more careful, since careful people caused none of this.',
  'A game day in the next quarter will check that the new safeguards work as intended.',
];

export const LEARNINGS = [
  'The first suspect is usually the latest deploy, and it is worth checking before anything else, but not only that.',
  'Clear ownership of every alert and every runbook shortens incidents more than any single tool.',
  'Declaring an incident early costs little and saves time when it turns out to be serious.',
  'Dashboards that show dependencies next to the service point responders at the cause faster.',
  'A status page update within fifteen minutes reduces support contacts noticeably.',
  'Writing the timeline during the incident makes the postmortem far easier to get right.',
  'Small, reversible changes limit how much a single mistake can break.',
  'An incident commander who does not also debug keeps the response organised.',
];

export const LUCKY = [
  'It happened during working hours, when the owning team was at their desks.',
  'Traffic was lower than usual because of a public holiday in the largest market.',
  'An engineer who had built the original system happened to be on call.',
  'The standby region had just been upgraded and could take the full load.',
  'Backups had been verified the previous week.',
];

export const IMPACT = [
  '{Percent}% of requests to {serviceName} failed with an error page, and the rest were slow.',
  'Customers could browse but could not complete orders through {serviceName}.',
  'About {percent}% of users saw errors or timeouts in {serviceName}; retries usually succeeded.',
  'Pages that depend on {serviceName} loaded without their data for most users in {region}.',
  'Orders were accepted but their confirmations were delayed, and some customers ordered twice.',
];

export const SUMMARY = [
  'For {impact}, {service} failed for about {percent}% of users. {Cause} It was detected by {detectedBy} after {ttd} and mitigated {ttm} later.',
  '{Cause} As a result, {percent}% of users of {serviceName} were affected for {impact}. {DetectedBy} caught it {ttd} in.',
];

/** What each detection method is called in a sentence. */
export const DETECTED_BY_PHRASE: Record<string, string> = {
  monitoring: 'monitoring',
  customer: 'customer reports',
  employee: 'an employee',
  'automated-test': 'an automated test',
  'third-party': 'a third party',
};

export const EVENTS = {
  detected: {
    monitoring: ['The {metric} alert for {serviceId} paged the primary on-call engineer.'],
    customer: ['Support escalated a rise in customer contacts about {serviceName}.'],
    employee: ['An engineer noticed failing requests on the {serviceId} dashboard and opened an incident.'],
    'automated-test': ['The synthetic order test failed twice in a row and paged on call.'],
    'third-party': ['{Vendor} reported failing calls from our side through the partner channel.'],
  } as Record<string, string[]>,
  escalated: [
    'The incident was declared {severity} and an incident commander took over.',
    'The {team} on-call engineer was paged to join.',
    'The incident was escalated to the {team} team lead.',
  ],
  action: [
    'Responders compared the failing region with a healthy one.',
    'Instances of {serviceId} were restarted one at a time.',
    'Traffic was shifted away from {region}.',
    'Logs of {serviceId} were searched for the first error.',
    'A status page update was published.',
    'The latest change to {serviceId} was identified and reviewed.',
    'Capacity of {dependencyId} was checked and found normal.',
  ],
  misleading: [
    'Responders began rolling back an unrelated deploy of {dependencyId}.',
    'The team investigated a network alert that turned out to be a symptom.',
    'Responders suspected a database problem, which the metrics did not confirm.',
  ],
  note: [
    'Error rates plateaued at about {percent}% of requests.',
    'Support reported a rising number of contacts.',
    'The health checks of {serviceId} kept passing throughout.',
  ],
  mitigated: [
    'Error rates of {serviceId} returned to normal.',
    'The fix was live and customer impact ended.',
    'Traffic was flowing normally through {serviceId} again.',
  ],
  resolved: [
    'The incident was closed after an hour of normal operation.',
    'Queued work had drained and the incident was resolved.',
    'All temporary changes were reverted and the incident was closed.',
  ],
};

export const METRICS = ['error rate', 'p99 latency', 'request rate', 'queue depth', 'success rate'];
export const VENDORS = ['the card processor', 'the SMS provider', 'the maps provider', 'the e-mail provider'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

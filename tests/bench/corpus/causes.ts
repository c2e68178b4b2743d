/**
 * Root-cause categories, most common first (the generator draws them with
 * Zipf weights in this order), each with the text an incident of that kind
 * is written from. `{slot}` placeholders are filled per postmortem; a slot
 * starting with a capital is capitalised.
 */

export type ActionType = 'prevent' | 'detect' | 'mitigate' | 'process';

export interface RootCause {
  id: string;
  name: string;
  description: string;
  titles: string[];
  triggers: string[];
  /** rootCause.description: one paragraph. */
  causes: string[];
  /** The five whys, in order; a postmortem uses the first three to five. */
  whys: string[];
  actions: { title: string; type: ActionType }[];
  /** Body sentences on what was really wrong. */
  explanation: string[];
  /** Body sentences on how it was fixed. */
  fixes: string[];
  learnings: string[];
  tags: string[];
}

export const ROOT_CAUSES: RootCause[] = [
  {
    id: 'config-change',
    name: 'Configuration change',
    description: 'A change to runtime configuration, feature flags or infrastructure definitions.',
    titles: [
      '{ServiceName} errors for {impact} after a configuration change',
      'A feature-flag change broke {serviceName} for {percent}% of users',
    ],
    triggers: [
      'Configuration change {change} rolled out to every {serviceId} instance at once.',
      'A feature flag for {serviceId} was switched on for all users instead of the intended 5%.',
    ],
    causes: [
      'Runtime configuration for {service} was pushed to all instances in one step and no check validated the new values, so a setting that was wrong everywhere reached production everywhere at the same moment.',
      'Feature flags could be changed without review and without a staged rollout, so one edit in the flag console changed the behaviour of {service} for every customer at once.',
    ],
    whys: [
      'Why did requests fail? {Service} rejected calls after the new configuration set `max_connections` to {limit}.',
      'Why was the value wrong? It was copied from a staging file where the limit is deliberately low.',
      'Why did nothing catch it? Configuration is not validated against per-environment ranges before it ships.',
      'Why did it reach every instance? Configuration pushes skip the canary stage that code deploys go through.',
      'Why is there no canary for configuration? The config service predates the deploy pipeline and was never moved onto it.',
    ],
    actions: [
      { title: 'Validate {serviceId} configuration against per-environment ranges in CI', type: 'prevent' },
      { title: 'Roll out configuration changes through the same canary stage as code', type: 'prevent' },
      { title: 'Alert when a configuration push is followed by a rise in errors within ten minutes', type: 'detect' },
      { title: 'Add a one-command rollback for configuration pushes to the runbook', type: 'mitigate' },
    ],
    explanation: [
      'The change itself looked harmless in review: a single line in a file that is edited several times a week.',
      'Configuration pushes go to every instance within about thirty seconds, which is exactly what makes them convenient and exactly what made this one dangerous.',
      'Nothing compared the new value with the range that makes sense in production, so a typo and a sensible change looked the same to the tooling.',
      'Because the change was not a deploy, it did not appear on the deploy dashboard that responders look at first.',
      'The flag console records who changed what, but it does not show which services read a flag, so its reach was not obvious to the person changing it.',
    ],
    fixes: [
      'Reverting {change} restored the previous values, and {service} recovered within two minutes as instances picked them up.',
      'Turning the flag back off stopped the errors at once; the flag was then re-enabled at 5% the next day, as originally planned.',
      'Responders pinned the configuration version for {service} so that no further push could reach it until the fix was reviewed.',
    ],
    learnings: [
      'Configuration is code that skips the safeguards code has; it needs the same canary and the same rollback.',
      'A change that reaches every instance at once turns a small mistake into a full outage.',
    ],
    tags: ['configuration', 'feature-flags', 'rollout'],
  },
  {
    id: 'software-bug',
    name: 'Software defect',
    description: 'A defect in code we wrote, shipped through the normal release process.',
    titles: [
      '{ServiceName} returned wrong results for {impact} after release {version}',
      'A null-handling bug in {serviceName} failed {percent}% of requests',
    ],
    triggers: [
      'Release {version} of {serviceId} reached all regions after a clean canary.',
      'The first request with an empty address field reached the new code path in {serviceId}.',
    ],
    causes: [
      'Release {version} of {service} changed how missing fields are handled, and the tests only covered records with every field filled in, so the first incomplete record made the new code throw.',
      'A refactoring of the retry logic in {service} reused one client object across threads, and under production concurrency that object returned responses to the wrong caller.',
    ],
    whys: [
      'Why did requests fail? A new code path in {service} threw on records with an empty field.',
      'Why did it throw? The refactoring assumed the field was always present, as it is in the test fixtures.',
      'Why did the tests not catch it? Fixtures were generated from a sample that predates optional fields.',
      'Why did the canary pass? The canary received too little traffic to include an incomplete record.',
      'Why was canary traffic so small? Canary weight is fixed at 1% regardless of the time of day.',
    ],
    actions: [
      { title: 'Add property-based tests for incomplete records to the {serviceId} suite', type: 'prevent' },
      { title: 'Refresh test fixtures from anonymised production samples every quarter', type: 'prevent' },
      { title: 'Hold canaries until they have served at least 10,000 requests', type: 'detect' },
      { title: 'Alert on a rise in unhandled exceptions per release, not only on error rate', type: 'detect' },
    ],
    explanation: [
      'The defect was a small one: a guard that was removed during a refactoring because it looked redundant.',
      'Every test passed, and every test used fixtures in which the field the code relied on was present.',
      'Production data is messier than fixtures, and about {percent}% of records lack at least one optional field.',
      'The canary stage ran for fifteen minutes at night, when almost no incomplete records arrive.',
      'Errors surfaced as timeouts in callers rather than as exceptions in {service}, which made the first graphs misleading.',
    ],
    fixes: [
      'Rolling back to the previous release stopped the errors; a fixed release with the guard restored followed the next morning.',
      'Responders disabled the new code path with its kill switch, which had been added in the same release but was not in the runbook.',
      'The affected records were replayed from the event log once the fix was live, so no order was lost.',
    ],
    learnings: [
      'Tests are only as good as their fixtures; fixtures drawn from production catch what imagination misses.',
      'A canary is a sample, and a sample that is too small proves nothing.',
    ],
    tags: ['regression', 'testing', 'release'],
  },
  {
    id: 'deploy-process',
    name: 'Deployment process',
    description: 'How a release was built, rolled out or rolled back, rather than what it contained.',
    titles: [
      'A half-finished deploy left {serviceName} serving two versions for {impact}',
      'Rollback of {serviceName} failed and extended an outage to {impact}',
    ],
    triggers: [
      'The deploy of {serviceId} {version} stalled at 40% when the CI runner was preempted.',
      'A rollback of {serviceId} was started and pulled an image tag that had been deleted.',
    ],
    causes: [
      'The deploy pipeline for {service} had no way to resume or abort a stalled rollout, so an interrupted deploy left old and new versions running side by side with incompatible message formats.',
      'Rollbacks fetched images by tag, and a cleanup job deleted tags older than thirty days, so the version we needed to go back to no longer existed.',
    ],
    whys: [
      'Why did customers see errors? Old and new instances of {service} wrote messages the other could not read.',
      'Why were both versions running? The rollout stopped halfway when its CI runner was preempted.',
      'Why did it not resume or roll back? The pipeline treats a lost runner as success once the first batch is healthy.',
      'Why was the format change not backwards compatible? The change was reviewed as internal to {service}.',
      'Why was that wrong? Other services read the same topic, which the review checklist does not ask about.',
    ],
    actions: [
      { title: 'Make the deploy pipeline abort and roll back when it loses its runner', type: 'prevent' },
      { title: 'Pin rollbacks to image digests and keep the last ten images of every service', type: 'mitigate' },
      { title: 'Alert when two versions of a service run for more than fifteen minutes', type: 'detect' },
      { title: 'Add message compatibility to the deploy review checklist', type: 'process' },
    ],
    explanation: [
      'The code in the release was fine; what went wrong was how it reached production.',
      'Our pipeline marks a rollout as done when the first batch is healthy, on the assumption that later batches behave the same.',
      'When the runner disappeared, nothing was left to notice that the rollout had not finished.',
      'Running two versions side by side is normal for a few minutes during a deploy, but it was never meant to last for hours.',
      'Rollback had been practised only for the previous version, which is always still cached on the nodes.',
    ],
    fixes: [
      'Responders completed the rollout by hand, after which all instances agreed on the message format again.',
      'An older image was rebuilt from its git tag and deployed, which took longer than a normal rollback but worked.',
      'Messages written in the new format during the incident were re-published by a one-off script.',
    ],
    learnings: [
      'A deploy that can stop halfway needs a defined state to stop in.',
      'Rollback is a feature; if it is not tested it is a hope.',
    ],
    tags: ['deploys', 'rollback', 'ci'],
  },
  {
    id: 'capacity',
    name: 'Capacity and resource exhaustion',
    description: 'Load beyond what was provisioned, or a resource running out.',
    titles: [
      '{ServiceName} ran out of database connections during the {partOfDay} peak',
      'Disk full on {host} stopped {serviceName} for {impact}',
    ],
    triggers: [
      'Traffic to {serviceId} rose to 2.4 times the weekly average when a campaign e-mail went out.',
      'The data volume on {host} reached 100% after a log-level change.',
    ],
    causes: [
      'The connection pool of {service} was sized for average traffic, not for peaks, and nothing scaled it or shed load when a campaign more than doubled requests.',
      'Disk usage on {host} had grown steadily for months, the only alert fired at 95% during the night, and it was acknowledged without action because it had fired and cleared many times before.',
    ],
    whys: [
      'Why did {service} fail? Every database connection was in use and new requests waited until they timed out.',
      "Why were there too few connections? The pool size was set two years ago for a third of today's traffic.",
      'Why was it not revisited? Capacity reviews cover CPU and memory but not connection pools.',
      'Why did autoscaling not help? More instances would have needed more connections than the database allows.',
      'Why did we not shed load instead? {Service} has no admission control; it queues every request.',
    ],
    actions: [
      { title: 'Add connection pools and disk headroom to the quarterly capacity review', type: 'process' },
      { title: 'Shed load in {serviceId} when its queue exceeds two seconds of work', type: 'mitigate' },
      { title: 'Alert on the rate of growth of disk usage, not only on a threshold', type: 'detect' },
      { title: 'Tell the platform team ahead of every campaign expected to double traffic', type: 'process' },
    ],
    explanation: [
      'Nothing was broken in the usual sense; {service} was simply asked to do more than it was provisioned for.',
      'The pool size had been correct when it was chosen and had quietly become wrong as traffic grew.',
      'Autoscaling added instances as designed, but each new instance asked the database for more connections and made the queue longer.',
      'Campaigns are planned weeks ahead, yet the teams that run {service} learned about this one from their graphs.',
      'The alert that should have warned us had fired so often without consequence that it was treated as noise.',
    ],
    fixes: [
      'Responders raised the pool limit and the database connection limit together, and latency returned to normal within minutes.',
      'Old log files were moved to object storage, which freed 40% of the disk, and {service} was restarted.',
      "The campaign's second wave was postponed by an hour so the fix could be rolled out first.",
    ],
    learnings: [
      'Limits that were right once become wrong as traffic grows; they need an owner and a review date.',
      'An alert that fires without consequence teaches people to ignore it.',
    ],
    tags: ['capacity', 'connection-pool', 'disk'],
  },
  {
    id: 'dependency-failure',
    name: 'Internal dependency failure',
    description: 'A service we run failed and took its callers with it.',
    titles: [
      '{Dependency} slowed down and took {serviceName} with it for {impact}',
      'Retries against {dependency} turned a blip into a {impact} outage of {serviceName}',
    ],
    triggers: [
      'Latency of {dependencyId} rose from 40 ms to 3 s after one of its nodes lost a disk.',
      'A brief error spike in {dependencyId} triggered retries from every {serviceId} instance.',
    ],
    causes: [
      '{Service} called {dependency} synchronously on every request with a thirty-second timeout and no circuit breaker, so a slowdown in one dependency used up all of its worker threads.',
      'Every client of {dependency} retried failed calls immediately and up to five times, so a short error spike grew into sustained overload that kept {dependency} from recovering.',
    ],
    whys: [
      'Why did {service} stop serving? All of its worker threads were waiting on {dependency}.',
      'Why did they wait so long? The client timeout was thirty seconds, far above the normal 40 ms.',
      'Why was there no circuit breaker? The call was added as optional and later became required without review.',
      'Why did {dependency} not recover on its own? Retries from every caller kept its load at four times normal.',
      'Why did clients retry so aggressively? The shared client library defaults to five immediate retries.',
    ],
    actions: [
      { title: 'Set the {dependencyId} client timeout to 500 ms and add a circuit breaker', type: 'prevent' },
      { title: 'Change the shared client library default to three retries with jittered backoff', type: 'prevent' },
      { title: 'Show dependency latency next to error rate on the {serviceId} dashboard', type: 'detect' },
      { title: 'Document which dependencies {serviceId} can run without, and how', type: 'mitigate' },
    ],
    explanation: [
      'The failure started in {dependency}, but the outage happened in {service}, because of how the two were connected.',
      'A thirty-second timeout means that a slow dependency holds a worker thread a thousand times longer than usual.',
      'Retries are meant to smooth over rare errors, and when every caller retries at once they become the load that causes the errors.',
      'The dependency was meant to be optional for {service}, and over two years of changes it had become required.',
      'Dashboards for {service} showed the errors but not their cause, so the first ten minutes went into its own logs.',
    ],
    fixes: [
      'Responders disabled the call to {dependency} with a feature flag, and {service} recovered in under a minute.',
      'Traffic from {service} to {dependency} was throttled at the mesh, which let {dependency} drain its queue and recover.',
      'The failed node of {dependency} was replaced, after which latency returned to 40 ms.',
    ],
    learnings: [
      'Every synchronous call needs a timeout chosen for the caller, not a library default.',
      'Retries without backoff turn a small failure into a large one.',
    ],
    tags: ['dependencies', 'timeouts', 'retries'],
  },
  {
    id: 'third-party-outage',
    name: 'Third-party outage',
    description: 'A vendor or provider outside the company failed or degraded.',
    titles: [
      '{Vendor} outage failed {percent}% of {serviceName} requests for {impact}',
      '{ServiceName} degraded for {impact} while {vendor} was down',
    ],
    triggers: [
      '{Vendor} started returning HTTP 503 for a third of requests from {region}.',
      '{Vendor} changed its API rate limits without notice.',
    ],
    causes: [
      '{Service} depended on {vendor} with no second provider and no degraded mode, so when {vendor} failed, the part of our product built on it failed with it.',
      'Failover to the secondary provider existed but required a manual configuration change that nobody on call had made before, so it was not used until the outage was well under way.',
    ],
    whys: [
      'Why did requests fail? {Vendor} returned errors for a third of calls from {region}.',
      'Why did that fail our requests? {Service} had no fallback when the provider call failed.',
      'Why was there no fallback? The secondary provider was only wired up for one of three call types.',
      'Why was failover slow? It needed a manual change that was documented in a page nobody could find.',
      'Why was the runbook hard to find? It lived in the vendor integration repository, not in the on-call wiki.',
    ],
    actions: [
      {
        title: 'Fail over from {vendor} to the secondary provider automatically on sustained errors',
        type: 'mitigate',
      },
      { title: 'Probe {vendor} from each region every minute and page on failure', type: 'detect' },
      { title: 'Run a failover drill with the secondary provider every quarter', type: 'process' },
      { title: 'Subscribe the on-call channel to {vendor} status updates', type: 'detect' },
    ],
    explanation: [
      'The failure was outside our systems, and so was most of its duration: {vendor} took well over an hour to recover.',
      'What was ours was the lack of a plan for a provider that fails partially rather than completely.',
      'Partial failures are harder to see than complete ones, because error rates rise slowly and dashboards stay mostly green.',
      '{Vendor} reported the problem on its status page twenty minutes after our first errors.',
      'The secondary provider had been contracted a year earlier, but only part of the integration used it.',
    ],
    fixes: [
      'Responders switched traffic to the secondary provider by hand, which brought success rates back to normal.',
      'Affected requests were queued and retried once {vendor} recovered, so most customers only saw a delay.',
      'A temporary banner told customers about the delay while the provider was down.',
    ],
    learnings: [
      'A second provider only helps if switching to it is automatic or at least practised.',
      "A vendor's status page is a lagging indicator; our own probes are the leading one.",
    ],
    tags: ['vendor', 'failover', 'third-party'],
  },
  {
    id: 'database-migration',
    name: 'Database migration',
    description: 'A schema or data migration that locked, slowed or corrupted a database.',
    titles: [
      'A schema migration locked the {serviceName} tables for {impact}',
      'Backfill migration overloaded {dependency} and slowed {serviceName}',
    ],
    triggers: [
      'Migration {change} added a column with a default value to a table of 300 million rows.',
      'A data backfill for {serviceId} started at full speed on the primary.',
    ],
    causes: [
      'The migration took an exclusive lock on a large table in {dependency}, and our migration tooling neither estimates lock duration nor refuses long-locking statements, so writes from {service} queued behind it.',
      'The backfill ran unthrottled against the primary of {dependency} and saturated its disk, which slowed every query from {service} for as long as the backfill ran.',
    ],
    whys: [
      'Why did writes stall? The migration held an exclusive lock on the orders table.',
      'Why did it hold the lock so long? Adding a column with a default rewrote every row on this database version.',
      'Why did we not know? The migration was tested on a staging copy with a thousandth of the rows.',
      'Why did tooling allow it? Our migration tool has no check for statements that rewrite large tables.',
      'Why was it run at peak? Migrations run on merge, with no window for risky ones.',
    ],
    actions: [
      {
        title: 'Reject migrations that rewrite tables over one million rows without an explicit override',
        type: 'prevent',
      },
      { title: 'Throttle backfills by replica lag and run them against a replica where possible', type: 'prevent' },
      { title: 'Alert when any lock on the primary is held for more than thirty seconds', type: 'detect' },
      { title: 'Schedule risky migrations outside peak hours with a named owner present', type: 'process' },
    ],
    explanation: [
      'The statement looked routine, and on a small table it would have taken milliseconds.',
      'On a table of this size it rewrote every row while holding a lock that blocked all writes.',
      'Staging has the same schema as production but a tiny fraction of the data, so it could not show the problem.',
      'The lock also blocked the autovacuum, so the table was slower for several hours after the migration finished.',
      'Nobody was watching the migration, because it ran automatically when the change was merged.',
    ],
    fixes: [
      'Responders cancelled the migration, which released the lock, and queued writes completed within a minute.',
      'The column was then added in three steps that each take only a brief lock.',
      'The backfill was paused and restarted with a limit of 500 rows per second.',
    ],
    learnings: [
      'Staging data volume decides which problems staging can find.',
      'Automation that runs on merge needs the same care as a person doing it at peak time.',
    ],
    tags: ['postgres', 'migrations', 'locks'],
  },
  {
    id: 'certificate-expiry',
    name: 'Certificate or credential expiry',
    description: 'A certificate, key or token reaching the end of its validity.',
    titles: [
      '{ServiceName} unreachable for {impact} after a TLS certificate expired',
      'An expired service token stopped {serviceName} from calling {dependency}',
    ],
    triggers: [
      'The TLS certificate of {serviceId} reached its notAfter time.',
      'The service token that {serviceId} uses for {dependencyId} expired after 365 days.',
    ],
    causes: [
      'Certificate renewal for {service} was a manual yearly task tracked in a ticket assigned to one person, with no expiry monitoring as a backstop, so when the ticket was missed nothing else knew the date.',
      'Service tokens are issued with a one-year lifetime and no rotation, and nothing tracked when the token used by {service} would expire.',
    ],
    whys: [
      'Why did connections fail? The certificate of {service} expired.',
      'Why was it not renewed? Renewal was a yearly manual task, and its ticket was assigned to someone who had changed teams.',
      'Why was there no warning? No monitor checks certificate expiry on internal endpoints.',
      'Why is renewal manual? The service predates our automated certificate tooling and was never migrated.',
      'Why was it never migrated? The migration was planned but had no owner after a reorganisation.',
    ],
    actions: [
      { title: 'Renew the {serviceId} certificate automatically with the shared ACME tooling', type: 'prevent' },
      { title: 'Alert 30 and 7 days before any certificate or token expires', type: 'detect' },
      { title: 'Rotate service tokens every 90 days automatically', type: 'prevent' },
      { title: 'Add recurring tickets to the team-change checklist', type: 'process' },
    ],
    explanation: [
      'An expiry date is the most predictable failure there is, and yet it was known in exactly one place.',
      'A failed TLS handshake never becomes an HTTP request, so error-rate alerts stayed quiet while traffic fell to zero.',
      'Health checks did not verify certificates, so they kept reporting {service} as healthy.',
      'The renewal steps were in a wiki page that had not been updated since the last renewal a year earlier.',
      'Finding someone with access to the certificate authority account took longer than the renewal itself.',
    ],
    fixes: [
      'A new certificate was issued and deployed to every instance of {service}, after which handshakes succeeded again.',
      'Responders issued a new token with the same scopes and rolled it out through the secret store.',
      'Every other certificate with a manual renewal was listed and checked the same day.',
    ],
    learnings: [
      'A date that only a person remembers will eventually be forgotten.',
      'Health checks that skip TLS verification cannot see a whole class of outage.',
    ],
    tags: ['tls', 'certificates', 'credentials'],
  },
  {
    id: 'infrastructure-failure',
    name: 'Infrastructure failure',
    description: 'Hardware, cloud instance, network or managed-service failure.',
    titles: [
      'Loss of an availability zone in {region} took down {serviceName} for {impact}',
      'A failed network switch isolated {serviceName} from {dependency}',
    ],
    triggers: [
      'An availability zone in {region} lost power for 40 minutes.',
      'A top-of-rack switch failed and dropped half of the packets to {dependencyId}.',
    ],
    causes: [
      '{Service} ran all of its stateful nodes in one availability zone, contrary to our standard, because the zone was chosen by a default in an old template, so the loss of that zone took the whole service down.',
      'The network path between {service} and {dependency} had no redundancy at the rack level, and a failing switch dropped packets rather than failing cleanly, so traffic was not rerouted.',
    ],
    whys: [
      'Why did {service} go down? All of its database nodes were in the failed zone.',
      'Why were they in one zone? The template used to create them had a default zone.',
      'Why was that not caught? Our zone-spread check only covers stateless services.',
      'Why only stateless ones? Stateful services were expected to be reviewed by hand.',
      'Why did the review miss it? The review checklist does not ask about zone placement.',
    ],
    actions: [
      { title: 'Spread {serviceId} nodes across three availability zones', type: 'prevent' },
      { title: 'Extend the zone-spread check to stateful services', type: 'detect' },
      { title: 'Run a zone-failure game day for {serviceId} twice a year', type: 'process' },
      { title: 'Fail over automatically when a zone stops answering health checks', type: 'mitigate' },
    ],
    explanation: [
      'Hardware fails; what turned this failure into an outage was that {service} had no copy of itself elsewhere.',
      'The design called for three zones, and the deployment had drifted from the design without anyone noticing.',
      'A switch that drops some packets is worse than one that dies, because health checks pass intermittently.',
      "The cloud provider's status page showed the zone as degraded thirty minutes after our alerts fired.",
      'Recovering the nodes in another zone required restoring from a snapshot, which took most of the outage.',
    ],
    fixes: [
      'Responders restored {service} in a second zone from the latest snapshot and pointed traffic at it.',
      'The faulty switch was taken out of service, and traffic moved to the remaining path.',
      'Once the zone recovered, the old nodes were kept out of rotation until their data was verified.',
    ],
    learnings: [
      'A design document is not a deployment; placement needs to be checked continuously.',
      'Partial failures defeat health checks that were built for clean ones.',
    ],
    tags: ['availability-zones', 'network', 'hardware'],
  },
  {
    id: 'monitoring-gap',
    name: 'Missing or misleading monitoring',
    description: 'The failure was invisible to our alerts, or the alerts pointed the wrong way.',
    titles: [
      '{ServiceName} failed silently for {ttd} before anyone noticed',
      'Misleading alerts sent responders to {dependency} while {serviceName} was broken',
    ],
    triggers: [
      'A nightly job of {serviceId} began failing without raising an error.',
      'A change to {serviceId} made a health endpoint return 200 while the worker pool was stopped.',
    ],
    causes: [
      'The alerts for {service} measured errors returned to callers, but this failure returned no errors: work simply stopped being done, and nothing measured the work itself.',
      'The health check of {service} tested that the process was up rather than that it was doing useful work, so the load balancer kept sending traffic to instances that could not serve it.',
    ],
    whys: [
      'Why did it take so long to notice? No alert covered the throughput of {service}.',
      'Why not? Alerts were written for the failures we had seen before, which were all error spikes.',
      'Why did the health check pass? It checks the HTTP server, not the worker pool behind it.',
      'Why was the worker pool not checked? It was added later, and the health check was not updated.',
      'Why was that not part of the change? Our review template does not ask about health checks.',
    ],
    actions: [
      { title: 'Alert when {serviceId} throughput drops 50% below the same hour last week', type: 'detect' },
      { title: 'Make the {serviceId} health check exercise the worker pool', type: 'detect' },
      { title: 'Add health checks and alerts to the review template for new components', type: 'process' },
      { title: "Review every service's alerts for silent failure modes once a year", type: 'process' },
    ],
    explanation: [
      'The failure itself was simple; the hard part was that nothing told us about it.',
      'Our alerts count errors, and a system that silently stops working produces none.',
      'The first signal came from a person noticing that a number looked too low, not from a machine.',
      'The health check answered the question "is the process up?" when the question that mattered was "is it working?".',
      'Several responders lost time looking at {dependency}, whose alert fired first but was a symptom.',
    ],
    fixes: [
      'Restarting the worker pool of {service} resumed processing, and the backlog cleared within forty minutes.',
      'The stuck instances were removed from the load balancer by hand until the health check was fixed.',
      'Work that had silently failed was found in the logs and replayed.',
    ],
    learnings: [
      'Measure the work a system does, not only the errors it returns.',
      'A health check should fail whenever the service cannot do its job.',
    ],
    tags: ['monitoring', 'alerting', 'health-checks'],
  },
  {
    id: 'data-corruption',
    name: 'Data corruption',
    description: 'Data was written wrongly, lost or duplicated.',
    titles: [
      '{ServiceName} wrote duplicate records for {impact}',
      'A sync bug corrupted {serviceName} data for {percent}% of customers',
    ],
    triggers: [
      'A network timeout during a batch write in {serviceId} triggered a retry that was not idempotent.',
      'A sync job of {serviceId} ran twice in parallel after a scheduler failover.',
    ],
    causes: [
      'Writes from {service} were retried after timeouts without an idempotency key, so every write that succeeded slowly was applied twice.',
      'Two copies of the sync job could run at once because the lock that should prevent this expired before the job finished, and the job assumed it was alone.',
    ],
    whys: [
      'Why were records duplicated? Writes were retried after timeouts that had in fact succeeded.',
      'Why did retries duplicate them? The write had no idempotency key.',
      'Why not? The API was designed before retries were added to the client.',
      'Why did the lock not prevent a second job? It expired after ten minutes, and the job took twelve.',
      'Why did it take twelve? Data volume had doubled since the lock timeout was chosen.',
    ],
    actions: [
      { title: 'Add idempotency keys to every write API of {serviceId}', type: 'prevent' },
      { title: 'Renew the sync job lock while the job runs', type: 'prevent' },
      { title: 'Run a nightly consistency check between {serviceId} and {dependencyId}', type: 'detect' },
      { title: 'Write a runbook for repairing duplicated records', type: 'mitigate' },
    ],
    explanation: [
      'Corrupted data is worse than an outage, because it keeps causing harm after the bug is fixed.',
      'Retries are safe only when the operation can be applied twice without effect, and this one could not.',
      'The duplicate records looked valid, so no validation rejected them.',
      'Customers noticed before we did, because the first effect was a second charge or a second delivery.',
      'Repairing the data took longer than fixing the bug, since every record had to be checked against its source.',
    ],
    fixes: [
      'Responders stopped the sync job and the retries, which stopped new duplicates from being written.',
      'A repair script compared records with the source of truth and removed 4,312 duplicates.',
      'Customers who were charged twice were refunded automatically the same day.',
    ],
    learnings: [
      'Every retried write needs an idempotency key, or it will eventually be applied twice.',
      'A consistency check is the only monitor that sees silent corruption.',
    ],
    tags: ['data-integrity', 'idempotency', 'sync'],
  },
  {
    id: 'time-handling',
    name: 'Time and clock handling',
    description: 'Daylight saving, time zones, leap days or clock skew.',
    titles: [
      'Scheduled jobs of {serviceName} ran twice when clocks went back',
      '{ServiceName} skipped an hour of work at the daylight-saving change',
    ],
    triggers: [
      'Clocks in {zone} went back one hour at 03:00 local time.',
      'Clocks in {zone} jumped forward one hour at 02:00 local time.',
    ],
    causes: [
      'Jobs of {service} were scheduled in local wall-clock time, so when the clocks went back the hour between 02:00 and 03:00 happened twice and every job in it ran twice.',
      'The scheduler of {service} computed the next run by adding a day to a local time, so on the day the clocks went forward the job was scheduled for a time that did not exist and was skipped.',
    ],
    whys: [
      'Why did jobs run twice? Their schedules were written in local time, and that hour occurred twice.',
      'Why in local time? Business owners asked for runs at local times, and that was the easiest way.',
      'Why did tests not catch it? The tests run in UTC, which has no daylight saving.',
      'Why did the jobs not detect a duplicate run? They were not written to be safe to run twice.',
      'Why not? Running twice was assumed to be impossible.',
    ],
    actions: [
      { title: 'Schedule {serviceId} jobs in UTC and convert for display only', type: 'prevent' },
      { title: 'Run the scheduler tests in three time zones, one of them with daylight saving', type: 'detect' },
      { title: 'Make every scheduled job safe to run twice', type: 'prevent' },
      { title: 'Put daylight-saving dates in the on-call calendar', type: 'process' },
    ],
    explanation: [
      'Twice a year, one local hour either happens twice or does not happen at all.',
      'The scheduler handled both cases the way most code does, which is to say incorrectly.',
      'The problem only appears in zones with daylight saving, and our tests run in UTC.',
      'A run that is duplicated or skipped only causes harm if the job is not idempotent, and several of ours were not.',
      'The same bug had caused a smaller incident a year earlier, which was fixed in one job rather than in the scheduler.',
    ],
    fixes: [
      'Responders paused the scheduler for the rest of the hour and removed the duplicate work by hand.',
      'The skipped runs were started by hand once the problem was understood.',
      'A fix converting all schedules to UTC shipped before the next change of clocks.',
    ],
    learnings: [
      'Store and schedule in UTC; convert to local time only to show it to people.',
      'A bug fixed in one place instead of at its source comes back.',
    ],
    tags: ['daylight-saving', 'scheduling', 'time-zones'],
  },
  {
    id: 'dns-misconfiguration',
    name: 'DNS misconfiguration',
    description: 'A DNS record, zone or resolver change that broke name resolution.',
    titles: [
      'A deleted DNS record made {serviceName} unreachable for {impact}',
      'Resolver change broke name resolution for {serviceName}',
    ],
    triggers: [
      'A cleanup script deleted the DNS record for {serviceId} as unused.',
      'The resolver configuration pushed to {region} listed a decommissioned server first.',
    ],
    causes: [
      'DNS records had no owner metadata, so a cleanup script that removes records without recent queries treated the record of {service}, queried only through a cache, as unused.',
      'Resolver configuration was pushed to every host at once, and the new list began with a server that had been switched off, so every lookup waited for a timeout first.',
    ],
    whys: [
      'Why could clients not connect? The DNS name of {service} no longer resolved.',
      'Why not? A cleanup script deleted the record.',
      'Why did it think the record was unused? Clients cached it for a day, so the authoritative server saw few queries.',
      'Why was there no owner to ask? DNS records carry no owner field.',
      'Why did the cached answers not last? The TTL expired during the outage and clients asked again.',
    ],
    actions: [
      { title: 'Require an owner tag on every DNS record and skip tagged records in cleanup', type: 'prevent' },
      { title: 'Probe the DNS names of critical services from outside every five minutes', type: 'detect' },
      { title: 'Keep deleted DNS records restorable for seven days', type: 'mitigate' },
      { title: 'Roll out resolver changes one region at a time', type: 'prevent' },
    ],
    explanation: [
      'DNS failures are confusing because they look like the service is down when it is running perfectly well.',
      'Cached answers hid the problem for a while, so the outage started long after the change that caused it.',
      'The cleanup script did what it was designed to do; the design assumed query counts show which records matter.',
      'Responders first suspected the load balancer, because that was what clients reported they could not reach.',
      'Restoring the record took a minute once the cause was known, and the cached failures took much longer to clear.',
    ],
    fixes: [
      'The record was restored from the zone backup, and clients recovered as their negative cache entries expired.',
      'The resolver configuration was reverted, and lookups returned to a few milliseconds.',
      'Responders lowered the TTL for a day so any further change would take effect quickly.',
    ],
    learnings: [
      'Caching delays both failure and recovery, which separates cause and effect in time.',
      'Cleanup automation needs an owner to ask, not a heuristic to guess.',
    ],
    tags: ['dns', 'cleanup', 'caching'],
  },
  {
    id: 'memory-leak',
    name: 'Memory leak',
    description: 'A process that grew until it was killed or slowed to a crawl.',
    titles: [
      'A memory leak in {serviceName} caused restarts every {ttd}',
      '{ServiceName} slowed down for {impact} as a leak filled its heap',
    ],
    triggers: [
      'Instances of {serviceId} began to be killed by the kernel out-of-memory killer.',
      'Garbage-collection pauses in {serviceId} exceeded two seconds.',
    ],
    causes: [
      'A cache added to {service} in release {version} had no size limit, so it grew with every distinct request until the process ran out of memory and was killed, losing the requests in flight.',
      'A listener registered per request in {service} was never removed, and each one held a reference to the request, so memory grew steadily until garbage collection dominated.',
    ],
    whys: [
      'Why were instances killed? They ran out of memory.',
      'Why did memory grow? A new in-process cache had no size limit.',
      'Why did nobody notice in testing? Load tests run for ten minutes and the leak needs hours to matter.',
      'Why was memory not alerted on? The alert only fires when the instance is already dead.',
      'Why was the cache unbounded? The library default is unbounded and the review did not ask.',
    ],
    actions: [
      { title: 'Bound every in-process cache in {serviceId} and export its size as a metric', type: 'prevent' },
      { title: 'Run a four-hour soak test before releases of {serviceId}', type: 'detect' },
      { title: 'Alert on memory growth rate rather than on out-of-memory kills', type: 'detect' },
      { title: 'Restart {serviceId} instances on a rolling schedule until the fix is verified', type: 'mitigate' },
    ],
    explanation: [
      'Memory leaks are slow incidents: they start long before anyone notices and end with a sudden failure.',
      'The release that introduced the leak had been in production for two days before the first instance died.',
      'Restarts hid the problem, because each new instance was healthy for several hours.',
      'Requests in flight on a killed instance failed, which is what customers saw as occasional errors.',
      'Heap dumps taken from a struggling instance pointed to the cache within minutes of being analysed.',
    ],
    fixes: [
      'Responders restarted all instances on a rolling schedule, then shipped a release with a bounded cache.',
      'The listener leak was fixed in a one-line change, verified by a six-hour soak test.',
      'Memory limits were raised temporarily so instances would survive until the fix was deployed.',
    ],
    learnings: [
      'Every cache needs a size limit; unbounded is a bug waiting for enough traffic.',
      'Short load tests cannot find slow leaks.',
    ],
    tags: ['memory', 'caching', 'performance'],
  },
  {
    id: 'manual-process',
    name: 'Manual operation',
    description: 'A step done by hand, under time pressure or without a safety net.',
    titles: [
      'A manual failover of {dependency} caused {impact} of {serviceName} errors',
      'A console command run against the wrong environment broke {serviceName}',
    ],
    triggers: [
      'An engineer ran the failover procedure for {dependencyId} by hand during maintenance.',
      'A maintenance command intended for staging was run against production {serviceId}.',
    ],
    causes: [
      'The failover procedure of {dependency} was a twelve-step manual runbook that had last been run a year earlier, and step seven had silently changed meaning since then.',
      'Staging and production consoles looked identical and shared credentials, so nothing distinguished the two environments at the moment the command was typed.',
    ],
    whys: [
      'Why did the command affect production? The terminal was connected to production, not staging.',
      'Why was that not obvious? Both environments use the same prompt and colours.',
      'Why could the same credentials reach both? Separate credentials were planned but never finished.',
      'Why was the step done by hand? There is no automation for this maintenance task.',
      'Why not? It is done rarely enough that automating it never rose to the top of the backlog.',
    ],
    actions: [
      { title: 'Automate the {dependencyId} failover and run it monthly', type: 'prevent' },
      { title: 'Use separate credentials and a red prompt for production consoles', type: 'prevent' },
      { title: 'Require a second person for manual production changes', type: 'process' },
      { title: 'Log and alert on destructive console commands in production', type: 'detect' },
    ],
    explanation: [
      'The engineer did what the runbook said; the runbook was wrong, and nothing could have told them.',
      'Manual procedures that run once a year drift out of date because the systems around them keep changing.',
      'Nothing about the terminal showed which environment it was connected to.',
      'The person running the procedure was alone, at night, following steps they had not done before.',
      'This was not a person failing; it was a process that relied on a person not failing.',
    ],
    fixes: [
      'Responders reversed the step, and {service} recovered once its connections were re-established.',
      'Data changed by the command was restored from the point-in-time backup, losing no orders.',
      'The remaining maintenance steps were postponed until the runbook was corrected.',
    ],
    learnings: [
      'A procedure run once a year is a procedure nobody knows; automate it or rehearse it.',
      'Make the dangerous environment look different from the safe one.',
    ],
    tags: ['runbooks', 'operations', 'automation'],
  },
  {
    id: 'rate-limiting',
    name: 'Rate limiting and abuse',
    description: 'Rate limits that blocked real users, or traffic that limits should have stopped.',
    titles: [
      'New rate limits on {serviceName} blocked {percent}% of legitimate users',
      'A scraping bot overloaded {serviceName} for {impact}',
    ],
    triggers: [
      'A new rate-limit rule for {serviceId} went live at 100 requests per minute per address.',
      'A bot began crawling {serviceId} from 4,000 addresses at once.',
    ],
    causes: [
      'Rate limits on {service} were keyed by client address, and customers behind mobile carriers share addresses, so a limit meant for one client throttled thousands of real users at once.',
      'The rate limiter of {service} only counted requests per address, so a crawler spread over thousands of addresses stayed under every limit while generating four times normal traffic.',
    ],
    whys: [
      'Why were customers blocked? The rate limit counted requests per address.',
      'Why did that block real users? Many customers share carrier addresses.',
      'Why was per-address chosen? It was the only key the gateway supported when the limit was written.',
      'Why was the effect not measured first? The rule went live without a shadow period.',
      'Why was there no shadow period? Rate-limit changes are treated as configuration, not as releases.',
    ],
    actions: [
      { title: 'Run new rate-limit rules in log-only mode for a day before enforcing them', type: 'prevent' },
      { title: 'Key rate limits on session as well as address', type: 'prevent' },
      { title: 'Alert when more than 1% of requests to {serviceId} are rate limited', type: 'detect' },
      { title: 'Add bot detection to the edge in front of {serviceId}', type: 'mitigate' },
    ],
    explanation: [
      'Rate limits protect a service by refusing some requests, and choosing which ones is the entire problem.',
      'The rule was correct for the traffic it was designed against and wrong for the traffic we actually have.',
      'Support saw the complaints before engineering saw the graphs, because throttled requests are not counted as errors.',
      'Throttled customers retried, which made their addresses even more likely to be throttled.',
      'The rule had been tested against a replay of one hour of desktop traffic, with almost no mobile clients.',
    ],
    fixes: [
      'Responders switched the rule to log-only mode, and blocked requests stopped at once.',
      "The crawler's addresses were blocked at the edge, and load on {service} returned to normal.",
      'A corrected rule keyed on session was enabled after a day of log-only measurement.',
    ],
    learnings: [
      'A rate limit is a product decision about who gets refused; test it against real traffic first.',
      'Throttled requests need their own alert, because they are not errors.',
    ],
    tags: ['rate-limiting', 'bots', 'edge'],
  },
];

/** Panels ranking services and teams by incidents, with their impact and median TTD and TTM. */
import { plural } from '../words.ts';
import { formatMinutes } from './format.ts';
import { MIN_SAMPLE } from './percentiles.ts';
import { rankIncidentsBy } from './rankings.ts';
import type { InsightIncident } from './types.ts';
import { minutesCell, name, numberCell, statisticCell, type PanelContext } from './view-cells.ts';
import { COUNT_TONE } from './tones.ts';
import type { Panel } from './view-types.ts';

const GROUPINGS = {
  services: {
    noun: 'service',
    heading: 'Service',
    keysOf: (incident: InsightIncident) => incident.services,
    counting: 'An incident on two services counts for both.',
  },
  teams: {
    noun: 'team',
    heading: 'Team',
    keysOf: (incident: InsightIncident) => incident.teams,
    counting: 'An incident counts for each team it names and for the owners of its services.',
  },
} as const;

/** Incidents, impact minutes and median TTD/TTM per service or team, most incidents first. */
export function rankedPanel({ incidents, names, chartLimit }: PanelContext, by: 'services' | 'teams'): Panel {
  const { noun, heading, keysOf, counting } = GROUPINGS[by];
  const ranked = rankIncidentsBy(incidents, keysOf);
  const drawn = ranked.slice(0, chartLimit);
  const nameOf = (id: string) => name(names[by], id);
  const top = ranked[0];
  return {
    title: `Incidents by ${noun}`,
    description: `Incidents, minutes of impact (summed) and median time to detect and to mitigate per ${noun}, most incidents first (ties: more impact). ${counting} A median needs at least ${MIN_SAMPLE.median} incidents.${ranked.length > drawn.length ? ` The chart shows the top ${drawn.length}; the table lists all ${ranked.length}.` : ''}`,
    summary: top
      ? `Bar chart of incidents for ${plural(ranked.length, noun)}. Most: ${nameOf(top.id)} with ${plural(top.incidents, 'incident')} and ${formatMinutes(top.impactMinutes)} of impact.`
      : `Bar chart of incidents by ${noun}: no incidents.`,
    chart: {
      axis: 'category',
      horizontal: true,
      labels: drawn.map((row) => nameOf(row.id)),
      xTitle: 'Incidents',
      yTitle: heading,
      scale: 'linear',
      unit: 'incidents',
      series: [{ label: 'Incidents', type: 'bar', tone: COUNT_TONE, values: drawn.map((row) => row.incidents) }],
    },
    table: {
      caption: `${heading}s by incidents, with impact and the median time to detect and to mitigate of their incidents`,
      columns: [
        { label: heading },
        { label: 'Incidents', numeric: true },
        { label: 'Impact (min, summed)', numeric: true },
        { label: 'Median time to detect (min)', numeric: true },
        { label: 'Median time to mitigate (min)', numeric: true },
      ],
      rows: ranked.map((row) => [
        { text: nameOf(row.id) },
        numberCell(row.incidents),
        minutesCell(row.impactMinutes),
        statisticCell(row.timeToDetect, 'median', row.incidents),
        statisticCell(row.timeToMitigate, 'median', row.incidents),
      ]),
      empty: 'No incidents.',
    },
    // On a service's or team's own page the ranking may hold that one entry: nothing to rank.
    ...(ranked.length < 2 ? { hidden: true } : {}),
  };
}

/** Panels on how many incidents there were, how severe, and who noticed them first. */
import { DETECTION_LABELS, DETECTION_METHODS, SEVERITIES, type Severity } from '../../schema/vocabulary.ts';
import { detectionByQuarter, severityByQuarter } from './breakdowns.ts';
import { quarterHeading } from './periods.ts';
import { plural } from '../words.ts';
import type { ChartSeries, Panel } from './view-types.ts';
import { DETECTION_TONE, SEVERITY_TONE } from './tones.ts';
import { numberCell, percentOf, shareOfCell, shareText, type PanelContext } from './view-cells.ts';

/** One stacked bar series per severity, in the severity colours, for periods counted by severity. */
export function severitySeries(periods: readonly { counts: Record<Severity, number> }[]): ChartSeries[] {
  return SEVERITIES.map((severity) => ({
    label: severity,
    type: 'bar' as const,
    tone: SEVERITY_TONE[severity],
    values: periods.map((period) => period.counts[severity]),
  }));
}

export function severityPanel({ incidents, today }: PanelContext): Panel {
  const quarters = severityByQuarter(incidents);
  const totals = Object.fromEntries(
    SEVERITIES.map((severity) => [severity, incidents.filter((i) => i.severity === severity).length]),
  );
  return {
    title: 'Incidents per quarter by severity',
    description: 'Each bar is a quarter, split by severity; SEV1 is the worst.',
    summary: incidents.length
      ? `Stacked bar chart of ${plural(incidents.length, 'incident')} over ${plural(quarters.length, 'quarter')} from ${quarterHeading(quarters[0]!.quarter, today)} to ${quarterHeading(quarters.at(-1)!.quarter, today)}, by severity: ${SEVERITIES.map((severity) => `${severity} ${totals[severity]}`).join(', ')}.`
      : 'Stacked bar chart of incidents per quarter by severity: no incidents.',
    chart: {
      axis: 'category',
      labels: quarters.map((quarter) => quarterHeading(quarter.quarter, today)),
      stacked: true,
      xTitle: 'Quarter the incident started',
      yTitle: 'Incidents',
      scale: 'linear',
      unit: 'incidents',
      series: severitySeries(quarters),
    },
    table: {
      caption: 'Incidents per quarter by severity',
      columns: [
        { label: 'Quarter' },
        ...SEVERITIES.map((severity) => ({ label: severity, numeric: true })),
        { label: 'Total', numeric: true },
      ],
      rows: quarters.map((quarter) => [
        { text: quarterHeading(quarter.quarter, today) },
        ...SEVERITIES.map((severity) => numberCell(quarter.counts[severity])),
        numberCell(quarter.total),
      ]),
      empty: 'No incidents.',
    },
  };
}

export function detectionPanel({ incidents, today }: PanelContext): Panel {
  const quarters = detectionByQuarter(incidents);
  // Customers first, so their share sits on the axis and its trend is easy to follow.
  const methods = ['customer', ...DETECTION_METHODS.filter((method) => method !== 'customer')] as const;
  const customers = incidents.filter((incident) => incident.detectedBy === 'customer').length;
  const latest = quarters.filter((quarter) => quarter.total > 0).at(-1);
  return {
    title: 'How incidents were detected',
    description:
      'Share of each quarter’s incidents by who noticed first. Customer reports, at the bottom, are the share to drive down.',
    summary: incidents.length
      ? `Stacked bar chart of how incidents were detected per quarter, as a share of each quarter. Customers reported ${shareText(customers, incidents.length)} of all incidents; in the latest quarter with incidents, ${quarterHeading(latest!.quarter, today)}, ${shareText(latest!.counts.customer, latest!.total)}.`
      : 'Stacked bar chart of how incidents were detected: no incidents.',
    chart: {
      axis: 'category',
      labels: quarters.map((quarter) => quarterHeading(quarter.quarter, today)),
      stacked: true,
      xTitle: 'Quarter the incident started',
      yTitle: 'Share of incidents (%)',
      scale: 'linear',
      max: 100,
      unit: 'percent',
      series: methods.map((method) => ({
        label: DETECTION_LABELS[method] ?? method,
        type: 'bar' as const,
        tone: DETECTION_TONE[method],
        values: quarters.map((quarter) => percentOf(quarter.counts[method], quarter.total) ?? 0),
        counts: quarters.map((quarter) => quarter.counts[method]),
      })),
    },
    table: {
      caption: 'Incidents per quarter by how they were detected',
      columns: [
        { label: 'Quarter' },
        { label: 'Incidents', numeric: true },
        ...methods.map((method) => ({ label: DETECTION_LABELS[method] ?? method, numeric: true })),
        { label: 'Found by customers (%)', numeric: true },
      ],
      rows: quarters.map((quarter) => [
        { text: quarterHeading(quarter.quarter, today) },
        numberCell(quarter.total),
        ...methods.map((method) => numberCell(quarter.counts[method])),
        shareOfCell(quarter.counts.customer, quarter.total),
      ]),
      empty: 'No incidents.',
    },
  };
}

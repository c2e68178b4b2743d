import type { APIRoute } from 'astro';
import config from 'virtual:hindsight/config';
import { loadArchive, type Incident } from '../../../data/archive.ts';
import { previewPng } from '../../../data/preview-png.ts';
import { formatDuration } from '../../../lib/durations.ts';
import { previewSvg } from '../../../lib/preview-image.ts';
import { calendarDateIn, formatCalendarDate } from '../../../lib/time-format.ts';

/** The image a chat tool shows when someone pastes a postmortem's link. */
export async function getStaticPaths() {
  const archive = await loadArchive();
  return archive.incidents.map((incident) => ({ params: { id: incident.id }, props: { incident } }));
}

export const GET: APIRoute<{ incident: Incident }> = async ({ props: { incident } }) => {
  const archive = await loadArchive();
  const svg = previewSvg({
    archiveName: config.title,
    title: incident.data.title,
    severity: incident.data.severity,
    duration: `${formatDuration(incident.durations.impactDuration)} of impact · detected in ${formatDuration(incident.durations.timeToDetect)}`,
    date: formatCalendarDate(calendarDateIn(incident.milestones.started, incident.data.timezone)),
    services: incident.data.services.map((id) => archive.services.get(id)?.name ?? id),
  });
  return new Response(new Uint8Array(await previewPng(svg)), { headers: { 'content-type': 'image/png' } });
};

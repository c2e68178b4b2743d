import { splitFrontMatter } from '../lib/check/front-matter.ts';
import { postmortemId } from '../lib/check/postmortem-file.ts';
import type { ArchiveSources } from '../lib/check/sources.ts';
import { checkTaxonomyFile } from '../lib/check/taxonomy-file.ts';
import { parseYaml } from '../lib/check/yaml-document.ts';
import { postmortemSchema, type Postmortem } from '../schema/postmortem.ts';
import { serviceSchema } from '../schema/taxonomy.ts';

/** What the end of the build needs about the archive, in a form that can cross a worker thread. */
export interface CheckSummary {
  /** Former ids, whose pages only redirect. */
  aliases: string[];
  /** Validated front matter by postmortem id, for the preview cards. */
  postmortems: [string, Postmortem][];
  serviceNames: [string, string][];
}

/**
 * The front matter of every postmortem, read with the check's own splitter,
 * YAML reading and schema. The build only gets this far when the content
 * loaders' check passed, so this is the check's data; the body rules, which
 * are most of the check's work, are not run a second time.
 */
export function summarizeArchive(sources: ArchiveSources): CheckSummary {
  const postmortems = sources.postmortems.flatMap((source): [string, Postmortem][] => {
    const split = splitFrontMatter(source.text);
    if (!split.ok) return [];
    const parsed = postmortemSchema.safeParse(parseYaml(split.split.yaml, split.split.yamlLine).value);
    return parsed.success ? [[postmortemId(source.path), parsed.data]] : [];
  });
  const services = checkTaxonomyFile(sources.services, sources.taxonomyPaths.services, serviceSchema).entries;
  return {
    aliases: postmortems.flatMap(([, data]) => data.aliases ?? []),
    postmortems,
    serviceNames: services.map((service) => [service.id, service.name]),
  };
}

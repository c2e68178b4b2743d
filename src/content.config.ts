import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import config from 'virtual:hindsight/config';
import { checkFirst } from './loaders/check-first.ts';
import { postmortemLoader } from './loaders/postmortems.ts';
import { postmortemSchema } from './schema/postmortem.ts';
import { rootCauseCategorySchema, serviceSchema, teamSchema } from './schema/taxonomy.ts';

const { contentDir, audience, isDev } = config;

export const collections = {
  postmortems: defineCollection({
    loader: checkFirst(postmortemLoader(contentDir, { audience, includeUnpublished: isDev })),
    schema: postmortemSchema,
  }),
  services: defineCollection({ loader: checkFirst(file(`${contentDir}/services.yaml`)), schema: serviceSchema }),
  teams: defineCollection({ loader: checkFirst(file(`${contentDir}/teams.yaml`)), schema: teamSchema }),
  rootCauses: defineCollection({
    loader: checkFirst(file(`${contentDir}/root-causes.yaml`)),
    schema: rootCauseCategorySchema,
  }),
};

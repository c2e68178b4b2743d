import { defineCollection } from 'astro:content';
import config from 'virtual:hindsight/config';
import { postmortemLoader, taxonomyLoader } from './loaders/postmortems.ts';
import { postmortemSchema } from './schema/postmortem.ts';
import { rootCauseCategorySchema, serviceSchema, teamSchema } from './schema/taxonomy.ts';

const { contentDir, audience, isDev } = config;
const archive = { contentDir, isDev };

export const collections = {
  postmortems: defineCollection({
    loader: postmortemLoader(archive, { audience, includeUnpublished: isDev }),
    schema: postmortemSchema,
  }),
  services: defineCollection({ loader: taxonomyLoader(archive, (result) => result.services), schema: serviceSchema }),
  teams: defineCollection({ loader: taxonomyLoader(archive, (result) => result.teams), schema: teamSchema }),
  rootCauses: defineCollection({
    loader: taxonomyLoader(archive, (result) => result.rootCauses),
    schema: rootCauseCategorySchema,
  }),
};

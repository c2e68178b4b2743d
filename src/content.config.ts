import { defineCollection } from 'astro:content';
import config from 'virtual:hindsight/config';
import { postmortemLoader, taxonomyLoader } from './loaders/postmortems.ts';
import { postmortemSchema } from './schema/postmortem.ts';
import { rootCauseCategorySchema, serviceSchema, teamSchema } from './schema/taxonomy.ts';

// The loaders store what the build gate accepted (src/integration/build-gate.ts); dev also shows unpublished postmortems.
const { audience, isDev } = config;

export const collections = {
  postmortems: defineCollection({
    loader: postmortemLoader({ audience, includeUnpublished: isDev }),
    schema: postmortemSchema,
  }),
  services: defineCollection({ loader: taxonomyLoader((result) => result.services), schema: serviceSchema }),
  teams: defineCollection({ loader: taxonomyLoader((result) => result.teams), schema: teamSchema }),
  rootCauses: defineCollection({
    loader: taxonomyLoader((result) => result.rootCauses),
    schema: rootCauseCategorySchema,
  }),
};

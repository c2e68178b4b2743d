import { z } from 'astro/zod';
import { kebabId } from './fields.ts';

const taxonomyFields = {
  id: kebabId.meta({ description: 'The stable id postmortems use; lowercase-kebab, never renamed.' }),
  name: z.string().trim().min(1, 'must not be empty').meta({ description: 'The name people read.' }),
  description: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .optional()
    .meta({ description: 'One sentence on what it covers.' }),
};

export const teamSchema = z.strictObject(taxonomyFields);

export const rootCauseCategorySchema = z.strictObject(taxonomyFields);

// The guide shows a service entry, so the examples are a service's; teams and root causes keep the shared fields bare.
export const serviceSchema = z.strictObject({
  id: taxonomyFields.id.meta({ examples: ['checkout'] }),
  name: taxonomyFields.name.meta({ examples: ['Checkout'] }),
  description: taxonomyFields.description.meta({ examples: ['Basket, order placement and order confirmation.'] }),
  team: kebabId.optional().meta({
    description: 'The id of the team that owns the service, from content/teams.yaml.',
    examples: ['payments'],
  }),
});

export type TaxonomyEntry = z.infer<typeof teamSchema>;
export type Service = z.infer<typeof serviceSchema>;

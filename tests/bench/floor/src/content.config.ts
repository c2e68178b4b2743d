import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';

// The corpus folder, absolute (set by the benchmark).
const contentDir = process.env.BENCH_FLOOR_CONTENT_DIR;
if (!contentDir) throw new Error('BENCH_FLOOR_CONTENT_DIR must name the corpus folder');

const files = glob({ base: `${contentDir}/postmortems`, pattern: '*.mdx' });

/** No schema; only published postmortems, the same set of pages the archive builds. */
const publishedOnly: Loader = {
  name: 'floor-published',
  load: async (context) => {
    await files.load(context);
    for (const [id, entry] of context.store.entries()) {
      if (entry.data.status !== 'published') context.store.delete(id);
    }
  },
};

export const collections = { postmortems: defineCollection({ loader: publishedOnly }) };

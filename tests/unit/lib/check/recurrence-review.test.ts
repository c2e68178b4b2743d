import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../../../src/lib/check/index.ts';
import { formatGithubAnnotation } from '../../../../src/lib/check/github-annotations.ts';
import { recurrenceReview } from '../../../../src/lib/check/recurrence-review.ts';
import { archive, changed, FILE, postmortem, VALID_FRONT_MATTER } from './archive-builder.ts';

const LATER = 'content/postmortems/2025-03-01-pool-again.mdx';
// The same cause (config-change) on the same service (checkout), 46 days later.
const later = VALID_FRONT_MATTER.replaceAll('2025-01-14T', '2025-03-01T').replace(
  'due: 2025-02-01\n    status: done',
  'due: 2025-04-01\n    status: done',
);
const earlierWithOpenItem = changed('status: done', 'status: open');

describe('the recurrence review', () => {
  const result = checkArchive(archive({ [FILE]: postmortem(earlierWithOpenItem), [LATER]: postmortem(later) }));

  it('tells the later postmortem about the earlier one and its unfinished action item, on the category line', () => {
    const notices = recurrenceReview(result, { today: '2025-03-05', windowDays: 180 });
    expect(notices).toEqual([
      {
        file: LATER,
        field: 'rootCause.category',
        line: 18,
        severity: 'notice',
        message:
          'Same cause as 2025-01-14-pool (46 days earlier, also on service Checkout); its action item "Validate pool sizes" (owner payments, due 2025-02-01, overdue) is still open.',
      },
    ]);
    expect(formatGithubAnnotation(notices[0]!)).toMatch(
      /^::notice file=content\/postmortems\/2025-03-01-pool-again\.mdx,line=18,title=rootCause\.category::Same cause as 2025-01-14-pool/,
    );
  });

  it('keeps to the files given and the window', () => {
    expect(
      recurrenceReview(result, { today: '2025-03-05', windowDays: 180, isReviewed: (file) => file === FILE }),
    ).toEqual([]);
    expect(recurrenceReview(result, { today: '2025-03-05', windowDays: 45 })).toEqual([]);
  });

  it('is not an error or a warning', () => {
    expect(result.problems.some((problem) => problem.message.includes('Same cause'))).toBe(false);
  });
});

/** What each timeline kind and action-item type is for, in the guide's words; the types make every one described. */
import type { ActionType, EventKind } from '../schema/vocabulary.ts';

export const EVENT_KIND_DESCRIPTIONS: Record<EventKind, string> = {
  started: 'the impact began; often the change or failure that set it off',
  detected: 'someone or something noticed: an alert, a customer, an employee',
  escalated: 'more people or another team were brought in',
  action: 'something responders did or found',
  misleading: 'a lead that turned out wrong: say why it looked right',
  mitigated: 'the impact on users ended',
  resolved: 'the underlying problem was fixed for good',
  note: 'context worth having in the timeline',
};

export const ACTION_TYPE_DESCRIPTIONS: Record<ActionType, string> = {
  prevent: 'makes this failure impossible or much less likely',
  detect: 'notices it sooner, before customers do',
  mitigate: 'limits the harm or shortens the outage next time',
  process: 'changes how people work: reviews, runbooks, ownership',
};

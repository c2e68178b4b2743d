/**
 * Task-list items (`- [ ] Add monitoring on server memory (owner: @ops, due 2024-04-01)`)
 * read into action items: status from the checkbox, owner, due date and
 * ticket link from the text when written there, type guessed from the words.
 */
import type { ActionItem } from '../../schema/postmortem.ts';
import { addDays, isoDate, type CalendarDate } from '../time/calendar.ts';
import { findDate } from './when.ts';

export interface WrittenActionItem {
  title: string;
  status: ActionItem['status'];
  type: ActionItem['type'];
  owner?: string;
  due?: string;
  link?: string;
  /** The source line, for notes. */
  source: string;
}

const TASK = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s+(.+)$/;
const BULLET = /^\s{0,3}(?:[-*+]|\d+[.)])\s+(.+)$/;

const DETECT = /\b(alert\w*|monitor\w*|dashboard|detect\w*|pag(e|ing)|notif\w*|observab\w*|metric|probe|synthetic)\b/i;
const MITIGATE =
  /\b(roll ?back|rollback|fail ?over|runbook|playbook|kill switch|circuit breaker|throttl\w*|rate limit\w*|fallback|restore|restart|degrade\w*)\b/i;
const PROCESS =
  /\b(process|review\w*|training|train|document\w*|checklist|communicat\w*|policy|ownership|on-?call|post-?mortem|retro\w*|meeting)\b/i;

/** prevent, detect, mitigate or process, from the words of the item. */
export function guessActionType(text: string): ActionItem['type'] {
  if (DETECT.test(text)) return 'detect';
  if (MITIGATE.test(text)) return 'mitigate';
  if (PROCESS.test(text)) return 'process';
  return 'prevent';
}

/** One task or bullet line as an action item, with the metadata taken out of its title. */
export function readActionItem(
  line: string,
  { task }: { task: boolean },
  year?: number,
): WrittenActionItem | undefined {
  const taskMatch = TASK.exec(line);
  const bulletMatch = task ? undefined : BULLET.exec(line);
  if (!taskMatch && !bulletMatch) return undefined;
  let text = (taskMatch ? taskMatch[2]! : bulletMatch![1]!).trim();
  const status: ActionItem['status'] = taskMatch && taskMatch[1]!.toLowerCase() === 'x' ? 'done' : 'open';

  let link: string | undefined;
  text = text.replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, (_, label: string, url: string) => {
    link ??= url;
    // A ticket number says nothing in a title once it is the link.
    return /^[A-Z][A-Z0-9]*-\d+$/.test(label) ? '' : label;
  });
  const bare = /<?(https?:\/\/[^\s>)]+)>?/.exec(text);
  if (bare) {
    link ??= bare[1];
    text = text.replace(bare[0], '');
  }

  let owner: string | undefined;
  let due: string | undefined;
  // A trailing group of metadata: "(owner: @x, due 2024-04-01)", "— @x", "[owner: x]".
  const readMeta = (meta: string) => {
    const ownerMatch =
      /(?:owner|assignee|assigned to|who)\s*[:=]?\s*@?([\w.-]+(?:\s[\w.-]+)?)/i.exec(meta) ?? /@([\w.-]+)/.exec(meta);
    if (ownerMatch) owner ??= ownerMatch[1]!.trim();
    const dueText = /(?:due|by|deadline|eta)\s*[:=]?\s*([^,;)\]]+)/i.exec(meta)?.[1];
    const date = dueText ? findDate(dueText, year) : undefined;
    if (date) due ??= isoDate(date.date);
  };
  text = text.replace(
    /\s*[([]((?:[^()[\]]*?)(?:owner|assignee|due|by|deadline|@)[^()[\]]*)[)\]]\s*$/i,
    (_, meta: string) => {
      readMeta(meta);
      return '';
    },
  );
  text = text.replace(/\s+[—–-]{1,2}\s+(@[\w.-]+.*)$/, (_, meta: string) => {
    readMeta(meta);
    return '';
  });
  text = text.replace(/\s+@([\w.-]+)\s*$/, (_, name: string) => {
    owner ??= name;
    return '';
  });

  const title = text
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.;,:]+$/, '')
    .trim();
  if (!title) return undefined;
  return { title, status, type: guessActionType(title), owner, due, link, source: line.trim() };
}

/**
 * The action items in a section's lines: its task-list items when it has
 * any; otherwise, in a section meant for them, its bullets. The lines left
 * are returned for the body.
 */
export function readActionItems(
  lines: readonly string[],
  { bulletsAreTasks }: { bulletsAreTasks: boolean },
  year?: number,
): { items: WrittenActionItem[]; rest: string[] } {
  const hasTasks = lines.some((line) => TASK.test(line));
  const items: WrittenActionItem[] = [];
  const rest: string[] = [];
  for (const line of lines) {
    const item = hasTasks || bulletsAreTasks ? readActionItem(line, { task: hasTasks }, year) : undefined;
    if (item && (hasTasks || /^\s{0,3}\S/.test(line))) items.push(item);
    else rest.push(line);
  }
  return { items, rest };
}

/** A due date a month after the incident, for items written without one. */
export function defaultDue(incident: CalendarDate): string {
  return addDays(isoDate(incident), 30);
}

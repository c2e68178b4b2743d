/**
 * Small validators for the two feed formats, written from their specifications:
 * RSS 2.0 (https://www.rssboard.org/rss-specification) on a well-formed XML
 * 1.0 document, and JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).
 * Each returns the problems it finds; an empty list means the feed is valid.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);/;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[\da-fA-F]+|#\d+|\w+);/g, (_, ref: string) =>
    ref.startsWith('#x')
      ? String.fromCodePoint(parseInt(ref.slice(2), 16))
      : ref.startsWith('#')
        ? String.fromCodePoint(Number(ref.slice(1)))
        : NAMED[ref]!,
  );
}

/** Checks text for bare `&` and `<`; returns a problem or undefined. */
function checkText(text: string, at: number): string | undefined {
  for (let index = text.indexOf('&'); index !== -1; index = text.indexOf('&', index + 1)) {
    if (!ENTITY.test(text.slice(index))) return `unescaped & or unknown entity at ${at + index}`;
  }
  return text.includes('<') ? `unescaped < at ${at}` : undefined;
}

/** Parses a well-formed XML 1.0 document (no DTD), or throws saying where it is not. */
export function parseXml(xml: string): XmlElement {
  let position = 0;
  const fail = (message: string): never => {
    throw new Error(`not well-formed XML: ${message} (at ${position})`);
  };
  /** The position just past the next `marker`. */
  const past = (marker: string, what: string) => {
    const index = xml.indexOf(marker, position);
    return index === -1 ? fail(`unclosed ${what}`) : index + marker.length;
  };
  const skipMisc = () => {
    for (;;) {
      const rest = xml.slice(position);
      const space = /^\s+/.exec(rest);
      if (space) position += space[0].length;
      else if (rest.startsWith('<?')) position = past('?>', 'declaration');
      else if (rest.startsWith('<!--')) position = past('-->', 'comment');
      else return;
    }
  };
  const element = (): XmlElement => {
    if (xml[position] !== '<') fail('expected an element');
    position += 1;
    const name = NAME.exec(xml.slice(position))?.[0] ?? fail('bad element name');
    position += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const match = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(xml.slice(position));
      if (!match) break;
      if (match[1]! in attributes) fail(`attribute ${match[1]} twice`);
      const value = match[3] ?? match[4]!;
      const problem = checkText(value, position);
      if (problem) fail(problem);
      attributes[match[1]!] = decode(value);
      position += match[0].length;
    }
    const end = /^\s*(\/?)>/.exec(xml.slice(position)) ?? fail(`bad start tag <${name}>`);
    position += end[0].length;
    const node: XmlElement = { name, attributes, children: [], text: '' };
    if (end[1]) return node;
    for (;;) {
      const next = xml.indexOf('<', position);
      if (next === -1) fail(`<${name}> is not closed`);
      const text = xml.slice(position, next);
      const problem = checkText(text, position);
      if (problem) fail(problem);
      node.text += decode(text);
      position = next;
      const rest = xml.slice(position);
      if (rest.startsWith('</')) {
        const close = new RegExp(`^</${name.replace(/[.]/g, '\\.')}\\s*>`).exec(rest) ?? fail(`</${name}> expected`);
        position += close[0].length;
        return node;
      }
      if (rest.startsWith('<![CDATA[')) {
        const close = xml.indexOf(']]>', position);
        if (close === -1) fail('unclosed CDATA');
        node.text += xml.slice(position + 9, close);
        position = close + 3;
      } else if (rest.startsWith('<!--')) {
        position = past('-->', 'comment');
      } else node.children.push(element());
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (position !== xml.length) fail('content after the root element');
  return root;
}

const child = (node: XmlElement, name: string) => node.children.find((candidate) => candidate.name === name);
const children = (node: XmlElement, name: string) => node.children.filter((candidate) => candidate.name === name);

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** RFC 822 date-time, with the four-digit year RSS 2.0 recommends. */
const RFC_822 =
  /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? (GMT|UT|[+-]\d{4})$/;

/** Problems of an RFC 822 date, including a weekday that does not match the date. */
export function rfc822Problem(value: string): string | undefined {
  const match = RFC_822.exec(value);
  if (!match) return `"${value}" is not an RFC 822 date`;
  const [, weekday, day, month, year, hour, minute, second = '00'] = match;
  const date = new Date(
    Date.UTC(Number(year), MONTHS.indexOf(month!), Number(day), Number(hour), Number(minute), Number(second)),
  );
  if (date.getUTCDate() !== Number(day) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
    return `"${value}" is not a real date`;
  }
  if (weekday && WEEKDAYS[date.getUTCDay()] !== weekday) return `"${value}" names the wrong weekday`;
  return undefined;
}

const isAbsoluteUrl = (value: string | undefined) => {
  try {
    return value !== undefined && /^https?:$/.test(new URL(value).protocol) && new URL(value).href !== '';
  } catch {
    return false;
  }
};

/** Problems of an RSS 2.0 document (empty when valid). */
export function rssProblems(xml: string): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [(error as Error).message];
  }
  const problems: string[] = [];
  if (root.name !== 'rss' || root.attributes.version !== '2.0') problems.push('the root is not <rss version="2.0">');
  const channels = children(root, 'channel');
  if (channels.length !== 1) return [...problems, `expected one <channel>, found ${channels.length}`];
  const channel = channels[0]!;
  for (const required of ['title', 'link', 'description']) {
    if (!child(channel, required)) problems.push(`<channel> has no <${required}>`);
  }
  if (child(channel, 'link') && !isAbsoluteUrl(child(channel, 'link')!.text))
    problems.push('<channel><link> is not absolute');
  const guids = new Set<string>();
  children(channel, 'item').forEach((item, index) => {
    const where = `item ${index + 1}`;
    if (!child(item, 'title') && !child(item, 'description'))
      problems.push(`${where} has neither title nor description`);
    const link = child(item, 'link');
    if (link && !isAbsoluteUrl(link.text)) problems.push(`${where}'s link "${link.text}" is not absolute`);
    const guid = child(item, 'guid');
    if (!guid) problems.push(`${where} has no guid`);
    else {
      if (guids.has(guid.text)) problems.push(`${where}'s guid "${guid.text}" is not unique`);
      guids.add(guid.text);
      if (guid.attributes.isPermaLink !== 'false' && !isAbsoluteUrl(guid.text)) {
        problems.push(`${where}'s permalink guid is not an absolute URL`);
      }
    }
    const pubDate = child(item, 'pubDate');
    const dateProblem = pubDate ? rfc822Problem(pubDate.text) : `${where} has no pubDate`;
    if (dateProblem) problems.push(dateProblem);
  });
  return problems;
}

/** RFC 3339 date-time, as JSON Feed requires. */
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Problems of a JSON Feed 1.1 document (empty when valid). */
export function jsonFeedProblems(text: string): string[] {
  let feed: Record<string, unknown>;
  try {
    feed = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (feed.version !== 'https://jsonfeed.org/version/1.1') problems.push(`version is ${JSON.stringify(feed.version)}`);
  if (typeof feed.title !== 'string' || !feed.title) problems.push('no title');
  for (const key of ['home_page_url', 'feed_url']) {
    if (!isAbsoluteUrl(feed[key] as string | undefined)) problems.push(`${key} is not an absolute URL`);
  }
  if (!Array.isArray(feed.items)) return [...problems, 'items is not an array'];
  const ids = new Set<string>();
  (feed.items as Record<string, unknown>[]).forEach((item, index) => {
    const where = `item ${index + 1}`;
    if (typeof item.id !== 'string' || !item.id) problems.push(`${where} has no id`);
    else if (ids.has(item.id)) problems.push(`${where}'s id is not unique`);
    else ids.add(item.id);
    if (!isAbsoluteUrl(item.url as string | undefined)) problems.push(`${where}'s url is not absolute`);
    if (typeof item.content_text !== 'string' && typeof item.content_html !== 'string') {
      problems.push(`${where} has neither content_text nor content_html`);
    }
    const published = item.date_published;
    if (typeof published !== 'string' || !RFC_3339.test(published) || Number.isNaN(Date.parse(published))) {
      problems.push(`${where}'s date_published ${JSON.stringify(published)} is not RFC 3339`);
    }
  });
  return problems;
}

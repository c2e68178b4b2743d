import { splitFrontMatter } from './front-matter.ts';
import type { ParsedPostmortem } from './parsed-postmortem.ts';
import { formatFieldPath, type Problem } from './problem.ts';
import { PLACEHOLDER_MARKER } from './template-markers.ts';
import { parseYaml, type YamlDocument } from './yaml-document.ts';

export interface Placeholder {
  /** 1-based line in the file. */
  line: number;
  /** Field path such as `impact.description`, or `front matter`. */
  field: string;
  /** The placeholder text from the marker on, e.g. `TODO: what broke, for whom`. */
  text: string;
}

function placeholdersIn(yamlText: string, firstLine: number, yaml: YamlDocument): Placeholder[] {
  return yamlText.split('\n').flatMap((content, index) => {
    const at = content.indexOf(PLACEHOLDER_MARKER);
    if (at === -1) return [];
    const line = firstLine + index;
    // Inside a quoted value the placeholder ends at the closing quote; in a comment, at the line's end.
    const quote = content[at - 1];
    const rest = content.slice(at);
    const text = (
      quote === '"' || quote === "'" ? rest.slice(0, rest.indexOf(quote) + 1 || undefined).slice(0, -1) : rest
    ).trim();
    return [{ line, field: formatFieldPath(yaml.fieldAtLine(line)), text }];
  });
}

/** Every placeholder still in a file's front matter, for the "still to fill in" list of `new` and `import`. */
export function placeholdersInFile(text: string): Placeholder[] {
  const result = splitFrontMatter(text);
  if (!result.ok) return [];
  const { split } = result;
  return placeholdersIn(split.yaml, split.yamlLine, parseYaml(split.yaml, split.yamlLine));
}

/**
 * A placeholder would be printed on the page as it stands, so it is an error
 * once a postmortem leaves draft; drafts may keep them while being written.
 */
export function placeholderProblems(postmortem: ParsedPostmortem): Problem[] {
  const status = postmortem.raw?.status;
  if (!postmortem.parsed || status === 'draft' || typeof status !== 'string') return [];
  const { split, yaml } = postmortem.parsed;
  return placeholdersIn(split.yaml, split.yamlLine, yaml).map((placeholder) => ({
    file: postmortem.file,
    field: placeholder.field,
    message: `still holds a template placeholder ("${placeholder.text.length > 60 ? `${placeholder.text.slice(0, 57)}…` : placeholder.text}"): write the real value, or delete the TODO comment once the value is right; only a draft may keep placeholders (status is ${status})`,
    severity: 'error',
    line: placeholder.line,
  }));
}

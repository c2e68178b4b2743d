/** Fills `{slot}` templates and counts words the way the check's body rule does. */

export type Slots = Record<string, string>;

/** Replaces each `{name}` with its value; `{Name}` capitalises it. An unknown slot is a bug in the templates. */
export function fill(template: string, slots: Slots): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => {
    const value = slots[name] ?? slots[name[0]!.toLowerCase() + name.slice(1)];
    if (value === undefined) throw new Error(`template slot {${name}} has no value: ${template}`);
    return name[0] === name[0]!.toUpperCase() ? value[0]!.toUpperCase() + value.slice(1) : value;
  });
}

/** Words with a letter or digit, as src/lib/check/body-text.ts counts prose. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

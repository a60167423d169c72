import { NAME_VARIABLES as NAME_VARIABLE_LIST } from "./csl-variables";
import type { CslItem } from "./render";

// Which entries of a bibliography can change one another. citeproc formats an entry from its own
// item, except where neighbours matter: subsequent-author substitution ("———" for the same
// author as the entry before), year suffixes and the other disambiguations of entries whose
// citations would read alike. All of these need the same first name (or, with no names, the same
// title or container standing in for it). So items are grouped by those keys: items in different
// groups cannot affect each other, a group can be formatted (and cached) on its own, and the
// whole bibliography is the groups' entries merged in sort order.

const NAME_VARIABLES: ReadonlySet<string> = new Set(NAME_VARIABLE_LIST);

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** Lower case, without diacritics, punctuation or particles' spacing: a superset of "reads alike". */
export function interactionKey(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function nameKey(name: CslName): string | null {
  const value = name.literal ?? name.family;
  if (!value) return null;
  // The last word of a family name, so "van Gogh", "Gogh" and "de la Fontaine" / "Fontaine" meet.
  const words = interactionKey(value).split(" ");
  return name.literal ? words.join(" ") : (words.at(-1) ?? null);
}

function firstWords(value: string, count: number): string {
  return interactionKey(value).split(" ").slice(0, count).join(" ");
}

/**
 * The keys by which an item can meet another. allNames: the style disambiguates given names
 * across all names (givenname-disambiguation-rule all-names), so every name counts, not only
 * the first.
 */
export function interactionKeys(item: CslItem, options: { allNames?: boolean } = {}): string[] {
  const keys = new Set<string>();
  const hasAuthor = Array.isArray(item.author) && item.author.length > 0;
  let named = false;
  for (const [variable, value] of Object.entries(item)) {
    if (!NAME_VARIABLES.has(variable) || !Array.isArray(value) || value.length === 0) continue;
    named = true;
    // With an author, the author is what every style prints first; without one, styles differ in
    // what they substitute (editor, translator ...), so every first name counts.
    if (hasAuthor && variable !== "author" && !options.allNames) continue;
    const names = options.allNames ? (value as CslName[]) : [value[0] as CslName];
    for (const name of names) {
      const key = nameKey(name);
      if (key) keys.add(key);
    }
  }
  if (!named) {
    // Styles substitute the title, or a periodical's name, for a missing author.
    const title = typeof item.title === "string" ? item.title : "";
    const short = typeof item["title-short"] === "string" ? item["title-short"] : title.split(/[:?!.]/)[0];
    if (short) keys.add(firstWords(short, 3));
    if (title) keys.add(firstWords(title, 3));
    for (const variable of ["container-title", "collection-title"]) {
      if (typeof item[variable] === "string" && item[variable]) keys.add(interactionKey(item[variable]));
    }
  }
  keys.delete("");
  return keys.size ? [...keys] : [`item:${item.id}`];
}

/** The items in groups that cannot affect one another (union of items sharing any key). */
export function groupItems<T extends { csl: CslItem }>(
  items: T[],
  options: { allNames?: boolean } = {},
): T[][] {
  const parent = items.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[index] !== root) {
      const next = parent[index]!;
      parent[index] = root;
      index = next;
    }
    return root;
  };
  const owner = new Map<string, number>();
  items.forEach((item, index) => {
    for (const key of interactionKeys(item.csl, options)) {
      const other = owner.get(key);
      if (other === undefined) owner.set(key, index);
      else parent[find(index)] = find(other);
    }
  });
  const groups = new Map<number, T[]>();
  items.forEach((item, index) => {
    const root = find(index);
    const group = groups.get(root);
    if (group) group.push(item);
    else groups.set(root, [item]);
  });
  return [...groups.values()];
}

/** Whether a style's given-name disambiguation looks at every name of every item. */
export function disambiguatesAllNames(styleXml: string): boolean {
  return /givenname-disambiguation-rule="(all-names|all-names-with-initials)"/.test(styleXml);
}

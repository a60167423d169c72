import { createHash } from "node:crypto";
import { cslDirectory } from "@/lib/env";
import { formatPool } from "./format-pool";
import { disambiguatesAllNames, groupItems } from "./interaction-groups";
import { LruCache } from "./lru-cache";
import {
  type BibliographyLayout,
  type CslItem,
  collatorFor,
  type EngineSpec,
  type NoteRequest,
} from "./render";
import type { ResolvedStyle } from "./styles";

// Formatted citations, fast: entries are cached per (item content, style, locale). An item's
// content hash is its version: any change to what the citation is made from makes a new key. What
// depends on neighbours (subsequent-author substitution, disambiguation) is handled by caching
// per interaction group (interaction-groups.ts), not per item; numbered styles, whose every entry
// depends on its position, are cached as a whole. Cold groups are formatted on worker threads.

export interface FormatTarget {
  style: ResolvedStyle;
  locale: string;
  cslDirectory?: string;
}

export interface FormattedEntry {
  id: string;
  html: string;
}

export interface FormattedBibliography {
  entries: FormattedEntry[];
  layout: BibliographyLayout;
  /** How many entries came from the cache, and how many were formatted now. */
  stats: { cached: number; formatted: number };
}

export type Progress = (done: number, total: number) => void;

interface GroupEntries {
  /** In citeproc's order within the group. */
  entries: { id: string; html: string; sortkeys: (string | null)[] }[];
  layout: BibliographyLayout;
}

const globalForCache = globalThis as unknown as {
  citationGroups?: LruCache<GroupEntries>;
  citationNotes?: LruCache<string>;
};
// About 200,000 entries and 200,000 notes (a few hundred bytes each).
globalForCache.citationGroups ??= new LruCache<GroupEntries>(200_000, (group) => group.entries.length);
globalForCache.citationNotes ??= new LruCache<string>(200_000);
const groupCache = globalForCache.citationGroups;
const noteCache = globalForCache.citationNotes;

/** Forgets every formatted entry (tests and the benchmark's cold runs). */
export function clearFormattingCache(): void {
  groupCache.clear();
  noteCache.clear();
}

export function contentHash(item: CslItem): string {
  return createHash("sha1").update(JSON.stringify(item)).digest("base64url").slice(0, 16);
}

function engineSpec(target: FormatTarget): EngineSpec {
  return {
    engineKey: target.style.engineKey,
    styleXml: target.style.xml,
    locale: target.locale,
    cslDirectory: target.cslDirectory ?? cslDirectory(),
  };
}

interface Hashed {
  csl: CslItem;
  index: number;
  signature: string;
}

function groupsOf(target: FormatTarget, items: CslItem[]): Hashed[][] {
  const hashed = items.map((csl, index) => ({ csl, index, signature: `${csl.id}@${contentHash(csl)}` }));
  if (target.style.numbered) return hashed.length ? [hashed] : [];
  return groupItems(hashed, { allNames: disambiguatesAllNames(target.style.xml) });
}

function groupKey(target: FormatTarget, group: Hashed[]): string {
  const signature = group
    .map((item) => item.signature)
    .sort()
    .join(",");
  return `${target.style.engineKey}|${target.locale}|${signature}`;
}

/** The items alone in their group: nothing else can read alike (none for numbered styles). */
function aloneIn(target: FormatTarget, groups: Hashed[][]): string[] {
  if (target.style.numbered) return [];
  return groups.filter((group) => group.length === 1).map((group) => group[0]!.csl.id);
}

/** Packs whole groups into chunks of about `size` items (a group is never split). */
function chunk<T>(groups: T[][], size: number): T[][][] {
  const chunks: T[][][] = [];
  let current: T[][] = [];
  let count = 0;
  for (const group of groups) {
    if (count > 0 && count + group.length > size) {
      chunks.push(current);
      current = [];
      count = 0;
    }
    current.push(group);
    count += group.length;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** citeproc's own comparison of sort keys (registry order breaks ties). */
export function compareSortKeys(
  a: { sortkeys: (string | null)[]; seq: number },
  b: { sortkeys: (string | null)[]; seq: number },
  directions: [number, number][],
  collator: Intl.Collator,
): number {
  const length = Math.max(a.sortkeys.length, b.sortkeys.length);
  for (let index = 0; index < length; index++) {
    const x = a.sortkeys[index] ?? null;
    const y = b.sortkeys[index] ?? null;
    const [less, more] = directions[index] ?? [-1, 1];
    let cmp = 0;
    if (x === y) cmp = 0;
    else if (x === null) cmp = 1;
    else if (y === null) cmp = -1;
    else cmp = collator.compare(x, y);
    if (cmp > 0) return more;
    if (cmp < 0) return less;
  }
  return a.seq - b.seq;
}

const CHUNK_SIZE = 250;

/**
 * The bibliography of the items in the style and locale: cached entries where the item (and its
 * group) is unchanged, the rest formatted on the worker threads, all merged in the style's order.
 */
export async function formatBibliography(
  target: FormatTarget,
  items: CslItem[],
  onProgress?: Progress,
): Promise<FormattedBibliography> {
  const spec = engineSpec(target);
  const groups = groupsOf(target, items);
  const known = new Map<Hashed[], GroupEntries>();
  const cold: Hashed[][] = [];
  for (const group of groups) {
    const cached = groupCache.get(groupKey(target, group));
    if (cached) known.set(group, cached);
    else cold.push(group);
  }
  const cachedCount = items.length - cold.reduce((sum, group) => sum + group.length, 0);
  let done = cachedCount;
  onProgress?.(done, items.length);

  await Promise.all(
    chunk(cold, CHUNK_SIZE).map(async (groupsOfChunk) => {
      const chunkItems = groupsOfChunk.flat();
      const { entries, layout } = await formatPool().run({
        kind: "bibliography",
        spec,
        items: chunkItems.map((item) => item.csl),
        alone: aloneIn(target, groupsOfChunk),
      });
      const byId = new Map(entries.map((entry, order) => [entry.id, { ...entry, order }]));
      for (const group of groupsOfChunk) {
        const groupEntries = group
          .map((item) => byId.get(item.csl.id))
          .filter((entry) => entry !== undefined)
          .sort((x, y) => x.order - y.order)
          .map(({ id, html, sortkeys }) => ({ id, html, sortkeys }));
        const result = { entries: groupEntries, layout };
        groupCache.set(groupKey(target, group), result);
        known.set(group, result);
      }
      done += chunkItems.length;
      onProgress?.(done, items.length);
    }),
  );

  const layout = known.values().next().value?.layout ?? {
    hangingIndent: false,
    entrySpacing: 0,
    lineSpacing: 1,
    secondFieldAlign: false as const,
    sortDirections: [],
  };
  const merged = mergeGroups(target, groups, known, layout);
  if (merged)
    return { entries: merged, layout, stats: { cached: cachedCount, formatted: items.length - cachedCount } };

  // A group whose entries are not next to each other in the whole list (a style sorting by
  // something other than the name) could show a substitution citeproc would not: format all at once.
  const whole = await formatPool().run({ kind: "bibliography", spec, items });
  return {
    entries: whole.entries.map(({ id, html }) => ({ id, html })),
    layout: whole.layout,
    stats: { cached: 0, formatted: items.length },
  };
}

function mergeGroups(
  target: FormatTarget,
  groups: Hashed[][],
  known: Map<Hashed[], GroupEntries>,
  layout: BibliographyLayout,
): FormattedEntry[] | null {
  const seqOf = new Map<string, number>();
  const groupOf = new Map<string, number>();
  groups.forEach((group, groupIndex) => {
    for (const item of group) {
      seqOf.set(item.csl.id, item.index);
      groupOf.set(item.csl.id, groupIndex);
    }
  });
  const all = groups.flatMap((group) =>
    (known.get(group)?.entries ?? []).map((entry, order) => ({
      ...entry,
      order,
      seq: seqOf.get(entry.id) ?? 0,
    })),
  );
  if (target.style.numbered) return all.map(({ id, html }) => ({ id, html }));
  const collator = collatorFor(target.locale);
  all.sort((a, b) => compareSortKeys(a, b, layout.sortDirections, collator));

  if (/subsequent-author-substitute=/.test(target.style.xml)) {
    // Each group must read in one run, in its own order.
    const next = new Map<number, number>();
    for (let index = 0; index < all.length; index++) {
      const entry = all[index]!;
      const group = groupOf.get(entry.id)!;
      const expected = next.get(group) ?? 0;
      if (entry.order !== expected) return null;
      next.set(group, expected + 1);
      const previous = all[index - 1];
      if (entry.order > 0 && previous && groupOf.get(previous.id) !== group) return null;
    }
  }
  return all.map(({ id, html }) => ({ id, html }));
}

export interface NoteCite {
  id: string;
  locator?: string;
  label?: string;
  /** Text before the cite within the note (e.g. "quoted in"). */
  prefix?: string;
  /** Text after the cite, within the note: where the passage stands on its scans. */
  suffix?: string;
  /** Starts a new sentence of the note with this signal ("but see"): "A. But see B." */
  signal?: string;
}

/** Which position each cite of a sequence of notes has: first, subsequent, ibid, ibid with locator. */
export function notePositions(
  notes: NoteCite[][],
  nearNoteDistance = 5,
): { position: 0 | 1 | 2 | 3; nearNote: boolean; firstNoteNumber: number }[][] {
  const lastNote = new Map<string, number>();
  const firstNote = new Map<string, number>();
  let previous: NoteCite | null = null;
  let previousNoteSize = 0;
  return notes.map((cites, noteIndex) => {
    const noteNumber = noteIndex + 1;
    const result = cites.map((cite, citeIndex) => {
      const adjacent =
        previous && previous.id === cite.id && (citeIndex > 0 || previousNoteSize === 1) ? previous : null;
      let position: 0 | 1 | 2 | 3;
      if (!firstNote.has(cite.id)) position = 0;
      else if (adjacent) {
        const same = (adjacent.locator ?? "") === (cite.locator ?? "") && adjacent.label === cite.label;
        if (same) position = 2;
        else if (cite.locator) position = 3;
        else position = 1;
      } else position = 1;
      const last = lastNote.get(cite.id);
      const nearNote = last !== undefined && noteNumber - last <= nearNoteDistance;
      if (!firstNote.has(cite.id)) firstNote.set(cite.id, noteNumber);
      previous = cite;
      return { position, nearNote, firstNoteNumber: firstNote.get(cite.id)! };
    });
    for (const cite of cites) lastNote.set(cite.id, noteNumber);
    previousNoteSize = cites.length;
    return result;
  });
}

/** The style's near-note distance (default 5). */
function nearNoteDistance(xml: string): number {
  const value = /<citation\b[^>]*near-note-distance="(\d+)"/.exec(xml)?.[1];
  return value ? Number(value) : 5;
}

/**
 * Notes in sequence (footnotes of a note style; in-text citations of an author-date one): the
 * first cite of a source in full, later ones short, each with its locator. Cached per note.
 */
export async function formatNotes(
  target: FormatTarget,
  items: CslItem[],
  notes: NoteCite[][],
  onProgress?: Progress,
): Promise<string[]> {
  const spec = engineSpec(target);
  const positions = notePositions(notes, nearNoteDistance(target.style.xml));
  const usesFirstNumber = target.style.xml.includes("first-reference-note-number");
  const cited = new Set(notes.flat().map((cite) => cite.id));
  const groups = groupsOf(
    target,
    items.filter((item) => cited.has(item.id)),
  );
  const groupIndex = new Map<string, number>();
  groups.forEach((group, index) => {
    for (const item of group) groupIndex.set(item.csl.id, index);
  });
  const groupSignature = groups.map((group) => groupKey(target, group));

  const citeKey = (cite: NoteCite, noteIndex: number, citeIndex: number) => {
    const place = positions[noteIndex]![citeIndex]!;
    return [
      groupSignature[groupIndex.get(cite.id)!],
      cite.id,
      place.position,
      place.nearNote ? "near" : "far",
      usesFirstNumber ? place.firstNoteNumber : "",
      cite.label ?? "",
      cite.locator ?? "",
      cite.prefix ?? "",
      cite.suffix ?? "",
    ].join("|");
  };

  // A note's parts: its cites as one citeproc cluster ("A; B", "A, quoted in B": citeproc joins
  // and punctuates them), except that a signal ("but see") starts a new sentence and cluster.
  const partsOf = (cites: NoteCite[]): number[][] => {
    const parts: number[][] = [];
    cites.forEach((cite, index) => {
      if (!cite.signal && parts.length) parts[parts.length - 1]!.push(index);
      else parts.push([index]);
    });
    return parts;
  };
  const noteParts = notes.map(partsOf);
  const partKey = (noteIndex: number, part: number[]) =>
    part.map((citeIndex) => citeKey(notes[noteIndex]![citeIndex]!, noteIndex, citeIndex)).join("+");
  const request = (noteIndex: number, citeIndex: number): Omit<NoteRequest, "key"> => {
    const cite = notes[noteIndex]![citeIndex]!;
    const place = positions[noteIndex]![citeIndex]!;
    return {
      id: cite.id,
      locator: cite.locator,
      label: cite.label,
      position: place.position,
      nearNote: place.nearNote,
      firstNoteNumber: usesFirstNumber ? place.firstNoteNumber : undefined,
      ...(cite.prefix ? { prefix: `, ${cite.prefix} ` } : {}),
      ...(cite.suffix ? { suffix: ` (${cite.suffix})` } : {}),
    };
  };

  const texts: (string | null)[][] = noteParts.map((parts, noteIndex) =>
    parts.map((part) => noteCache.get(partKey(noteIndex, part)) ?? null),
  );
  const missing: NoteRequest[] = [];
  const missingGroups = new Set<number>();
  noteParts.forEach((parts, noteIndex) => {
    parts.forEach((part, partIndex) => {
      if (texts[noteIndex]![partIndex] !== null) return;
      const [first, ...rest] = part.map((citeIndex) => request(noteIndex, citeIndex));
      missing.push({
        key: partKey(noteIndex, part),
        ...first!,
        ...(rest.length ? { following: rest } : {}),
      });
      for (const citeIndex of part) missingGroups.add(groupIndex.get(notes[noteIndex]![citeIndex]!.id)!);
    });
  });
  const total = notes.length;
  onProgress?.(total - missing.length, total);
  if (missing.length) {
    const unique = [...new Map(missing.map((note) => [note.key, note])).values()];
    const groupItemsNeeded = [...missingGroups].flatMap((index) => groups[index]!.map((item) => item.csl));
    const neededGroups = [...missingGroups].map((index) => groups[index]!);
    const rendered = await formatPool().run({
      kind: "notes",
      spec,
      items: groupItemsNeeded,
      notes: unique,
      alone: aloneIn(target, neededGroups),
    });
    for (const [key, html] of Object.entries(rendered)) noteCache.set(key, html);
    noteParts.forEach((parts, noteIndex) => {
      parts.forEach((part, partIndex) => {
        texts[noteIndex]![partIndex] ??= rendered[partKey(noteIndex, part)] ?? "";
      });
    });
    onProgress?.(total, total);
  }
  return noteParts.map((parts, noteIndex) =>
    joinSignals(
      parts.map((part) => notes[noteIndex]![part[0]!]!),
      texts[noteIndex]!.map((text) => text ?? ""),
    ),
  );
}

/** A note's sentences: each part after the first starts with its signal ("A. But see B."). */
function joinSignals(firstCites: NoteCite[], texts: string[]): string {
  return texts
    .map((text, index) => {
      const signal = index > 0 ? firstCites[index]!.signal : undefined;
      return signal ? `${signal.charAt(0).toUpperCase()}${signal.slice(1)} ${text}` : text;
    })
    .join(" ");
}

/** How many of the items would be formatted now (not found in the cache): decides job or request. */
export function countUncached(target: FormatTarget, items: CslItem[]): number {
  let count = 0;
  for (const group of groupsOf(target, items)) {
    if (!groupCache.get(groupKey(target, group))) count += group.length;
  }
  return count;
}

import type { EvidenceChain, SourceReference, Stance } from "@/lib/claims/types";

// Lays out a claim's evidence chain as a left-to-right graph: the claim, then what its evidence
// cites (sources and sub-claims), then the sources those go back to through provenance relations,
// so that the origins end up rightmost. Pure and deterministic: the same chain gives the same
// drawing, whatever renders it.

export type ChainNodeKind = "claim" | "source" | "subclaim";

export interface ChainNode {
  id: string;
  kind: ChainNodeKind;
  /** Short: a source's short citation (truncated), a claim's number ("C5"). */
  label: string;
  /** The text to draw in the box: the label, plus a sub-claim's statement, in at most two lines. */
  lines: string[];
  /** The full text, for a tooltip. */
  title: string;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** A source that derives from nothing recorded: an independent origin. */
  isOrigin: boolean;
  /** For a node the claim's evidence cites: the stances it is cited with. */
  stances: Stance[];
}

export interface ChainEdge {
  /** Unique within the layout (a React key). */
  id: string;
  from: string;
  to: string;
  /** The claim citing its evidence, or a source relation (from → to: "from translates to"). */
  kind: "evidence" | "relation";
  stance?: Stance;
  relationType?: string;
  /** The relation carries the other's content (reprint, translation, report ...). */
  derivation?: boolean;
  dashed: boolean;
  /** A cubic Bézier from the right side of `from` to the left side of `to`. */
  path: string;
  /** Where to centre a relation's label. */
  labelX?: number;
  labelY?: number;
}

export interface ChainLayout {
  nodes: ChainNode[];
  edges: ChainEdge[];
  columns: number;
  width: number;
  height: number;
}

export const CHAIN_LAYOUT = {
  padding: 10,
  claimWidth: 44,
  nodeWidth: 148,
  nodeHeight: 44,
  rowGap: 14,
  /** Between the claim and its evidence. */
  claimGap: 32,
  /** Between source columns: room for a relation's label. */
  columnGap: 72,
  labelChars: 40,
  lineChars: 21,
  loopMargin: 36,
  /** The slot an edge takes in a column it crosses, and the gap round it. */
  waypointHeight: 4,
  waypointGap: 8,
} as const;

const STANCE_ORDER: Stance[] = ["supports", "contradicts", "qualifies", "context"];

interface Entry {
  id: string;
  kind: ChainNodeKind;
  label: string;
  lines: string[];
  title: string;
  isOrigin: boolean;
  stances: Stance[];
  /** Cited by the claim's evidence. */
  evidence: boolean;
  /** Tie-break for ordering: first appearance. */
  order: number;
}

interface Draft extends Omit<ChainEdge, "path"> {
  back: boolean;
}

interface Slot {
  /** A node's id, or a waypoint of an edge crossing the column. */
  key: string;
  column: number;
  height: number;
  dummy: boolean;
  /** Initial rank in the column, to break ties. */
  tie: number;
  top: number;
  preds: Slot[];
  succs: Slot[];
}

interface Point {
  x: number;
  y: number;
}

interface Relation {
  from: string;
  to: string;
  type: string;
  derivation: boolean;
  /** Closes a cycle: drawn, but ignored when assigning columns. */
  back: boolean;
}

export function layoutChain(claim: { id: string; number: number }, chain: EvidenceChain): ChainLayout {
  const L = CHAIN_LAYOUT;
  const entries = new Map<string, Entry>();
  let order = 0;
  const add = (entry: Omit<Entry, "order">) => {
    const known = entries.get(entry.id);
    if (known) return known;
    const created = { ...entry, order: order++ };
    entries.set(entry.id, created);
    return created;
  };
  const sourceEntry = (source: SourceReference, evidence: boolean) => {
    const label = truncate(source.shortCitation || source.title, L.labelChars);
    const full =
      source.shortCitation && source.shortCitation !== source.title
        ? `${source.shortCitation}\n${source.title}`
        : source.title;
    return add({
      id: source.id,
      kind: "source",
      label,
      lines: wrap(label, L.lineChars, 2),
      title: full,
      isOrigin: chain.sources[source.id]?.isOrigin ?? true,
      stances: [],
      evidence,
    });
  };

  // Column 1: one node per distinct source or sub-claim the claim's evidence cites.
  for (const item of chain.evidence) {
    const { target } = item;
    let entry: Entry;
    if (target.kind === "claim") {
      if (target.claim.id === claim.id) continue;
      const label = `C${target.claim.number}`;
      entry = add({
        id: target.claim.id,
        kind: "subclaim",
        label,
        lines: [label, ...wrap(target.claim.statement, L.lineChars, 1)],
        title: `${label}: ${target.claim.statement}`,
        isOrigin: false,
        stances: [],
        evidence: true,
      });
    } else {
      const source = target.kind === "passage" ? target.passage.source : target.source;
      entry = sourceEntry(chain.sources[source.id] ?? source, true);
    }
    if (!entry.stances.includes(item.stance)) entry.stances.push(item.stance);
  }
  for (const entry of entries.values())
    entry.stances.sort((a, b) => STANCE_ORDER.indexOf(a) - STANCE_ORDER.indexOf(b));
  const roots = [...entries.values()].sort(
    (a, b) => STANCE_ORDER.indexOf(a.stances[0]!) - STANCE_ORDER.indexOf(b.stances[0]!) || a.order - b.order,
  );

  // Upstream: the sources reached from the evidence's sources by following relations from → to.
  const outgoing = new Map<string, Relation[]>();
  const seenRelations = new Set<string>();
  for (const relation of chain.relations) {
    const key = `${relation.fromSourceId}|${relation.toSourceId}|${relation.type}`;
    if (relation.fromSourceId === relation.toSourceId || seenRelations.has(key)) continue;
    if (!chain.sources[relation.toSourceId] && entries.get(relation.toSourceId)?.kind !== "source") continue;
    seenRelations.add(key);
    const list = outgoing.get(relation.fromSourceId) ?? [];
    list.push({
      from: relation.fromSourceId,
      to: relation.toSourceId,
      type: relation.type,
      derivation: relation.derivation,
      back: false,
    });
    outgoing.set(relation.fromSourceId, list);
  }
  // Depth-first from the evidence in column order; an edge back to a source still on the path
  // closes a cycle and is left out of the column assignment.
  const state = new Map<string, "active" | "done">();
  const relations: Relation[] = [];
  const visit = (id: string) => {
    state.set(id, "active");
    for (const relation of outgoing.get(id) ?? []) {
      relations.push(relation);
      const next = state.get(relation.to);
      if (next === "active") {
        relation.back = true;
        continue;
      }
      if (next === "done") continue;
      if (!entries.has(relation.to)) sourceEntry(chain.sources[relation.to]!, false);
      visit(relation.to);
    }
    state.set(id, "done");
  };
  for (const root of roots) if (root.kind === "source" && !state.has(root.id)) visit(root.id);

  // A node's column: 1 for evidence, and always right of every source that derives from it, so
  // that each relation points rightwards and the origins end up last (longest path).
  const incoming = new Map<string, Relation[]>();
  for (const relation of relations) {
    if (relation.back) continue;
    incoming.set(relation.to, [...(incoming.get(relation.to) ?? []), relation]);
  }
  const columnOf = new Map<string, number>();
  const column = (id: string): number => {
    const known = columnOf.get(id);
    if (known !== undefined) return known;
    const predecessors = (incoming.get(id) ?? []).map((relation) => column(relation.from) + 1);
    const value = Math.max(1, ...predecessors);
    columnOf.set(id, value);
    return value;
  };
  // Ties keep the evidence's order (by stance, then as listed), then the order of discovery.
  const sequence = [...roots, ...[...entries.values()].filter((entry) => !entry.evidence)];
  const columnCount = 1 + Math.max(0, ...sequence.map((entry) => column(entry.id)));

  // Edges: the claim to each node it cites, once per stance, then every relation reached.
  const drafts: Draft[] = [];
  for (const entry of sequence) {
    for (const stance of entry.stances) {
      drafts.push({
        id: `evidence:${entry.id}:${stance}`,
        from: claim.id,
        to: entry.id,
        kind: "evidence",
        stance,
        dashed: false,
        back: false,
      });
    }
  }
  for (const relation of relations) {
    drafts.push({
      id: `relation:${relation.from}:${relation.to}:${relation.type}`,
      from: relation.from,
      to: relation.to,
      kind: "relation",
      relationType: relation.type,
      derivation: relation.derivation,
      dashed: !relation.derivation,
      back: relation.back,
    });
  }

  // Layers: every node takes a slot in its column, and an edge that spans several columns takes a
  // thin slot in each column it crosses, so that it runs between the nodes there, not behind them.
  const slots = new Map<string, Slot>();
  const layers: Slot[][] = Array.from({ length: columnCount }, () => []);
  const addSlot = (slot: Omit<Slot, "tie" | "top" | "preds" | "succs">) => {
    const layer = layers[slot.column]!;
    const created: Slot = { ...slot, tie: layer.length, top: 0, preds: [], succs: [] };
    layer.push(created);
    slots.set(created.key, created);
    return created;
  };
  addSlot({ key: claim.id, column: 0, height: L.nodeHeight, dummy: false });
  for (const entry of sequence)
    addSlot({ key: entry.id, column: column(entry.id), height: L.nodeHeight, dummy: false });
  const chains = new Map<string, Slot[]>();
  for (const draft of drafts) {
    const from = slots.get(draft.from)!;
    const to = slots.get(draft.to)!;
    const hops = [from];
    if (!draft.back) {
      for (let index = from.column + 1; index < to.column; index++) {
        hops.push(
          addSlot({ key: `${draft.id}@${index}`, column: index, height: L.waypointHeight, dummy: true }),
        );
      }
    }
    hops.push(to);
    if (!draft.back) {
      for (let index = 1; index < hops.length; index++) {
        hops[index - 1]!.succs.push(hops[index]!);
        hops[index]!.preds.push(hops[index - 1]!);
      }
    }
    chains.set(draft.id, hops);
  }

  // Order within columns: barycentre sweeps (by the slots to the left, then to the right, then to
  // the left again), each column stacked round a common middle line.
  const centre = (slot: Slot) => slot.top + slot.height / 2;
  const gapBetween = (a: Slot, b: Slot) => (a.dummy || b.dummy ? L.waypointGap : L.rowGap);
  const stackHeight = (layer: Slot[]) =>
    layer.reduce(
      (sum, slot, index) => sum + slot.height + (index ? gapBetween(layer[index - 1]!, slot) : 0),
      0,
    );
  const stack = (layer: Slot[]) => {
    let top = -stackHeight(layer) / 2;
    layer.forEach((slot, index) => {
      if (index) top += gapBetween(layer[index - 1]!, slot);
      slot.top = top;
      top += slot.height;
    });
  };
  const sweep = (index: number, neighbours: (slot: Slot) => Slot[]) => {
    const layer = layers[index]!;
    const weight = new Map(
      layer.map((slot) => {
        const ys = neighbours(slot).map(centre);
        return [slot, ys.length ? ys.reduce((sum, y) => sum + y, 0) / ys.length : centre(slot)];
      }),
    );
    layer.sort((a, b) => weight.get(a)! - weight.get(b)! || a.tie - b.tie);
    stack(layer);
  };
  for (const layer of layers) stack(layer);
  for (let index = 1; index < columnCount; index++) sweep(index, (slot) => slot.preds);
  for (let index = columnCount - 2; index >= 1; index--) sweep(index, (slot) => slot.succs);
  for (let index = 1; index < columnCount; index++) sweep(index, (slot) => slot.preds);

  // Geometry: columns left to right, each centred vertically.
  const tallest = Math.max(...layers.map(stackHeight));
  const bodyHeight = 2 * L.padding + tallest;
  // A relation closing a cycle points leftwards: it loops round below the nodes, in a margin of its own.
  const height = bodyHeight + (drafts.some((draft) => draft.back) ? L.loopMargin : 0);
  for (const slot of slots.values()) slot.top += L.padding + tallest / 2;
  const columnX = (index: number) =>
    index === 0
      ? L.padding
      : L.padding + L.claimWidth + L.claimGap + (index - 1) * (L.nodeWidth + L.columnGap);
  const columnWidth = (index: number) => (index === 0 ? L.claimWidth : L.nodeWidth);
  const width = columnX(columnCount - 1) + columnWidth(columnCount - 1) + L.padding;

  const claimLabel = `C${claim.number}`;
  const nodes: ChainNode[] = [];
  for (const [index, layer] of layers.entries()) {
    for (const slot of layer) {
      if (slot.dummy) continue;
      const entry = entries.get(slot.key);
      const box = {
        column: index,
        x: columnX(index),
        y: slot.top,
        width: columnWidth(index),
        height: slot.height,
      };
      nodes.push(
        entry
          ? {
              id: entry.id,
              kind: entry.kind,
              label: entry.label,
              lines: entry.lines,
              title: entry.title,
              ...box,
              isOrigin: entry.kind === "source" && entry.isOrigin,
              stances: entry.stances,
            }
          : {
              id: claim.id,
              kind: "claim",
              label: claimLabel,
              lines: [claimLabel],
              title: `Claim ${claimLabel}`,
              ...box,
              isOrigin: false,
              stances: [],
            },
      );
    }
  }

  // Ports: several edges leaving (or entering) one side are spread a little around its middle,
  // in the order of their next (or previous) hop, so that parallel edges stay apart.
  const exits = portOffsets(drafts, "from", (draft) => centre(chains.get(draft.id)![1]!));
  const entrances = portOffsets(drafts, "to", (draft) => {
    const hops = chains.get(draft.id)!;
    return centre(hops[hops.length - 2]!);
  });
  const curve = (p: Point, q: Point) => {
    const reach = Math.max(12, (q.x - p.x) / 2);
    return `C${n(p.x + reach)} ${n(p.y)} ${n(q.x - reach)} ${n(q.y)} ${n(q.x)} ${n(q.y)}`;
  };
  const edges: ChainEdge[] = drafts.map(({ back, ...draft }) => {
    const hops = chains.get(draft.id)!;
    const from = hops[0]!;
    const to = hops[hops.length - 1]!;
    const start = {
      x: columnX(from.column) + columnWidth(from.column),
      y: centre(from) + exits.get(draft.id)!,
    };
    const end = { x: columnX(to.column), y: centre(to) + entrances.get(draft.id)! };
    if (back) {
      const bottom = height - 4;
      const loop = `C${n(start.x + 24)} ${n(bottom)} ${n(end.x - 24)} ${n(bottom)} ${n(end.x)} ${n(end.y)}`;
      // The midpoint of the loop.
      const label = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 8 + (3 * bottom) / 4 };
      return {
        ...draft,
        path: `M${n(start.x)} ${n(start.y)} ${loop}`,
        labelX: n(label.x),
        labelY: n(label.y),
      };
    }
    let path = `M${n(start.x)} ${n(start.y)}`;
    let at: Point = start;
    for (const waypoint of hops.slice(1, -1)) {
      const y = centre(waypoint);
      path += ` ${curve(at, { x: columnX(waypoint.column), y })} L${n(columnX(waypoint.column) + L.nodeWidth)} ${n(y)}`;
      at = { x: columnX(waypoint.column) + L.nodeWidth, y };
    }
    path += ` ${curve(at, end)}`;
    // A label goes in the middle of the first gap, right of the deriving source.
    const first = hops.length > 2 ? { x: columnX(hops[1]!.column), y: centre(hops[1]!) } : end;
    return draft.kind === "relation"
      ? { ...draft, path, labelX: n((start.x + first.x) / 2), labelY: n((start.y + first.y) / 2) }
      : { ...draft, path };
  });

  return { nodes, edges, columns: columnCount, width, height };
}

/** A one-line summary of the chain, for an accessible name. */
export function describeChain(claim: { number: number }, chain: EvidenceChain, layout: ChainLayout): string {
  const sources = layout.nodes.filter((node) => node.kind === "source").length;
  const subClaims = layout.nodes.filter((node) => node.kind === "subclaim").length;
  const origins = new Set(Object.values(chain.origins).flat()).size;
  const parts = [count(sources, "source"), count(origins, "independent origin")];
  if (subClaims) parts.push(count(subClaims, "sub-claim"));
  return `Evidence chain of C${claim.number}: ${parts.join(", ")}`;
}

function count(value: number, noun: string) {
  return `${value} ${noun}${value === 1 ? "" : "s"}`;
}

function portOffsets(
  edges: Draft[],
  side: "from" | "to",
  otherY: (edge: Draft) => number,
): Map<string, number> {
  const groups = new Map<string, { edge: Draft; index: number }[]>();
  edges.forEach((edge, index) => {
    groups.set(edge[side], [...(groups.get(edge[side]) ?? []), { edge, index }]);
  });
  const offsets = new Map<string, number>();
  for (const group of groups.values()) {
    group.sort((a, b) => otherY(a.edge) - otherY(b.edge) || a.index - b.index);
    const spacing = group.length > 1 ? Math.min(8, (CHAIN_LAYOUT.nodeHeight - 16) / (group.length - 1)) : 0;
    group.forEach(({ edge }, i) => {
      offsets.set(edge.id, (i - (group.length - 1) / 2) * spacing);
    });
  }
  return offsets;
}

function n(value: number) {
  return Math.round(value * 10) / 10;
}

export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** Breaks text into at most `maxLines` lines of `width` characters, at spaces where it can. */
export function wrap(text: string, width: number, maxLines: number): string[] {
  const words = text
    .replace(/\s+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .flatMap((word) => word.match(new RegExp(`.{1,${width}}`, "gu")) ?? []);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? "";
  kept[maxLines - 1] = last.length < width ? `${last}…` : `${last.slice(0, width - 1).trimEnd()}…`;
  return kept;
}

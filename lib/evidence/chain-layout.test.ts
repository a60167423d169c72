import { describe, expect, it } from "vitest";
import type { ChainRelation, EvidenceChain, EvidenceItem, SourceReference, Stance } from "@/lib/claims/types";
import { type ChainLayout, describeChain, layoutChain, wrap } from "./chain-layout";

const ref = (id: string, shortCitation = id, title = shortCitation): SourceReference => ({
  id,
  title,
  kind: "newspaper_article",
  shortCitation,
  issued: null,
  archiveLocation: null,
  archival: false,
});

let counter = 0;
const item = (stance: Stance, target: EvidenceItem["target"]): EvidenceItem => ({
  id: `e${++counter}`,
  stance,
  confidence: 3,
  rationale: null,
  position: counter,
  version: 1,
  createdById: null,
  target,
  origins: [],
});
const passage = (stance: Stance, source: SourceReference) =>
  item(stance, {
    kind: "passage",
    passage: {
      id: `p${counter}`,
      text: "…",
      language: null,
      locator: null,
      translations: [],
      source,
      scans: [],
    },
  });
const whole = (stance: Stance, source: SourceReference) => item(stance, { kind: "source", source });
const subClaim = (stance: Stance, id: string, number: number) =>
  item(stance, {
    kind: "claim",
    claim: { id, number, statement: `Statement of claim ${number}`, status: "working" },
  });

const DERIVATIONS = new Set(["reprints", "translates", "summarises", "quotes", "reports"]);
const relation = (fromSourceId: string, type: string, toSourceId: string): ChainRelation => ({
  fromSourceId,
  toSourceId,
  type,
  derivation: DERIVATIONS.has(type),
});

function chainOf(
  evidence: EvidenceItem[],
  relations: ChainRelation[],
  extra: SourceReference[] = [],
): EvidenceChain {
  const refs = [
    ...evidence.flatMap((e) =>
      e.target.kind === "passage"
        ? [e.target.passage.source]
        : e.target.kind === "source"
          ? [e.target.source]
          : [],
    ),
    ...extra,
  ];
  const derived = new Set(relations.filter((r) => r.derivation).map((r) => r.fromSourceId));
  const subClaims: EvidenceChain["subClaims"] = {};
  for (const e of evidence) if (e.target.kind === "claim") subClaims[e.target.claim.id] = e.target.claim;
  return {
    evidence,
    sources: Object.fromEntries(refs.map((s) => [s.id, { ...s, isOrigin: !derived.has(s.id) }])),
    relations,
    subClaims,
    origins: { supports: [], contradicts: [], qualifies: [], context: [] },
    independentOrigins: { supports: 0, contradicts: 0, qualifies: 0, context: 0 },
    warnings: [],
  };
}

const claim = { id: "c5", number: 5 };
const pravda = ref("pravda", "Pravda, 12 Sept. 1939");
const journal = ref("journal", "Le Journal de Moscou, 14 Sept. 1939");
const times = ref("times", "The Times, 13 Sept. 1939");
const demo = () =>
  chainOf(
    [passage("supports", pravda), passage("supports", journal), passage("supports", times)],
    [relation("journal", "translates", "pravda"), relation("times", "reports", "pravda")],
  );

const node = (layout: ChainLayout, id: string) => {
  const found = layout.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};

/** Points along an SVG path of M, L and C commands. */
function sample(path: string) {
  const points: { x: number; y: number }[] = [];
  let at = { x: 0, y: 0 };
  for (const [, command, args] of path.matchAll(/([MLC])([^MLC]*)/g)) {
    const v = args!.trim().split(" ").map(Number) as number[];
    if (command === "M") at = { x: v[0]!, y: v[1]! };
    for (let step = 1; step <= 20 && command !== "M"; step++) {
      const t = step / 20;
      const u = 1 - t;
      if (command === "L") points.push({ x: u * at.x + t * v[0]!, y: u * at.y + t * v[1]! });
      else {
        const cubic = (p0: number, p1: number, p2: number, p3: number) =>
          u ** 3 * p0 + 3 * u ** 2 * t * p1 + 3 * u * t ** 2 * p2 + t ** 3 * p3;
        points.push({ x: cubic(at.x, v[0]!, v[2]!, v[4]!), y: cubic(at.y, v[1]!, v[3]!, v[5]!) });
      }
    }
    if (command === "M") points.push(at);
    else at = points[points.length - 1]!;
  }
  return points;
}

function expectWellFormed(layout: ChainLayout) {
  const ids = layout.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const edge of layout.edges) {
    expect(ids).toContain(edge.from);
    expect(ids).toContain(edge.to);
    const from = node(layout, edge.from);
    const to = node(layout, edge.to);
    expect(edge.path).toMatch(/^M[\d.]+ [\d.]+( (C[\d.]+( [\d.]+){5}|L[\d.]+ [\d.]+))+$/);
    // The path runs from the right side of one box to the left side of the other ...
    const points = sample(edge.path);
    const start = points[0]!;
    const end = points[points.length - 1]!;
    expect(start.x).toBeCloseTo(from.x + from.width, 0);
    expect(start.y).toBeGreaterThanOrEqual(from.y);
    expect(start.y).toBeLessThanOrEqual(from.y + from.height);
    expect(end.x).toBeCloseTo(to.x, 0);
    expect(end.y).toBeGreaterThanOrEqual(to.y);
    expect(end.y).toBeLessThanOrEqual(to.y + to.height);
    for (const point of points) {
      // ... inside the drawing ...
      expect(point.x).toBeGreaterThanOrEqual(0);
      expect(point.x).toBeLessThanOrEqual(layout.width);
      expect(point.y).toBeGreaterThanOrEqual(0);
      expect(point.y).toBeLessThanOrEqual(layout.height);
      // ... and, going rightwards, never behind another node.
      if (to.column <= from.column) continue;
      for (const other of layout.nodes) {
        const inside =
          point.x > other.x + 1 &&
          point.x < other.x + other.width - 1 &&
          point.y > other.y + 1 &&
          point.y < other.y + other.height - 1;
        expect(inside, `${edge.id} runs behind ${other.id}`).toBe(false);
      }
    }
  }
  for (const [i, a] of layout.nodes.entries()) {
    expect(a.x).toBeGreaterThanOrEqual(0);
    expect(a.y).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
    expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
    for (const b of layout.nodes.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
    }
  }
}

describe("layoutChain", () => {
  it("lays out the demo case with Pravda, also cited itself, right of the texts that derive from it", () => {
    const layout = layoutChain(claim, demo());
    expectWellFormed(layout);
    expect(layout.columns).toBe(3);
    expect(node(layout, "c5")).toMatchObject({ kind: "claim", column: 0, label: "C5" });
    expect(node(layout, "journal").column).toBe(1);
    expect(node(layout, "times").column).toBe(1);
    expect(node(layout, "pravda")).toMatchObject({ column: 2, isOrigin: true, stances: ["supports"] });
    expect(node(layout, "journal").isOrigin).toBe(false);
    expect(node(layout, "journal").x).toBeGreaterThan(node(layout, "c5").x);
    expect(node(layout, "pravda").x).toBeGreaterThan(node(layout, "journal").x);
    expect(layout.nodes).toHaveLength(4);

    const edges = layout.edges.map(({ from, to, kind, stance, relationType, dashed }) => ({
      from,
      to,
      kind,
      stance,
      relationType,
      dashed,
    }));
    expect(edges).toEqual(
      expect.arrayContaining([
        {
          from: "c5",
          to: "pravda",
          kind: "evidence",
          stance: "supports",
          relationType: undefined,
          dashed: false,
        },
        {
          from: "c5",
          to: "journal",
          kind: "evidence",
          stance: "supports",
          relationType: undefined,
          dashed: false,
        },
        {
          from: "c5",
          to: "times",
          kind: "evidence",
          stance: "supports",
          relationType: undefined,
          dashed: false,
        },
        {
          from: "journal",
          to: "pravda",
          kind: "relation",
          stance: undefined,
          relationType: "translates",
          dashed: false,
        },
        {
          from: "times",
          to: "pravda",
          kind: "relation",
          stance: undefined,
          relationType: "reports",
          dashed: false,
        },
      ]),
    );
    expect(edges).toHaveLength(5);
  });

  it("puts origins rightmost along the longest path, with further columns for upstream sources", () => {
    // digest summarises times, which reports pravda; raack cites pravda directly.
    const digest = ref("digest");
    const raack = ref("raack", "Raack, Stalin's Drive to the West");
    const chain = chainOf(
      [whole("supports", digest), whole("supports", raack)],
      [
        relation("digest", "summarises", "times"),
        relation("times", "reports", "pravda"),
        relation("raack", "cites", "pravda"),
      ],
      [times, pravda],
    );
    const layout = layoutChain(claim, chain);
    expectWellFormed(layout);
    expect(Object.fromEntries(layout.nodes.map((n) => [n.id, n.column]))).toEqual({
      c5: 0,
      digest: 1,
      raack: 1,
      times: 2,
      pravda: 3,
    });
    expect(node(layout, "pravda").isOrigin).toBe(true);
    expect(node(layout, "times").isOrigin).toBe(false);
    const cites = layout.edges.find((e) => e.relationType === "cites")!;
    expect(cites).toMatchObject({ from: "raack", to: "pravda", dashed: true, derivation: false });
    expect(layout.edges.find((e) => e.relationType === "summarises")!.dashed).toBe(false);
    // Only the claim's evidence is linked from the claim.
    expect(layout.edges.filter((e) => e.kind === "evidence").map((e) => e.to)).toEqual(["digest", "raack"]);
  });

  it("runs an edge that spans several columns between the nodes of the columns it crosses", () => {
    const raack = ref("raack");
    const chain = chainOf(
      [
        whole("supports", journal),
        whole("supports", raack),
        whole("supports", times),
        whole("supports", pravda),
      ],
      [relation("journal", "translates", "pravda"), relation("times", "reports", "pravda")],
    );
    const layout = layoutChain(claim, chain);
    expectWellFormed(layout);
    expect(node(layout, "pravda").column).toBe(2);
    const long = layout.edges.find((e) => e.from === "c5" && e.to === "pravda")!;
    // A straight run across column 1 (M, curve into the column, line across it, curve out).
    expect(long.path.match(/[MLC]/g)).toEqual(["M", "C", "L", "C"]);
  });

  it("terminates on a cycle of relations and still draws every relation", () => {
    const a = ref("a");
    const b = ref("b");
    const c = ref("c");
    const chain = chainOf(
      [whole("supports", a)],
      [relation("a", "reprints", "b"), relation("b", "quotes", "c"), relation("c", "reprints", "a")],
      [b, c],
    );
    const layout = layoutChain(claim, chain);
    expectWellFormed(layout);
    expect(Object.fromEntries(layout.nodes.map((n) => [n.id, n.column]))).toEqual({
      c5: 0,
      a: 1,
      b: 2,
      c: 3,
    });
    expect(layout.edges.filter((e) => e.kind === "relation")).toHaveLength(3);
    expect(layout.edges.find((e) => e.from === "c" && e.to === "a")).toBeDefined();
  });

  it("makes one node per distinct source, with one edge per stance it is cited with", () => {
    const chain = chainOf(
      [
        passage("supports", times),
        passage("contradicts", times),
        passage("supports", times),
        whole("context", pravda),
      ],
      [],
    );
    const layout = layoutChain(claim, chain);
    expectWellFormed(layout);
    expect(layout.nodes.filter((n) => n.id === "times")).toHaveLength(1);
    expect(node(layout, "times").stances).toEqual(["supports", "contradicts"]);
    const toTimes = layout.edges.filter((e) => e.to === "times");
    expect(toTimes.map((e) => e.stance)).toEqual(["supports", "contradicts"]);
    // The two edges are drawn apart, not on top of each other.
    expect(toTimes[0]!.path).not.toBe(toTimes[1]!.path);
    expect(new Set(layout.edges.map((e) => e.id)).size).toBe(layout.edges.length);
  });

  it("shows a sub-claim as its own node, labelled with its number", () => {
    const chain = chainOf([whole("supports", times), subClaim("qualifies", "c9", 9)], []);
    const layout = layoutChain(claim, chain);
    expectWellFormed(layout);
    expect(node(layout, "c9")).toMatchObject({ kind: "subclaim", label: "C9", column: 1, isOrigin: false });
    expect(node(layout, "c9").title).toContain("Statement of claim 9");
    expect(layout.edges).toContainEqual(
      expect.objectContaining({ from: "c5", to: "c9", stance: "qualifies" }),
    );
  });

  it("orders a column by the position of the nodes pointing into it", () => {
    // Column 1 in stance order: a, b, c. Their origins should follow the same order, not the
    // order in which the relations were recorded.
    const [a, b, c, x, y, z] = ["a", "b", "c", "x", "y", "z"].map((id) => ref(id)) as [
      SourceReference,
      SourceReference,
      SourceReference,
      SourceReference,
      SourceReference,
      SourceReference,
    ];
    const chain = chainOf(
      [whole("supports", a), whole("supports", b), whole("supports", c)],
      [relation("c", "reprints", "z"), relation("b", "reprints", "y"), relation("a", "reprints", "x")],
      [x, y, z],
    );
    const layout = layoutChain(claim, chain);
    expectWellFormed(layout);
    const order = (column: number) =>
      layout.nodes
        .filter((n) => n.column === column)
        .sort((p, q) => p.y - q.y)
        .map((n) => n.id);
    expect(order(1)).toEqual(["a", "b", "c"]);
    expect(order(2)).toEqual(["x", "y", "z"]);
    // Evenly spaced.
    const ys = layout.nodes.filter((n) => n.column === 2).map((n) => n.y);
    const [first, second, third] = ys as [number, number, number];
    expect(second - first).toBeCloseTo(third - second);
    expect(second - first).toBeGreaterThanOrEqual(44);
  });

  it("orders a column by its neighbours, not by the order its nodes were found", () => {
    // Pravda, cited first, is found before the Journal's original; but that original belongs
    // level with the Journal, above Pravda (which The Times, below, reports).
    const original = ref("original");
    const chain = chainOf(
      [whole("supports", pravda), whole("supports", journal), whole("supports", times)],
      [relation("journal", "translates", "original"), relation("times", "reports", "pravda")],
      [original],
    );
    const layout = layoutChain(claim, chain);
    expectWellFormed(layout);
    const order = (column: number) =>
      layout.nodes
        .filter((n) => n.column === column)
        .sort((p, q) => p.y - q.y)
        .map((n) => n.id);
    expect(order(1)).toEqual(["journal", "times"]);
    expect(order(2)).toEqual(["original", "pravda"]);
  });

  it("groups the claim's evidence by stance, supports first", () => {
    const chain = chainOf(
      [whole("context", pravda), whole("contradicts", journal), whole("supports", times)],
      [],
    );
    const layout = layoutChain(claim, chain);
    const column = layout.nodes.filter((n) => n.column === 1).sort((p, q) => p.y - q.y);
    expect(column.map((n) => n.id)).toEqual(["times", "journal", "pravda"]);
  });

  it("is deterministic and truncates long citations", () => {
    const long = ref(
      "long",
      "Ministère des Affaires étrangères, Papiers d'agents, archives privées, vol. 12",
    );
    const chain = chainOf([whole("supports", long), ...demo().evidence], demo().relations);
    const first = layoutChain(claim, chain);
    expect(layoutChain(claim, structuredClone(chain))).toEqual(first);
    const label = node(first, "long").label;
    expect(label.length).toBeLessThanOrEqual(40);
    expect(label.endsWith("…")).toBe(true);
    expect(node(first, "long").title).toBe(long.shortCitation);
    expect(node(first, "long").lines.length).toBeLessThanOrEqual(2);
  });

  it("lays out a claim without evidence as the claim alone", () => {
    const layout = layoutChain(claim, chainOf([], []));
    expect(layout.nodes.map((n) => n.id)).toEqual(["c5"]);
    expect(layout.edges).toEqual([]);
    expect(layout.width).toBeGreaterThan(0);
  });
});

describe("describeChain", () => {
  it("summarises sources and independent origins", () => {
    const chain = {
      ...demo(),
      origins: { supports: ["pravda"], contradicts: [], qualifies: [], context: ["pravda"] },
    };
    expect(describeChain(claim, chain, layoutChain(claim, chain))).toBe(
      "Evidence chain of C5: 3 sources, 1 independent origin",
    );
  });
});

describe("wrap", () => {
  it("breaks at spaces and ellipsises what does not fit", () => {
    expect(wrap("The Times, 13 Sept. 1939", 24, 2)).toEqual(["The Times, 13 Sept. 1939"]);
    expect(wrap("The Times, 13 Sept. 1939", 12, 2)).toEqual(["The Times,", "13 Sept.…"]);
    expect(wrap("Auswärtiges", 5, 2)).toEqual(["Auswä", "rtig…"]);
  });
});

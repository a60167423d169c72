import { describe, expect, it } from "vitest";
import { analyseChain, type ChainEvidenceFacts, type ChainSourceFacts, type ProvenanceEdge } from "./chain";

const source = (
  id: string,
  kind: ChainSourceFacts["kind"] = "newspaper_article",
  archival = false,
): ChainSourceFacts => ({
  id,
  kind,
  archival,
});
const sources = (...list: ChainSourceFacts[]) => new Map(list.map((item) => [item.id, item]));
let counter = 0;
const evidence = (
  claimId: string,
  stance: ChainEvidenceFacts["stance"],
  target: { sourceId?: string; subClaimId?: string },
) => ({
  id: `e${++counter}`,
  claimId,
  stance,
  sourceId: target.sourceId ?? null,
  subClaimId: target.subClaimId ?? null,
});

// The demo case: the French version translates Pravda, The Times reports it.
const demoEdges: ProvenanceEdge[] = [
  { fromSourceId: "journal", toSourceId: "pravda", type: "translates" },
  { fromSourceId: "times", toSourceId: "pravda", type: "reports" },
];
const demoSources = sources(
  source("pravda"),
  source("journal"),
  source("times"),
  source("raack", "book"),
  source("minute", "minute", true),
);

describe("analyseChain", () => {
  it("counts three newspaper texts that all derive from Pravda as one independent origin", () => {
    const result = analyseChain({
      claimId: "c5",
      evidence: ["pravda", "journal", "times"].map((id) => evidence("c5", "supports", { sourceId: id })),
      edges: demoEdges,
      sources: demoSources,
    });
    expect(result.origins.supports).toEqual(["pravda"]);
    expect(Object.values(result.originsByEvidence)).toEqual([["pravda"], ["pravda"], ["pravda"]]);
    expect(result.warnings).toEqual(["SINGLE_ORIGIN"]);
  });

  it("counts independent texts separately, and a comment as a text of its own", () => {
    const result = analyseChain({
      claimId: "c",
      evidence: ["times", "raack", "minute"].map((id) => evidence("c", "supports", { sourceId: id })),
      edges: [...demoEdges, { fromSourceId: "minute", toSourceId: "times", type: "comments_on" }],
      sources: demoSources,
    });
    expect(result.origins.supports.sort()).toEqual(["minute", "pravda", "raack"]);
    expect(result.warnings).toEqual([]);
  });

  it("adds a supporting sub-claim's origins, and files a contradicting one under contradicts", () => {
    const items = [
      evidence("c2", "supports", { sourceId: "raack" }),
      evidence("c2", "supports", { subClaimId: "c5" }),
      evidence("c2", "contradicts", { subClaimId: "c1" }),
      evidence("c5", "supports", { sourceId: "times" }),
      evidence("c1", "supports", { sourceId: "minute" }),
      evidence("c1", "contradicts", { sourceId: "journal" }),
    ];
    const result = analyseChain({ claimId: "c2", evidence: items, edges: demoEdges, sources: demoSources });
    expect(result.origins.supports.sort()).toEqual(["pravda", "raack"]);
    expect(result.origins.contradicts).toEqual(["minute"]);
  });

  it("warns when the support is secondary literature only", () => {
    const result = analyseChain({
      claimId: "c",
      evidence: [evidence("c", "supports", { sourceId: "raack" })],
      edges: [],
      sources: demoSources,
    });
    expect(result.warnings).toContain("NO_PRIMARY_SOURCE");
    expect(result.warnings).toContain("SINGLE_ORIGIN");
  });

  it("warns when every supporting source is a second-hand report", () => {
    const result = analyseChain({
      claimId: "c",
      evidence: ["journal", "times"].map((id) => evidence("c", "supports", { sourceId: id })),
      edges: demoEdges,
      sources: demoSources,
    });
    expect(result.warnings).toEqual(["SINGLE_ORIGIN", "ONLY_SECOND_HAND"]);
  });

  it("says when there is no support at all", () => {
    expect(analyseChain({ claimId: "c", evidence: [], edges: [], sources: demoSources }).warnings).toEqual([
      "NO_SUPPORT",
    ]);
  });

  it("survives provenance cycles and sub-claim cycles", () => {
    const result = analyseChain({
      claimId: "a",
      evidence: [
        evidence("a", "supports", { subClaimId: "b" }),
        evidence("b", "supports", { subClaimId: "a" }),
        evidence("b", "supports", { sourceId: "x" }),
      ],
      edges: [
        { fromSourceId: "x", toSourceId: "y", type: "reprints" },
        { fromSourceId: "y", toSourceId: "x", type: "reprints" },
      ],
      sources: sources(source("x"), source("y")),
    });
    expect(result.origins.supports.length).toBe(1);
  });

  it("gives each source the same origins whichever source the walk reached first, circles included", () => {
    // A diamond (d reprints b and c, which both translate a), a circle (x and y reprint each
    // other) entered from z, and w reporting y; every item alone, then all together in two orders.
    const edges: ProvenanceEdge[] = [
      { fromSourceId: "d", toSourceId: "b", type: "reprints" },
      { fromSourceId: "d", toSourceId: "c", type: "reprints" },
      { fromSourceId: "b", toSourceId: "a", type: "translates" },
      { fromSourceId: "c", toSourceId: "a", type: "translates" },
      { fromSourceId: "x", toSourceId: "y", type: "reprints" },
      { fromSourceId: "y", toSourceId: "x", type: "reprints" },
      { fromSourceId: "z", toSourceId: "x", type: "reports" },
      { fromSourceId: "w", toSourceId: "y", type: "reports" },
    ];
    const ids = ["d", "b", "a", "x", "y", "z", "w"];
    const all = sources(...ids.map((id) => source(id)));
    const originsAlone = Object.fromEntries(
      ids.map((id) => [
        id,
        analyseChain({
          claimId: "c",
          evidence: [evidence("c", "supports", { sourceId: id })],
          edges,
          sources: all,
        }).origins.supports,
      ]),
    );
    expect(originsAlone).toEqual({ d: ["a"], b: ["a"], a: ["a"], x: ["y"], y: ["x"], z: ["y"], w: ["x"] });
    for (const order of [ids, [...ids].reverse()]) {
      const items = order.map((id) => evidence("c", "supports", { sourceId: id }));
      const together = analyseChain({ claimId: "c", evidence: items, edges, sources: all });
      for (const item of items)
        expect(together.originsByEvidence[item.id]).toEqual(originsAlone[item.sourceId!]);
    }
  });
});

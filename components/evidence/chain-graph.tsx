import type { EvidenceChain, Stance } from "@/lib/claims/types";
import {
  type ChainEdge,
  type ChainLayout,
  type ChainNode,
  describeChain,
  layoutChain,
} from "@/lib/evidence/chain-layout";
import { STANCE_HEADING } from "./stance";

const INK = "#1f1d1a";
const PAPER = "#faf8f4";
const ACCENT = "#7a2e1f";
const ACCENT_SOFT = "#f3e6e1";
const RELATION = "#78716c";
const BORDER = "#d6d3d1";

const STANCE_COLOUR: Record<Stance, string> = {
  supports: "#059669",
  contradicts: "#e11d48",
  qualifies: "#f59e0b",
  context: "#a8a29e",
};
const STANCE_VERB: Record<Stance, string> = {
  supports: "supported by",
  contradicts: "contradicted by",
  qualifies: "qualified by",
  context: "set in context by",
};
const STANCES = Object.keys(STANCE_COLOUR) as Stance[];

const relationText = (type: string) => type.replace(/_/g, " ");

/**
 * A claim's evidence chain as a graph: the claim, the sources and sub-claims its evidence cites,
 * and the sources those go back to, with the independent origins on the right. Plain SVG, scaled
 * to the width of its container.
 */
export function ChainGraph({
  claim,
  chain,
  projectId,
}: {
  claim: { id: string; number: number };
  chain: EvidenceChain;
  projectId: string;
}) {
  if (chain.evidence.length === 0) return null;
  const layout = layoutChain(claim, chain);
  const summary = describeChain(claim, chain, layout);
  const prefix = `chain-${claim.id.replace(/[^\w-]/g, "")}`;
  const byId = new Map(layout.nodes.map((node) => [node.id, node]));
  const stances = STANCES.filter((stance) => layout.edges.some((edge) => edge.stance === stance));
  const relations = layout.edges.filter((edge) => edge.kind === "relation");
  const hasOrigin = layout.nodes.some((node) => node.isOrigin);

  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
      <div className="overflow-x-auto">
        <svg
          role="img"
          aria-label={summary}
          aria-describedby={`${prefix}-desc`}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width="100%"
          preserveAspectRatio="xMidYMid meet"
          className="block h-auto max-h-[600px] w-full font-sans"
          // Below 4/5 scale the text gets too small to read: scroll sideways instead.
          style={{ minWidth: `${Math.round(layout.width * 0.8)}px` }}
        >
          <title>{summary}</title>
          <desc id={`${prefix}-desc`}>{describeEdges(layout, byId)}</desc>
          <defs>
            {[...STANCES.map((stance) => [stance, STANCE_COLOUR[stance]]), ["relation", RELATION]].map(
              ([name, colour]) => (
                <marker
                  key={name}
                  id={`${prefix}-arrow-${name}`}
                  viewBox="0 0 10 10"
                  refX="9"
                  refY="5"
                  markerWidth="7"
                  markerHeight="7"
                  markerUnits="userSpaceOnUse"
                  orient="auto"
                >
                  <path d="M0 0 L10 5 L0 10 z" fill={colour} />
                </marker>
              ),
            )}
          </defs>
          <g fill="none">
            {layout.edges.map((edge) => (
              <Edge key={edge.id} edge={edge} byId={byId} prefix={prefix} />
            ))}
          </g>
          {relations.map((edge) => (
            <text
              key={edge.id}
              x={edge.labelX}
              y={edge.labelY}
              dy="-3"
              textAnchor="middle"
              fontSize="9.5"
              fill={RELATION}
              stroke="white"
              strokeWidth="3"
              paintOrder="stroke"
            >
              {relationText(edge.relationType ?? "")}
            </text>
          ))}
          {layout.nodes.map((node) => (
            <Node key={node.id} node={node} projectId={projectId} />
          ))}
        </svg>
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-stone-600">
        {stances.map((stance) => (
          <span key={stance} className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className="inline-block h-0.5 w-4"
              style={{ background: STANCE_COLOUR[stance] }}
            />
            {STANCE_HEADING[stance]}
          </span>
        ))}
        {relations.some((edge) => !edge.dashed) && (
          <span className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-0.5 w-4 bg-stone-500" />
            derives from
          </span>
        )}
        {relations.some((edge) => edge.dashed) && (
          <span className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block w-4 border-t border-dashed border-stone-500" />
            comments on, cites
          </span>
        )}
        {hasOrigin && (
          <span className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-4 rounded-sm border-2 border-double border-accent"
            />
            independent origin
          </span>
        )}
      </figcaption>
    </figure>
  );
}

function Edge({ edge, byId, prefix }: { edge: ChainEdge; byId: Map<string, ChainNode>; prefix: string }) {
  const colour = edge.stance ? STANCE_COLOUR[edge.stance] : RELATION;
  const from = byId.get(edge.from)?.label ?? edge.from;
  const to = byId.get(edge.to)?.label ?? edge.to;
  const tooltip = edge.stance
    ? `${from} ${STANCE_VERB[edge.stance]} ${to}`
    : `${from} ${relationText(edge.relationType ?? "")} ${to}`;
  return (
    <path
      d={edge.path}
      stroke={colour}
      strokeWidth={edge.kind === "evidence" ? 1.75 : 1.25}
      strokeDasharray={edge.dashed ? "4 3" : undefined}
      markerEnd={`url(#${prefix}-arrow-${edge.stance ?? "relation"})`}
    >
      <title>{tooltip}</title>
    </path>
  );
}

function Node({ node, projectId }: { node: ChainNode; projectId: string }) {
  const { x, y, width, height } = node;
  const middle = y + height / 2;
  const tooltip = node.isOrigin ? `${node.title}\n(independent origin)` : node.title;

  if (node.kind === "claim") {
    return (
      <g>
        <title>{tooltip}</title>
        <rect x={x} y={y} width={width} height={height} rx="6" fill={ACCENT} />
        <text
          x={x + width / 2}
          y={middle + 5}
          textAnchor="middle"
          fontSize="14"
          fontWeight="600"
          fill={PAPER}
        >
          {node.label}
        </text>
      </g>
    );
  }

  const href =
    node.kind === "subclaim"
      ? `/projects/${projectId}/claims/${node.id}`
      : `/projects/${projectId}/sources/${node.id}`;
  const lines = node.lines;
  const first = lines.length > 1 ? middle - 3 : middle + 4;
  return (
    <a href={href} aria-label={node.title} className="group">
      <title>{tooltip}</title>
      {node.kind === "subclaim" ? (
        <rect
          x={x}
          y={y}
          width={width}
          height={height}
          rx="14"
          fill={ACCENT_SOFT}
          stroke={ACCENT}
          strokeWidth="1"
        />
      ) : node.isOrigin ? (
        <>
          <rect
            x={x}
            y={y}
            width={width}
            height={height}
            rx="5"
            fill="white"
            stroke={ACCENT}
            strokeWidth="1.5"
          />
          <rect
            x={x + 3}
            y={y + 3}
            width={width - 6}
            height={height - 6}
            rx="3"
            fill="none"
            stroke={ACCENT}
            strokeWidth="0.75"
          />
        </>
      ) : (
        <rect x={x} y={y} width={width} height={height} rx="5" fill="white" stroke={BORDER} strokeWidth="1" />
      )}
      {lines.map((line, index) => (
        <text
          key={index}
          x={x + 8}
          y={first + index * 14}
          fontSize={node.kind === "subclaim" && index > 0 ? 10.5 : 12}
          fontWeight={node.kind === "subclaim" && index === 0 ? 600 : undefined}
          fontStyle={node.kind === "subclaim" && index > 0 ? "italic" : undefined}
          fill={INK}
          className="group-hover:fill-accent"
        >
          {line}
        </text>
      ))}
      {node.isOrigin && (
        <g>
          <rect x={x + width - 42} y={y - 6} width="36" height="12" rx="6" fill={ACCENT} />
          <text x={x + width - 24} y={y + 3} textAnchor="middle" fontSize="8" fontWeight="600" fill={PAPER}>
            origin
          </text>
        </g>
      )}
    </a>
  );
}

/** The edges in words, for readers who cannot see the drawing. */
function describeEdges(layout: ChainLayout, byId: Map<string, ChainNode>) {
  const name = (id: string) => {
    const node = byId.get(id);
    if (!node) return id;
    return node.isOrigin ? `${node.label} (origin)` : node.label;
  };
  return layout.edges
    .map((edge) =>
      edge.stance
        ? `${name(edge.from)} ${STANCE_VERB[edge.stance]} ${name(edge.to)}.`
        : `${name(edge.from)} ${relationText(edge.relationType ?? "")} ${name(edge.to)}.`,
    )
    .join(" ");
}

import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { getProject } from "@/lib/projects/data";
import type { ProjectAccess } from "@/lib/projects/types";
import { chooseStyle, citationScript, getClaimExportData, loadCitableSources } from "./data";
import { type ExportFile, type ExportRequest, exportClaimChain, exportSources } from "./export";
import { countUncached, type Progress } from "./formatting";
import { followsChicago, itemForStyle } from "./item-for-style";
import type { ExportQuery } from "./schema";

// An export asked for by a member (the API, the download buttons) or run by a job: the same
// code, so that a job's file is exactly what the request would have answered. The HTTP side
// (the file at once, or 202 with a job) is lib/api/export-response.ts.

export type ExportScope = { kind: "claim"; claimId: string } | { kind: "project"; sourceIds?: string[] };

export interface ExportParams {
  scope: ExportScope;
  format: ExportQuery["format"];
  output: ExportQuery["output"];
  style?: string;
  locale: ExportQuery["locale"];
}

export interface PreparedExport {
  /** Entries that are not formatted yet (0 for the data formats, which are fast). */
  coldEntries: number;
  run: (onProgress?: Progress) => Promise<ExportFile>;
}

/** An export's data loaded and checked, and how much formatting it has left to do. */
export async function prepareExport(access: ProjectAccess, params: ExportParams): Promise<PreparedExport> {
  const { style } = await chooseStyle(access, params.style);
  const request: ExportRequest = {
    format: params.format,
    output: params.output,
    style,
    locale: params.locale,
    script: await citationScript(access),
  };
  const formatted = params.format === "bibliography" || params.format === "notes";
  const target = { style, locale: params.locale };

  if (params.scope.kind === "claim") {
    const chain = await getClaimExportData(access, params.scope.claimId);
    if (!chain) throw new AppError("NOT_FOUND", "Claim not found.");
    const ids = [...new Set(chain.sections.flatMap((section) => section.cites.map((cite) => cite.sourceId)))];
    const sources = await loadCitableSources(access, ids);
    const items = [...sources.values()].map((source) =>
      itemForStyle(source.csl, { script: request.script, chicago: followsChicago(style) }),
    );
    return {
      coldEntries: formatted ? countUncached(target, items) : 0,
      run: (onProgress) =>
        exportClaimChain({ claim: chain.claim, sections: chain.sections, sources }, request, onProgress),
    };
  }

  const project = await getProject(access);
  const selection = params.scope.sourceIds;
  const sources = await loadCitableSources(access, selection);
  const ids = selection ? selection.filter((id) => sources.has(id)) : [...sources.keys()];
  if (selection && ids.length !== new Set(selection).size) {
    throw new AppError("INVALID_INPUT", "Some of the selected sources are not in this project.", {
      sourceIds: ["Not sources of this project"],
    });
  }
  const title = selection ? `${project.name}: ${ids.length} selected sources` : `${project.name}: sources`;
  const items = ids.map((id) =>
    itemForStyle(sources.get(id)!.csl, { script: request.script, chicago: followsChicago(style) }),
  );
  return {
    coldEntries: formatted ? countUncached(target, items) : 0,
    run: (onProgress) =>
      exportSources(
        { title, fileBase: selection ? `${project.name}-selection` : project.name, ids, sources },
        request,
        onProgress,
      ),
  };
}

/** Runs an export to the end (the job runner). */
export async function runExport(
  access: ProjectAccess,
  params: ExportParams,
  onProgress?: Progress,
): Promise<ExportFile> {
  const prepared = await prepareExport(access, params);
  return prepared.run(onProgress);
}

import "server-only";
import { contentDisposition } from "@/lib/api/file-response";
import { AppError } from "@/lib/errors/app-error";
import { getProject } from "@/lib/projects/data";
import type { ProjectAccess } from "@/lib/projects/types";
import { chooseStyle, citationScript, getClaimExportData, loadCitableSources } from "./data";
import { type ExportFile, type ExportRequest, exportClaimChain, exportSources } from "./export";
import { countUncached, type Progress } from "./formatting";
import { followsChicago, itemForStyle } from "./item-for-style";
import { enqueueJob } from "./jobs";
import { createCitationJob } from "./mutations";
import { type ExportQuery, SYNC_EXPORT_COLD_LIMIT } from "./schema";

// An export asked for by a member (the API, the download buttons) or run by a job: the same
// code, so that a job's file is exactly what the request would have answered.

export type ExportScope = { kind: "claim"; claimId: string } | { kind: "project"; sourceIds?: string[] };

export interface ExportParams {
  scope: ExportScope;
  format: ExportQuery["format"];
  output: ExportQuery["output"];
  style?: string;
  locale: ExportQuery["locale"];
}

interface PreparedExport {
  /** Entries that are not formatted yet (0 for the data formats, which are fast). */
  coldEntries: number;
  run: (onProgress?: Progress) => Promise<ExportFile>;
}

async function prepareExport(access: ProjectAccess, params: ExportParams): Promise<PreparedExport> {
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

export function fileResponse(file: {
  body: string | Uint8Array;
  contentType: string;
  fileName: string;
}): Response {
  return new Response(typeof file.body === "string" ? file.body : file.body.slice(), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": contentDisposition(file.fileName),
      "cache-control": "private, no-store",
    },
  });
}

export function jobAccepted(job: {
  id: string;
  kind: string;
  status: string;
  progress: number;
  total: number;
}): Response {
  const location = `/api/v1/citation-jobs/${job.id}`;
  return Response.json(
    { data: { job: { ...job, statusUrl: location, fileUrl: `${location}/file` } } },
    { status: 202, headers: { location } },
  );
}

/**
 * The answer to an export request: the file, at once, when it is quick (data formats, or few
 * entries to format); else a job, answered 202 with where to follow it.
 */
export async function exportResponse(
  access: ProjectAccess,
  params: ExportParams,
  forceJob: boolean,
): Promise<Response> {
  const prepared = await prepareExport(access, params);
  if (!forceJob && prepared.coldEntries <= SYNC_EXPORT_COLD_LIMIT) {
    return fileResponse(await prepared.run());
  }
  const job = await createCitationJob(access, {
    kind: "export",
    params: params as unknown as Record<string, unknown>,
    total: prepared.coldEntries,
  });
  await enqueueJob(job.id);
  return jobAccepted(job);
}

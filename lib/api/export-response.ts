import "server-only";
import { type ArgumentExportParams, prepareArgumentExport } from "@/lib/arguments/export-run";
import { type ExportParams, prepareExport } from "@/lib/citations/export-run";
import type { Progress } from "@/lib/citations/formatting";
import { enqueueJob } from "@/lib/citations/jobs";
import { createCitationJob } from "@/lib/citations/mutations";
import { SYNC_EXPORT_COLD_LIMIT } from "@/lib/citations/schema";
import type { ProjectAccess } from "@/lib/projects/types";
import { fileResponse } from "./file-response";

// The HTTP side of exports (of sources, of a claim's chain, of an argument): the file at once when
// it is quick, else a citation job, answered 202 with where to follow it.

/** 202 Accepted for a citation job, with its status and file addresses. */
export function citationJobAccepted(job: {
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
 * The file at once when there are few entries left to format (none for the data formats), unless
 * the member asked for a job; else a job that makes the same file.
 */
async function fileOrJob(
  access: ProjectAccess,
  prepared: {
    coldEntries: number;
    run: (onProgress?: Progress) => Promise<Parameters<typeof fileResponse>[0]>;
  },
  forceJob: boolean,
  job: { kind: "export" | "argument_export"; params: Record<string, unknown> },
): Promise<Response> {
  if (!forceJob && prepared.coldEntries <= SYNC_EXPORT_COLD_LIMIT) {
    return fileResponse(await prepared.run());
  }
  const created = await createCitationJob(access, { ...job, total: prepared.coldEntries });
  await enqueueJob(created.id);
  return citationJobAccepted(created);
}

/** The answer to an export of sources or of a claim's chain. */
export async function exportResponse(
  access: ProjectAccess,
  params: ExportParams,
  forceJob: boolean,
): Promise<Response> {
  return fileOrJob(access, await prepareExport(access, params), forceJob, {
    kind: "export",
    params: params as unknown as Record<string, unknown>,
  });
}

/** The answer to an argument's export (.docx, .odt, Markdown). */
export async function argumentExportResponse(
  access: ProjectAccess,
  params: ArgumentExportParams,
  forceJob: boolean,
): Promise<Response> {
  return fileOrJob(access, await prepareArgumentExport(access, params), forceJob, {
    kind: "argument_export",
    params,
  });
}

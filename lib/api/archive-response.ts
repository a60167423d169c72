import "server-only";
import { Readable } from "node:stream";
import type { ArchiveJobView } from "@/lib/archive/jobs";
import { contentDisposition } from "./file-response";

// The HTTP side of project archives: a job accepted, and an archive streamed from disk.

export function archiveJobAccepted(job: ArchiveJobView): Response {
  return Response.json({ data: { job } }, { status: 202, headers: { location: job.statusUrl } });
}

export function archiveFileResponse(file: { stream: Readable; size: number; fileName: string }): Response {
  return new Response(Readable.toWeb(file.stream) as ReadableStream, {
    headers: {
      "content-type": "application/zip",
      "content-length": String(file.size),
      "content-disposition": contentDisposition(file.fileName),
      "cache-control": "private, no-store",
    },
  });
}

import { archiveFileResponse } from "@/lib/api/archive-response";
import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { archiveFile } from "@/lib/archive/jobs";

export const GET = apiRoute(endpoints.getArchiveJobFile, async ({ user, params }) =>
  archiveFileResponse(await archiveFile(user.id, params.archiveJobId)),
);

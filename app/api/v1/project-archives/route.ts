import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { acceptRestoreUpload } from "@/lib/archive/jobs";

// Anyone signed in may restore an archive: it becomes a new project of theirs, as creating one does.
export const POST = apiRoute(endpoints.uploadProjectArchive, async ({ request, user, query }) =>
  acceptRestoreUpload(user.id, request, query.fileName ?? "archive.zip"),
);

import { archiveJobAccepted } from "@/lib/api/archive-response";
import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { startRestore } from "@/lib/archive/jobs";

// The restore the dry run described: a new project of which the asker is the owner.
export const POST = apiRoute(endpoints.restoreProjectArchive, async ({ user, params, body }) =>
  archiveJobAccepted(await startRestore(user.id, params.archiveJobId, body.name)),
);

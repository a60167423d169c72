import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { getArchiveJob, toArchiveJobView } from "@/lib/archive/jobs";

export const GET = apiRoute(endpoints.getArchiveJob, async ({ user, params }) =>
  toArchiveJobView(await getArchiveJob(user.id, params.archiveJobId)),
);

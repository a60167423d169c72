import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { acceptInvitation } from "@/lib/members/mutations";

export const POST = apiRoute(endpoints.acceptInvitation, ({ user, body }) =>
  acceptInvitation(user, body.token),
);

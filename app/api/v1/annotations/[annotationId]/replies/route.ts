import { requireAnnotationAccess } from "@/lib/annotations/access";
import { replyToAnnotation } from "@/lib/annotations/mutations";
import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";

export const POST = apiRoute(endpoints.replyToAnnotation, async ({ user, params, body }) =>
  replyToAnnotation(
    await requireAnnotationAccess(user.id, params.annotationId),
    params.annotationId,
    body.body,
  ),
);

import { requireAnnotationAccess } from "@/lib/annotations/access";
import { deleteAnnotation, updateAnnotation } from "@/lib/annotations/mutations";
import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";

export const PATCH = apiRoute(endpoints.updateAnnotation, async ({ user, params, body }) =>
  updateAnnotation(await requireAnnotationAccess(user.id, params.annotationId), params.annotationId, body),
);

export const DELETE = apiRoute(endpoints.deleteAnnotation, async ({ user, params }) =>
  deleteAnnotation(await requireAnnotationAccess(user.id, params.annotationId), params.annotationId),
);

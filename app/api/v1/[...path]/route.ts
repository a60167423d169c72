import { errorResponse } from "@/lib/api/route";
import { AppError } from "@/lib/errors/app-error";

// Any /api/v1 path no route matches answers in the API's error format, not with an HTML page.
function notFound(request: Request): Response {
  const { pathname } = new URL(request.url);
  return errorResponse(new AppError("NOT_FOUND", `No API endpoint ${request.method} ${pathname}.`));
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };

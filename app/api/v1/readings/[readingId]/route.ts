import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors/app-error";
import { findReadingProjectId, getReading } from "@/lib/observers/data";
import { deleteReading, updateReading } from "@/lib/observers/mutations";
import { requireAccessThrough } from "@/lib/projects/access";

const access = (userId: string, readingId: string) =>
  requireAccessThrough(userId, findReadingProjectId, readingId, "viewer", "Reading");

export const GET = apiRoute(endpoints.getReading, async ({ user, params }) => {
  const reading = await getReading(await access(user.id, params.readingId), params.readingId);
  if (!reading) throw new AppError("NOT_FOUND", "Reading not found.");
  return reading;
});

export const PATCH = apiRoute(endpoints.updateReading, async ({ user, params, body }) =>
  updateReading(await access(user.id, params.readingId), params.readingId, body),
);

export const DELETE = apiRoute(endpoints.deleteReading, async ({ user, params }) =>
  deleteReading(await access(user.id, params.readingId), params.readingId),
);

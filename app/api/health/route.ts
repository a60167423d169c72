import { checkHealth } from "@/lib/health";

// GET /api/health: 200 when the server and its database answer, 503 otherwise. Outside /api/v1
// and without sign-in: it says nothing about any project.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}

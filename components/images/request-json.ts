// The JSON API as the photo components call it: { data } on success, the server's own message
// (and field errors) on failure, and a plain sentence when the connection itself fails.

export type JsonResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; message: string; fieldErrors?: Record<string, string[]> };

/** The message of an API error response, or `fallback` when it has none. */
export async function errorMessage(response: Response, fallback: string): Promise<string> {
  const body = await response.json().catch(() => null);
  return body?.error?.message ?? fallback;
}

export async function requestJson<T>(
  url: string,
  options: { method?: "GET" | "POST" | "PATCH" | "DELETE"; body?: unknown },
  fallback: string,
): Promise<JsonResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? "GET",
      headers: options.body === undefined ? undefined : { "content-type": "application/json" },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    return { ok: false, status: 0, message: "The connection was lost: try again." };
  }
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return { ok: true, status: response.status, data: body?.data as T };
  return {
    ok: false,
    status: response.status,
    message: body?.error?.message ?? fallback,
    fieldErrors: body?.error?.fieldErrors,
  };
}

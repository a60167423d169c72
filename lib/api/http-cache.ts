// Conditional answers for bodies the server keeps encoded (a claim's chain is up to half a
// megabyte of JSON): a client that already has the body gets 304 and no body.
//
// Compression stays Next.js's: it drops a route's own Content-Encoding (send-response.js), so a
// body gzipped once and kept could not be sent as such.

/**
 * Whether an If-None-Match header names the entity tag: a list of tags, or `*`. Compared weakly
 * (W/ ignored), as RFC 9110 asks of GET.
 */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

export interface TaggedBody {
  /** The body as UTF-8 JSON. */
  json: Uint8Array<ArrayBuffer>;
  /** A weak entity tag of its content (weak: Next.js may gzip it on the way). */
  etag: string;
}

/**
 * The answer to a GET for a kept JSON body: 304 when the client has it, else the body. Members
 * revalidate every time (no-cache): the body changes when the project does.
 */
export function taggedJsonResponse(request: Request, body: TaggedBody): Response {
  // Vary as the 200 has it (Next.js may gzip that one), so that a cache stores the two alike.
  const headers = { etag: body.etag, "cache-control": "private, no-cache", vary: "Accept-Encoding" };
  if (etagMatches(request.headers.get("if-none-match"), body.etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body.json, { headers: { ...headers, "content-type": "application/json" } });
}

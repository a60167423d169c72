import "server-only";
import { createHash } from "node:crypto";
import type { EvidenceChain } from "@/lib/claims/types";
import { getCachedEvidenceChain } from "@/lib/evidence/chain-cache";
import type { ProjectAccess } from "@/lib/projects/types";
import { type TaggedBody, taggedJsonResponse } from "./http-cache";

// GET /claims/{id}/chain. A kept chain (lib/evidence/chain-cache.ts) is one frozen object, so its
// API body is serialized, encoded and hashed once: C1's is 450 KB, which took most of the time of
// serving it.
const bodies = new WeakMap<EvidenceChain, TaggedBody>();

/** The API's answer for a claim's chain, { data: { claimId, ...chain } }, as UTF-8 JSON with its entity tag. */
async function evidenceChainBody(access: ProjectAccess, claimId: string): Promise<TaggedBody> {
  const chain = await getCachedEvidenceChain(access, claimId);
  let body = bodies.get(chain);
  if (body === undefined) {
    const json = new TextEncoder().encode(JSON.stringify({ data: { claimId, ...chain } }));
    body = { json, etag: `W/"${createHash("sha256").update(json).digest("base64url").slice(0, 27)}"` };
    bodies.set(chain, body);
  }
  return body;
}

/** A claim's chain as kept, or 304 when the client has it already. */
export async function claimChainResponse(
  request: Request,
  access: ProjectAccess,
  claimId: string,
): Promise<Response> {
  return taggedJsonResponse(request, await evidenceChainBody(access, claimId));
}

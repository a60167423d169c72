import "server-only";
import { AppError } from "@/lib/errors/app-error";

/**
 * A request body that is a file (a .csl style ...), checked like a JSON body is: its content type
 * (415), its size (413) and that it is not empty (400).
 */
export async function readFileBody(
  request: Request,
  spec: { contentTypes: readonly string[]; maxBytes: number; description: string },
): Promise<string> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!spec.contentTypes.includes(type)) {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      `Send ${spec.description.toLowerCase()} as ${spec.contentTypes.join(", ")} (got ${type || "no content type"}).`,
    );
  }
  const tooLarge = () =>
    new AppError("PAYLOAD_TOO_LARGE", `The body is larger than ${spec.maxBytes / 1_000_000} MB.`);
  if (Number(request.headers.get("content-length") ?? 0) > spec.maxBytes) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > spec.maxBytes) throw tooLarge();
  if (!text.trim()) throw new AppError("INVALID_INPUT", `${spec.description} is empty.`, { file: ["Empty"] });
  return text;
}

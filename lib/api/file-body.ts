import "server-only";
import { AppError } from "@/lib/errors/app-error";

type FileSpec = { contentTypes: readonly string[]; maxBytes: number; description: string };

/**
 * A request body that is a file (an image ...), as it was sent, checked like a JSON body is: its
 * content type (415), its size (413) and that it is not empty (400).
 */
export async function readBinaryFileBody(request: Request, spec: FileSpec): Promise<Buffer> {
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
  const bytes = await readAtMost(request, spec.maxBytes, tooLarge);
  if (bytes.length === 0) throw empty(spec);
  return bytes;
}

/** The body, read until it passes `maxBytes` (a body sent without a length is not trusted to end). */
async function readAtMost(request: Request, maxBytes: number, tooLarge: () => AppError): Promise<Buffer> {
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

function empty(spec: FileSpec) {
  return new AppError("INVALID_INPUT", `${spec.description} is empty.`, { file: ["Empty"] });
}

/** A text file's body (a .csl style), decoded as UTF-8; a NUL character is refused with its line. */
export async function readFileBody(request: Request, spec: FileSpec): Promise<string> {
  const text = (await readBinaryFileBody(request, spec)).toString("utf8");
  if (!text.trim()) throw empty(spec);
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    const line = text.slice(0, nul).split("\n").length;
    throw new AppError(
      "INVALID_INPUT",
      `${spec.description} contains a NUL character (U+0000) on line ${line}, which text cannot hold.`,
      { file: [`NUL character on line ${line}`] },
    );
  }
  return text;
}

import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getFile } from "@/app/api/v1/images/[imageId]/file/route";
import { DELETE as deleteImage, PATCH as patchImage } from "@/app/api/v1/images/[imageId]/route";
import { GET as listImages, POST as upload } from "@/app/api/v1/sources/[sourceId]/images/route";
import { DELETE as deleteSource } from "@/app/api/v1/sources/[sourceId]/route";
import { prisma } from "@/lib/db/client";
import { requireProjectAccess } from "@/lib/projects/access";
import { searchProject } from "@/lib/search/data";
import { getSourceDependents } from "@/lib/sources/data";
import { callRoute, createProject, createUser, sessionCookie } from "./factories";

let editor: { id: string };
let projectId: string;
let sourceId: string;
let passageId: string;
let otherPassageId: string;

/** A photo as a phone takes it: landscape pixels, with EXIF saying "turn 90° to view". */
function photo(color: string, options: { width?: number; height?: number; orientation?: number } = {}) {
  const image = sharp({
    create: { width: options.width ?? 1200, height: options.height ?? 800, channels: 3, background: color },
  }).jpeg({ quality: 80 });
  return (options.orientation ? image.withMetadata({ orientation: options.orientation }) : image).toBuffer();
}

function uploadImage(
  bytes: Uint8Array | string,
  query: Record<string, string> = {},
  contentType = "image/jpeg",
) {
  const search = new URLSearchParams(query).toString();
  return callRoute(upload, `/api/v1/sources/${sourceId}/images${search ? `?${search}` : ""}`, {
    userId: editor.id,
    method: "POST",
    params: { sourceId },
    rawBody: bytes,
    headers: { "content-type": contentType },
  });
}

async function fetchFile(imageId: string, query = "", headers: Record<string, string> = {}) {
  const response = await getFile(
    new Request(`http://localhost/api/v1/images/${imageId}/file${query}`, {
      headers: { cookie: await sessionCookie(editor.id), ...headers },
    }),
    { params: Promise.resolve({ imageId }) },
  );
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  editor = await createUser("editor");
  projectId = (await createProject([{ userId: editor.id, role: "editor" }])).id;
  const source = await prisma.source.create({
    data: {
      projectId,
      kind: "dispatch",
      cslType: "manuscript",
      title: "Chilston to Halifax",
      archive: "TNA",
    },
  });
  sourceId = source.id;
  passageId = (
    await prisma.passage.create({ data: { projectId, sourceId, text: "The letter is…", folio: "14r" } })
  ).id;
  const other = await prisma.source.create({
    data: { projectId, kind: "book", cslType: "book", title: "Other" },
  });
  otherPassageId = (
    await prisma.passage.create({ data: { projectId, sourceId: other.id, text: "Elsewhere" } })
  ).id;
});

describe("uploading a photo of a source's page", () => {
  it("keeps the photo as sent, its size as shown (camera rotation), a WebP thumbnail, and the history", async () => {
    const bytes = await photo("#c8b88a", { orientation: 6 });
    const { status, body } = await uploadImage(bytes, {
      caption: "f. 14r",
      fileName: "C:\\Photos\\IMG_0412.JPG",
      passageId,
    });
    expect(status).toBe(201);
    expect(body.data).toMatchObject({
      sourceId,
      passageId,
      caption: "f. 14r",
      fileName: "IMG_0412.JPG",
      contentType: "image/jpeg",
      byteSize: bytes.length,
      // Stored 1200 × 800, shown turned: 800 wide, 1200 high.
      width: 800,
      height: 1200,
      position: 0,
      version: 1,
    });
    expect(body.data).not.toHaveProperty("data");

    const full = await fetchFile(body.data.id);
    expect(full.response.status).toBe(200);
    expect(full.response.headers.get("content-type")).toBe("image/jpeg");
    expect(full.response.headers.get("content-disposition")).toMatch(/^inline; filename="IMG_0412.JPG"/);
    expect(full.response.headers.get("cache-control")).toMatch(/^private/);
    expect(full.bytes.equals(bytes)).toBe(true);

    const thumbnail = await fetchFile(body.data.id, "?size=thumbnail");
    expect(thumbnail.response.headers.get("content-type")).toBe("image/webp");
    const meta = await sharp(thumbnail.bytes).metadata();
    expect(meta.format).toBe("webp");
    // The thumbnail is turned already, 480 wide at most.
    expect([meta.width, meta.height]).toEqual([480, 720]);

    const activity = await prisma.activity.findFirst({
      where: { projectId, entityType: "image", entityId: body.data.id },
    });
    expect(activity).toMatchObject({ action: "create", label: "f. 14r" });
  });

  it("answers 304 to a browser that has the image already", async () => {
    const { body } = await uploadImage(await photo("#112233"), { caption: "f. 15" });
    const first = await fetchFile(body.data.id);
    const etag = first.response.headers.get("etag")!;
    const again = await fetchFile(body.data.id, "", { "if-none-match": etag });
    expect(again.response.status).toBe(304);
    expect(again.bytes.length).toBe(0);
  });

  it("refuses the same photo twice for a source, naming the first, and writes nothing", async () => {
    const bytes = await photo("#445566");
    expect((await uploadImage(bytes, { caption: "f. 16" })).status).toBe(201);
    const count = await prisma.sourceImage.count({ where: { sourceId } });
    const { status, body } = await uploadImage(bytes, { caption: "again" });
    expect(status).toBe(409);
    expect(body.error.message).toBe('This photo is already attached to the source, as "f. 16".');
    expect(await prisma.sourceImage.count({ where: { sourceId } })).toBe(count);
  });

  it.each([
    [
      "a TIFF scan",
      () =>
        sharp({ create: { width: 20, height: 20, channels: 3, background: "#fff" } })
          .tiff()
          .toBuffer(),
      /TIFF scans cannot be shown in a browser: save it as JPEG, PNG or WebP first/,
    ],
    [
      "a GIF",
      () =>
        sharp({ create: { width: 20, height: 20, channels: 3, background: "#fff" } })
          .gif()
          .toBuffer(),
      /GIF images cannot be shown/,
    ],
    ["text sent as a JPEG", async () => Buffer.from("not a photo at all"), /could not be read as an image/],
    [
      "a JPEG cut short",
      async () => (await photo("#778899")).subarray(0, 400),
      /could not be read as an image/,
    ],
  ])("refuses %s with a message naming the problem, and writes nothing", async (_name, make, message) => {
    const count = await prisma.sourceImage.count({ where: { sourceId } });
    const { status, body } = await uploadImage(await make());
    expect([400, 415]).toContain(status);
    expect(body.error.message).toMatch(message);
    expect(await prisma.sourceImage.count({ where: { sourceId } })).toBe(count);
  });

  it("names what a file sent as plain bytes is, when it is not an image the browser shows", async () => {
    const tiff = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#fff" } })
      .tiff()
      .toBuffer();
    const { status, body } = await uploadImage(tiff, {}, "application/octet-stream");
    expect(status).toBe(415);
    expect(body.error.message).toMatch(/^TIFF scans cannot be shown in a browser/);
    const jpeg = await uploadImage(
      await photo("#5a6b7c"),
      { caption: "sent as bytes" },
      "application/octet-stream",
    );
    expect(jpeg.status).toBe(201);
    expect(jpeg.body.data.contentType).toBe("image/jpeg");
  });

  it("refuses a passage of another source", async () => {
    const { status, body } = await uploadImage(await photo("#abcdef"), { passageId: otherPassageId });
    expect(status).toBe(400);
    expect(body.error.fieldErrors.passageId).toEqual(["Choose a passage of this source"]);
  });
});

describe("a source's images", () => {
  it("are listed in upload order, page by page, with their number", async () => {
    const all = await prisma.sourceImage.findMany({ where: { sourceId }, orderBy: { position: "asc" } });
    expect(all.length).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const { status, body } = await callRoute(listImages, `/api/v1/sources/${sourceId}/images${query}`, {
        userId: editor.id,
        params: { sourceId },
      });
      expect(status).toBe(200);
      expect(body.total).toBe(all.length);
      seen.push(...body.data.map((image: { id: string }) => image.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((image) => image.id));
  });

  it("take a new caption, refuse a save over someone else's change, and are deleted", async () => {
    const { body: created } = await uploadImage(await photo("#fedcba"), { caption: "f. 17" });
    const id = created.data.id;
    const patch = (body: object) =>
      callRoute(patchImage, `/api/v1/images/${id}`, {
        userId: editor.id,
        method: "PATCH",
        params: { imageId: id },
        body,
      });
    const saved = await patch({ version: 1, caption: "f. 17v", passageId });
    expect(saved.status).toBe(200);
    expect(saved.body.data).toMatchObject({ caption: "f. 17v", passageId, version: 2 });
    const stale = await patch({ version: 1, caption: "lost?" });
    expect(stale.status).toBe(409);
    expect((await prisma.sourceImage.findUniqueOrThrow({ where: { id } })).caption).toBe("f. 17v");
    const unlinked = await patch({ version: 2, passageId: null });
    expect(unlinked.body.data.passageId).toBeNull();

    const removed = await callRoute(deleteImage, `/api/v1/images/${id}`, {
      userId: editor.id,
      method: "DELETE",
      params: { imageId: id },
    });
    expect(removed.status).toBe(204);
    expect(await prisma.sourceImage.findUnique({ where: { id } })).toBeNull();
    expect(
      await prisma.activity.count({ where: { entityType: "image", entityId: id, action: "delete" } }),
    ).toBe(1);
  });

  it("go with their source when it is deleted", async () => {
    const source = await prisma.source.create({
      data: { projectId, kind: "letter", cslType: "letter", title: "A letter", createdById: editor.id },
    });
    const response = await callRoute(upload, `/api/v1/sources/${source.id}/images`, {
      userId: editor.id,
      method: "POST",
      params: { sourceId: source.id },
      rawBody: await photo("#010203"),
      headers: { "content-type": "image/jpeg" },
    });
    expect(response.status).toBe(201);
    // The confirmation names what goes with the source, the photo among it.
    const access = await requireProjectAccess(editor.id, projectId, "viewer");
    expect((await getSourceDependents(access, source.id)).images).toBe(1);
    await callRoute(deleteSource, `/api/v1/sources/${source.id}`, {
      userId: editor.id,
      method: "DELETE",
      params: { sourceId: source.id },
    });
    expect(await prisma.sourceImage.count({ where: { sourceId: source.id } })).toBe(0);
    expect(await prisma.$queryRaw`SELECT 1 FROM "SearchEntry" WHERE "sourceId" = ${source.id}`).toEqual([]);
  });
});

describe("photos found by search", () => {
  const search = async (q: string, kind?: "image" | "passage") => {
    const access = await requireProjectAccess(editor.id, projectId, "viewer");
    return searchProject(access, { q, limit: 25, ...(kind ? { kind } : {}) });
  };
  const imageHits = async (q: string) => (await search(q)).data.filter((hit) => hit.kind === "image");

  it("by a word of the caption or the file name, linking to the photo on its source's page", async () => {
    const { body } = await uploadImage(await photo("#5a4a3a"), {
      caption: "Collier's minute on the Pravda letter",
      fileName: "TNA_FO371_22286_f112.jpg",
      passageId,
    });
    const id = body.data.id;
    const [hit] = await imageHits("minute");
    expect(hit).toMatchObject({
      id,
      sourceId,
      passageId,
      url: `/projects/${projectId}/sources/${sourceId}#image-${id}`,
    });
    expect(hit!.title.text).toBe("Collier's minute on the Pravda letter");
    // Where it stands: its source, and the folio of the passage it shows.
    expect(hit!.context!.text).toContain("Chilston to Halifax");
    expect(hit!.context!.text).toContain("fol. 14r");
    // Found by its file name, which the hit shows, marked.
    const [byFile] = await imageHits("FO371");
    expect(byFile!.id).toBe(id);
    expect(byFile!.snippet.text).toBe("TNA_FO371_22286_f112.jpg");
    expect(byFile!.snippet.highlights.length).toBeGreaterThan(0);
    // "letter" is in the photo's caption and in the passage's text: narrowed, only the photo.
    expect((await search("letter")).data.map((found) => found.kind).sort()).toEqual(["image", "passage"]);
    const narrowed = await search("letter", "image");
    expect(narrowed.data.map((found) => found.kind)).toEqual(["image"]);
    // No longer on the passage once unlinked from it.
    await callRoute(patchImage, `/api/v1/images/${id}`, {
      userId: editor.id,
      method: "PATCH",
      params: { imageId: id },
      body: { version: 1, passageId: null },
    });
    expect((await imageHits("minute"))[0]).toMatchObject({ id, passageId: null });
    // Nor found by a member of another project.
    const outsider = await createUser("outsider");
    const elsewhere = await createProject([{ userId: outsider.id, role: "owner" }]);
    const access = await requireProjectAccess(outsider.id, elsewhere.id, "viewer");
    expect((await searchProject(access, { q: "minute", limit: 25 })).data).toEqual([]);
  });

  it("as the caption now reads, and no more once deleted", async () => {
    const { body } = await uploadImage(await photo("#3a4a5a"), { caption: "Dispatch, first page" });
    const id = body.data.id;
    expect((await imageHits("dispatch")).map((hit) => hit.id)).toContain(id);
    const renamed = await callRoute(patchImage, `/api/v1/images/${id}`, {
      userId: editor.id,
      method: "PATCH",
      params: { imageId: id },
      body: { version: 1, caption: "Enclosure, second page" },
    });
    expect(renamed.status).toBe(200);
    expect((await imageHits("dispatch")).map((hit) => hit.id)).not.toContain(id);
    expect((await imageHits("enclosure")).map((hit) => hit.id)).toEqual([id]);
    await callRoute(deleteImage, `/api/v1/images/${id}`, {
      userId: editor.id,
      method: "DELETE",
      params: { imageId: id },
    });
    expect(await imageHits("enclosure")).toEqual([]);
    expect(await prisma.$queryRaw`SELECT 1 FROM "SearchEntry" WHERE "entityId" = ${id}`).toEqual([]);
  });
});

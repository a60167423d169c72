import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getChain } from "@/app/api/v1/claims/[claimId]/chain/route";
import { GET as exportClaim } from "@/app/api/v1/claims/[claimId]/export/route";
import { POST as createRegion, GET as listRegions } from "@/app/api/v1/images/[imageId]/regions/route";
import { DELETE as deleteImage, PATCH as patchImage } from "@/app/api/v1/images/[imageId]/route";
import { POST as startTranscription } from "@/app/api/v1/images/[imageId]/transcriptions/route";
import { GET as getOcrJob } from "@/app/api/v1/ocr-jobs/[ocrJobId]/route";
import { DELETE as deleteRegion, PATCH as patchRegion } from "@/app/api/v1/regions/[regionId]/route";
import { POST as upload } from "@/app/api/v1/sources/[sourceId]/images/route";
import { POST as createPassage } from "@/app/api/v1/sources/[sourceId]/passages/route";
import { prisma } from "@/lib/db/client";
import { stopQueues } from "@/lib/jobs/queue";
import { closeOcr } from "@/lib/ocr/recognize";
import { requireProjectAccess } from "@/lib/projects/access";
import { scanPlacesOfPassages } from "@/lib/regions/data";
import { callRoute, createProject, createUser } from "./factories";

// Regions drawn on photos through the route handlers, against a real PostgreSQL, and OCR run by
// the real queue in tesseract's worker threads on images these tests render.

let owner: { id: string };
let contributor: { id: string };
let viewer: { id: string };
let projectId: string;
let sourceId: string;
let otherSourceId: string;

afterAll(async () => {
  await stopQueues();
  await closeOcr();
});

/** A page of a given colour, or with lines of text, as a photo of it would be (JPEG). */
async function page(options: { color?: string; width?: number; height?: number; lines?: string[] } = {}) {
  const width = options.width ?? 1000;
  const height = options.height ?? 700;
  const lines = (options.lines ?? [])
    .map(
      (line, index) =>
        `<text x="40" y="${90 + index * 80}" font-family="DejaVu Serif, serif" font-size="44" fill="#111">${line}</text>`,
    )
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${options.color ?? "#fdfbf4"}"/>${lines}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}

async function uploadPhoto(bytes: Buffer, source = sourceId, userId = owner.id) {
  const response = await callRoute(upload, `/api/v1/sources/${source}/images?fileName=page.jpg`, {
    userId,
    method: "POST",
    params: { sourceId: source },
    rawBody: bytes,
    headers: { "content-type": "image/jpeg" },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.data as { id: string; version: number; width: number; height: number };
}

const draw = (imageId: string, body: unknown, userId = owner.id) =>
  callRoute(createRegion, `/api/v1/images/${imageId}/regions`, {
    userId,
    method: "POST",
    params: { imageId },
    body,
  });
const patch = (regionId: string, body: unknown, userId = owner.id) =>
  callRoute(patchRegion, `/api/v1/regions/${regionId}`, {
    userId,
    method: "PATCH",
    params: { regionId },
    body,
  });
const regionsOf = (imageId: string, userId = owner.id) =>
  callRoute(listRegions, `/api/v1/images/${imageId}/regions`, { userId, params: { imageId } });

beforeAll(async () => {
  owner = await createUser("owner");
  contributor = await createUser("contributor");
  viewer = await createUser("viewer");
  projectId = (
    await createProject([
      { userId: owner.id, role: "owner" },
      { userId: contributor.id, role: "contributor" },
      { userId: viewer.id, role: "viewer" },
    ])
  ).id;
  const source = (title: string) =>
    prisma.source.create({
      data: { projectId, kind: "minute", cslType: "manuscript", title, language: "en" },
    });
  sourceId = (await source("[Minute on the Moscow dispatch]")).id;
  otherSourceId = (await source("[Another file]")).id;
});

describe("regions on a photo", () => {
  it("are drawn in the photo's pixels, numbered in order, listed with the passage they show", async () => {
    const image = await uploadPhoto(await page({ color: "#f4efe1" }));
    const first = await draw(image.id, { x: 40, y: 60, width: 500, height: 80 });
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({
      number: 1,
      x: 40,
      y: 60,
      width: 500,
      height: 80,
      passageId: null,
    });
    const second = await draw(image.id, { x: 40, y: 160, width: 500, height: 80 });
    expect(second.body.data.number).toBe(2);
    // Deleting the first does not renumber the second: "region 2" stays region 2.
    expect(
      (
        await callRoute(deleteRegion, `/api/v1/regions/${first.body.data.id}`, {
          userId: owner.id,
          method: "DELETE",
          params: { regionId: first.body.data.id },
        })
      ).status,
    ).toBe(204);
    const third = await draw(image.id, { x: 40, y: 260, width: 500, height: 80 });
    expect(third.body.data.number).toBe(3);
    const list = await regionsOf(image.id, viewer.id);
    expect(list.status).toBe(200);
    expect(list.body.data.map((region: { number: number }) => region.number)).toEqual([2, 3]);
  });

  it("a region outside the photo, of zero size or in fractions is refused with the reason, and nothing is written", async () => {
    const image = await uploadPhoto(await page({ color: "#f3eee0", width: 600, height: 400 }));
    const outside = await draw(image.id, { x: 500, y: 10, width: 200, height: 50 });
    expect(outside.status).toBe(400);
    expect(outside.body.error.message).toBe(
      "The region runs past the right edge of the photo (600 pixels wide).",
    );
    const below = await draw(image.id, { x: 10, y: 390, width: 50, height: 20 });
    expect(below.body.error.message).toBe("The region runs past the bottom of the photo (400 pixels high).");
    const empty = await draw(image.id, { x: 10, y: 10, width: 0, height: 20 });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fieldErrors.width[0]).toBe("A region needs a width of at least one pixel");
    const negative = await draw(image.id, { x: -1, y: 10, width: 10, height: 20 });
    expect(negative.body.error.fieldErrors.x[0]).toBe("x cannot be negative");
    const fraction = await draw(image.id, { x: 1.5, y: 10, width: 10, height: 20 });
    expect(fraction.body.error.fieldErrors.x[0]).toBe("x is a whole number of pixels");
    expect(await prisma.imageRegion.count({ where: { imageId: image.id } })).toBe(0);
    // The numbers refused ones would have taken are not lost either.
    expect((await draw(image.id, { x: 0, y: 0, width: 600, height: 400 })).body.data.number).toBe(1);
  });

  it("moves and resizes with its version; a stale move is a conflict; a move off the photo is refused", async () => {
    const image = await uploadPhoto(await page({ color: "#f2ede0" }));
    const { body } = await draw(image.id, { x: 100, y: 100, width: 200, height: 50 });
    const moved = await patch(body.data.id, { version: 1, x: 110, height: 60 });
    expect(moved.status).toBe(200);
    expect(moved.body.data).toMatchObject({ x: 110, y: 100, width: 200, height: 60, version: 2 });
    expect((await patch(body.data.id, { version: 1, x: 120 })).status).toBe(409);
    const off = await patch(body.data.id, { version: 2, x: 900 });
    expect(off.status).toBe(400);
    expect(await prisma.imageRegion.findUniqueOrThrow({ where: { id: body.data.id } })).toMatchObject({
      x: 110,
    });
  });

  it("viewers read regions; contributors draw their own and cannot move another's", async () => {
    const image = await uploadPhoto(await page({ color: "#f1ecdf" }));
    const owners = await draw(image.id, { x: 10, y: 10, width: 100, height: 40 });
    expect((await draw(image.id, { x: 10, y: 10, width: 100, height: 40 }, viewer.id)).status).toBe(403);
    const mine = await draw(image.id, { x: 10, y: 100, width: 100, height: 40 }, contributor.id);
    expect(mine.status).toBe(201);
    expect((await patch(mine.body.data.id, { version: 1, x: 20 }, contributor.id)).status).toBe(200);
    expect((await patch(owners.body.data.id, { version: 1, x: 20 }, contributor.id)).status).toBe(403);
    expect((await patch(owners.body.data.id, { version: 1, x: 20 }, viewer.id)).status).toBe(403);
    const stranger = await createUser("stranger");
    expect((await regionsOf(image.id, stranger.id)).status).toBe(404);
  });

  it("turning the photo keeps every region on its text: the coordinates are the original's", async () => {
    const image = await uploadPhoto(await page({ color: "#f0ebde" }));
    const { body } = await draw(image.id, { x: 40, y: 500, width: 300, height: 60 });
    const turned = await callRoute(patchImage, `/api/v1/images/${image.id}`, {
      userId: owner.id,
      method: "PATCH",
      params: { imageId: image.id },
      body: { version: image.version, rotation: 90 },
    });
    expect(turned.status).toBe(200);
    expect(turned.body.data.rotation).toBe(90);
    expect((await regionsOf(image.id)).body.data[0]).toMatchObject({
      id: body.data.id,
      x: 40,
      y: 500,
      width: 300,
      height: 60,
    });
    const bad = await callRoute(patchImage, `/api/v1/images/${image.id}`, {
      userId: owner.id,
      method: "PATCH",
      params: { imageId: image.id },
      body: { version: turned.body.data.version, rotation: 45 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fieldErrors.rotation[0]).toBe("rotation is 0, 90, 180 or 270 (degrees, clockwise)");
    // The same photo uploaded again is the same image, its regions where they were.
    const again = await callRoute(upload, `/api/v1/sources/${sourceId}/images?fileName=again.jpg`, {
      userId: owner.id,
      method: "POST",
      params: { sourceId },
      rawBody: await page({ color: "#f0ebde" }),
      headers: { "content-type": "image/jpeg" },
    });
    expect(again.status).toBe(409);
    expect((await regionsOf(image.id)).body.data).toHaveLength(1);
  });

  it("a passage over two photos: transcribed from two regions, in order, each named photo and region", async () => {
    const pageOne = await uploadPhoto(await page({ color: "#efeadd" }));
    const pageTwo = await uploadPhoto(await page({ color: "#eee9dc" }));
    const end = (await draw(pageOne.id, { x: 40, y: 600, width: 900, height: 80 })).body.data;
    const start = (await draw(pageTwo.id, { x: 40, y: 20, width: 900, height: 80 })).body.data;
    const elsewhere = await uploadPhoto(await page({ color: "#ede8db" }), otherSourceId);
    const foreign = (await draw(elsewhere.id, { x: 1, y: 1, width: 10, height: 10 })).body.data;

    const refused = await callRoute(createPassage, `/api/v1/sources/${sourceId}/passages`, {
      userId: owner.id,
      method: "POST",
      params: { sourceId },
      body: { text: "Across the page break", regionIds: [end.id, foreign.id] },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe("A region given is not on a photo of this source.");
    expect(await prisma.passage.count({ where: { sourceId, text: "Across the page break" } })).toBe(0);

    const created = await callRoute(createPassage, `/api/v1/sources/${sourceId}/passages`, {
      userId: owner.id,
      method: "POST",
      params: { sourceId },
      body: { text: "Across the page break", folio: "14–15", regionIds: [end.id, start.id] },
    });
    expect(created.status).toBe(201);
    const access = await requireProjectAccess(owner.id, projectId, "viewer");
    const places = (await scanPlacesOfPassages(access, [created.body.data.id])).get(created.body.data.id)!;
    const photoNumbers = await prisma.sourceImage.findMany({
      where: { sourceId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const numberOf = (id: string) => photoNumbers.findIndex((photo) => photo.id === id) + 1;
    expect(
      places.map((place) => [place.imageId, place.photoNumber, place.regionNumber, place.fragment]),
    ).toEqual([
      [pageOne.id, numberOf(pageOne.id), end.number, "xywh=40,600,900,80"],
      [pageTwo.id, numberOf(pageTwo.id), start.number, "xywh=40,20,900,80"],
    ]);
    // The chain shows where the quote stands, and a note can say it.
    const claim = await prisma.claim.create({
      data: { projectId, number: 1, statement: "The minute runs over a page break." },
    });
    await prisma.evidence.create({
      data: { projectId, claimId: claim.id, passageId: created.body.data.id, stance: "supports" },
    });
    const chain = await callRoute(getChain, `/api/v1/claims/${claim.id}/chain`, {
      userId: viewer.id,
      params: { claimId: claim.id },
    });
    expect(chain.body.data.evidence[0].target.passage.scans).toMatchObject([
      { imageId: pageOne.id, regionNumber: end.number, fragment: "xywh=40,600,900,80", rotation: 0 },
      { imageId: pageTwo.id, regionNumber: start.number, fragment: "xywh=40,20,900,80" },
    ]);
    const notes = await callRoute(exportClaim, `/api/v1/claims/${claim.id}/export?format=notes&output=text`, {
      userId: viewer.id,
      params: { claimId: claim.id },
    });
    expect(notes.body).toContain(
      `fols. 14–15 (photo ${numberOf(pageOne.id)}, region ${end.number}; photo ${numberOf(pageTwo.id)}, region ${start.number}).`,
    );
    const csl = await callRoute(exportClaim, `/api/v1/claims/${claim.id}/export?format=csl-json`, {
      userId: viewer.id,
      params: { claimId: claim.id },
    });
    expect(csl.body[0]["apparatus-scans"]).toEqual([
      `fol. 14–15: photo ${numberOf(pageOne.id)}, region ${end.number}; photo ${numberOf(pageTwo.id)}, region ${start.number}`,
    ]);
    // A region deleted leaves its passage; the photo deleted takes its regions.
    await callRoute(deleteImage, `/api/v1/images/${pageTwo.id}`, {
      userId: owner.id,
      method: "DELETE",
      params: { imageId: pageTwo.id },
    });
    const left = (await scanPlacesOfPassages(access, [created.body.data.id])).get(created.body.data.id)!;
    expect(left.map((place) => place.regionId)).toEqual([end.id]);
  });
});

describe("transcription by OCR", () => {
  async function follow(jobId: string) {
    for (let tries = 0; tries < 240; tries++) {
      const { body } = await callRoute(getOcrJob, `/api/v1/ocr-jobs/${jobId}`, {
        userId: owner.id,
        params: { ocrJobId: jobId },
      });
      if (body.data.status === "done" || body.data.status === "failed") return body.data;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error("The OCR job did not finish in a minute.");
  }

  const transcribe = (imageId: string, body: unknown, userId = owner.id) =>
    callRoute(startTranscription, `/api/v1/images/${imageId}/transcriptions`, {
      userId,
      method: "POST",
      params: { imageId },
      body,
    });

  it("reads a region in a worker, writes the text on the job and on the region, line by line with boxes", async () => {
    const image = await uploadPhoto(
      await page({
        lines: ["The victory of socialism", "cannot be considered final", "Moscow, February 1938"],
      }),
    );
    // The first two lines only.
    const region = (await draw(image.id, { x: 20, y: 30, width: 900, height: 150 })).body.data;
    const started = await transcribe(image.id, { regionId: region.id });
    expect(started.status).toBe(201);
    expect(started.body.data).toMatchObject({ status: "queued", language: "en", regionId: region.id });
    const job = await follow(started.body.data.id);
    expect(job.status, job.error).toBe("done");
    const words = job.text.toLowerCase();
    for (const word of ["victory", "socialism", "considered", "final"]) expect(words).toContain(word);
    expect(words).not.toContain("moscow");
    expect(job.lines.length).toBeGreaterThanOrEqual(2);
    for (const line of job.lines) {
      expect(line.bbox.x0).toBeGreaterThanOrEqual(20);
      expect(line.bbox.y1).toBeLessThanOrEqual(30 + 150 + 2);
    }
    const stored = await prisma.imageRegion.findUniqueOrThrow({ where: { id: region.id } });
    expect(stored.ocrText).toBe(job.text);
  });

  it("reads Russian in the source's language", async () => {
    const russian = await prisma.source.create({
      data: {
        projectId,
        kind: "newspaper_article",
        cslType: "article-newspaper",
        title: "Ответ",
        language: "ru",
      },
    });
    const image = await uploadPhoto(
      await page({ width: 1400, lines: ["Победа социализма в нашей стране"] }),
      russian.id,
    );
    const started = await transcribe(image.id, {});
    expect(started.body.data.language).toBe("ru");
    const job = await follow(started.body.data.id);
    expect(job.status, job.error).toBe("done");
    for (const word of ["победа", "социализма", "стране"]) expect(job.text.toLowerCase()).toContain(word);
  });

  it("a page that takes longer than the time limit fails with the reason, and the next one is read", async () => {
    const image = await uploadPhoto(await page({ lines: ["A page read too slowly"] }));
    process.env.OCR_PAGE_SECONDS = "0.001";
    try {
      const slow = await follow((await transcribe(image.id, {})).body.data.id);
      expect(slow.status).toBe("failed");
      expect(slow.error).toBe(
        "Reading this photo took over 0 seconds and was stopped: try a region of it, or type the text.",
      );
    } finally {
      delete process.env.OCR_PAGE_SECONDS;
    }
    const next = await follow((await transcribe(image.id, {})).body.data.id);
    expect(next.status, next.error).toBe("done");
    expect(next.text.toLowerCase()).toContain("slowly");
  });

  it("bad requests are refused with the reason and queue nothing", async () => {
    const image = await uploadPhoto(await page({ color: "#ece7da" }));
    const before = await prisma.ocrJob.count({ where: { projectId } });
    const polish = await transcribe(image.id, { language: "pl" });
    expect(polish.status).toBe(400);
    expect(polish.body.error.message).toMatch(/^No OCR data for Polish: type the text, or install /);
    const misspelt = await transcribe(image.id, { lang: "ru" });
    expect(misspelt.status).toBe(400);
    expect(JSON.stringify(misspelt.body.error)).toContain("lang");
    const otherImage = await uploadPhoto(await page({ color: "#ebe6d9" }));
    const notHere = (await draw(otherImage.id, { x: 1, y: 1, width: 10, height: 10 })).body.data;
    const wrongRegion = await transcribe(image.id, { regionId: notHere.id });
    expect(wrongRegion.status).toBe(400);
    expect(wrongRegion.body.error.message).toBe("That region is not on this photo.");
    expect((await transcribe(image.id, {}, viewer.id)).status).toBe(403);
    await callRoute(deleteImage, `/api/v1/images/${image.id}`, {
      userId: owner.id,
      method: "DELETE",
      params: { imageId: image.id },
    });
    const deleted = await transcribe(image.id, {});
    expect(deleted.status).toBe(404);
    expect(deleted.body.error.message).toBe("Image not found.");
    expect(await prisma.ocrJob.count({ where: { projectId } })).toBe(before);
  });
});

import sharp from "sharp";
import { prisma } from "@/lib/db/client";
import type { ProjectRole } from "@/lib/db/generated/enums";
import { createProject, createUser, unique } from "./factories";

/** A project with one of everything (source, passage, relation, claims, evidence), for API tests. */
export async function createPopulatedProject(members: { userId: string; role: ProjectRole }[]) {
  const project = await createProject(members);
  const projectId = project.id;
  // Everything is added by the first member, so that other contributors' rights can be tested.
  const createdById = members[0]?.userId;
  const origin = await prisma.source.create({
    data: {
      projectId,
      createdById,
      kind: "newspaper_article",
      cslType: "article-newspaper",
      title: unique("Origin"),
      containerTitle: "Pravda",
    },
  });
  const report = await prisma.source.create({
    data: {
      projectId,
      createdById,
      kind: "newspaper_article",
      cslType: "article-newspaper",
      title: unique("Report"),
      containerTitle: "The Times",
    },
  });
  const relation = await prisma.sourceRelation.create({
    data: { projectId, createdById, fromSourceId: report.id, toSourceId: origin.id, type: "reports" },
  });
  const passage = await prisma.passage.create({
    data: { projectId, createdById, sourceId: origin.id, text: "Победа социализма", language: "ru" },
  });
  const claim = await prisma.claim.create({
    data: { projectId, createdById, number: 1, statement: unique("Claim") },
  });
  const other = await prisma.claim.create({
    data: { projectId, createdById, number: 2, statement: unique("Other claim") },
  });
  const evidence = await prisma.evidence.create({
    data: {
      projectId,
      createdById,
      claimId: claim.id,
      passageId: passage.id,
      stance: "supports",
      confidence: 4,
    },
  });
  // A second member, whose membership the member endpoints can act on, and a pending invitation.
  const colleague = await createUser("colleague");
  const membership = await prisma.membership.create({
    data: { projectId, userId: colleague.id, role: "viewer" },
  });
  const invitation = await prisma.invitation.create({
    data: {
      projectId,
      role: "viewer",
      tokenHash: unique("hash"),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  const annotation = await prisma.annotation.create({
    data: {
      projectId,
      authorId: createdById,
      visibility: "shared",
      body: "A shared note",
      claimId: claim.id,
    },
  });
  // An observer's reading of the origin, documented by the report, with a question and its answer.
  const observer = await prisma.observer.create({
    data: { projectId, createdById, name: unique("The Times"), kind: "newspaper" },
  });
  const reading = await prisma.reading.create({
    data: {
      projectId,
      createdById,
      observerId: observer.id,
      sourceId: origin.id,
      documentingSourceId: report.id,
      summary: "The victory is not final.",
      phrases: { create: [{ text: "Победа социализма", passageId: passage.id }] },
    },
  });
  const question = await prisma.comparisonQuestion.create({
    data: { projectId, createdById, sourceId: origin.id, text: "Is the posture defensive?" },
  });
  const answer = await prisma.comparisonAnswer.create({
    data: {
      createdById,
      questionId: question.id,
      observerId: observer.id,
      readingId: reading.id,
      value: "no",
      citedSourceId: report.id,
    },
  });
  // A citation style uploaded to the project, and a finished export job with its file.
  const style = await prisma.citationStyle.create({
    data: { projectId, name: unique("style"), title: "A style", xml: "<style/>", uploadedById: createdById },
  });
  const job = await prisma.citationJob.create({
    data: {
      projectId,
      userId: createdById,
      kind: "export",
      status: "done",
      output: "[]\n",
      contentType: "application/vnd.citationstyles.csl+json; charset=utf-8",
      fileName: "sources.json",
      finishedAt: new Date(),
    },
  });
  // A photo of the origin's page, showing its passage.
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#d8c9a8" } })
    .jpeg()
    .toBuffer();
  const image = await prisma.sourceImage.create({
    data: {
      projectId,
      createdById,
      sourceId: origin.id,
      passageId: passage.id,
      caption: "p. 1",
      fileName: "pravda-p1.jpg",
      contentType: "image/jpeg",
      byteSize: photo.length,
      width: 64,
      height: 48,
      sha256: unique("sha"),
      data: new Uint8Array(photo),
      thumbnail: new Uint8Array(await sharp(photo).webp().toBuffer()),
    },
  });
  // A region of the photo, the passage's words, and a finished OCR job of it.
  const region = await prisma.imageRegion.create({
    data: {
      projectId,
      createdById,
      imageId: image.id,
      number: 1,
      x: 8,
      y: 8,
      width: 40,
      height: 16,
      passageId: passage.id,
    },
  });
  await prisma.sourceImage.update({ where: { id: image.id }, data: { nextRegionNumber: 2 } });
  const ocrJob = await prisma.ocrJob.create({
    data: {
      projectId,
      userId: createdById,
      imageId: image.id,
      regionId: region.id,
      language: "ru",
      status: "done",
      progress: 100,
      text: "Ответ",
      lines: [],
      finishedAt: new Date(),
    },
  });
  // An argument whose one point makes the claim.
  const argument = await prisma.argument.create({
    data: { projectId, createdById, title: unique("Argument") },
  });
  const point = await prisma.argumentPoint.create({
    data: {
      projectId,
      createdById,
      argumentId: argument.id,
      kind: "claim",
      position: 0,
      claimId: claim.id,
      text: "The claim, argued.",
    },
  });
  return {
    project,
    ids: {
      argumentId: argument.id,
      pointId: point.id,
      imageId: image.id,
      regionId: region.id,
      ocrJobId: ocrJob.id,
      styleId: style.id,
      jobId: job.id,
      observerId: observer.id,
      readingId: reading.id,
      questionId: question.id,
      answerId: answer.id,
      annotationId: annotation.id,
      membershipId: membership.id,
      invitationId: invitation.id,
      projectId,
      sourceId: origin.id,
      reportId: report.id,
      relationId: relation.id,
      passageId: passage.id,
      claimId: claim.id,
      otherClaimId: other.id,
      evidenceId: evidence.id,
    },
  };
}

export async function createUsers() {
  return { owner: await createUser("owner"), stranger: await createUser("stranger") };
}

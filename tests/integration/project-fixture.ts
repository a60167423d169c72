import { prisma } from "@/lib/db/client";
import type { ProjectRole } from "@/lib/db/generated/enums";
import { createProject, createUser, unique } from "./factories";

/** A project with one of everything (source, passage, relation, claims, evidence), for API tests. */
export async function createPopulatedProject(members: { userId: string; role: ProjectRole }[]) {
  const project = await createProject(members);
  const projectId = project.id;
  const origin = await prisma.source.create({
    data: {
      projectId,
      kind: "newspaper_article",
      cslType: "article-newspaper",
      title: unique("Origin"),
      containerTitle: "Pravda",
    },
  });
  const report = await prisma.source.create({
    data: {
      projectId,
      kind: "newspaper_article",
      cslType: "article-newspaper",
      title: unique("Report"),
      containerTitle: "The Times",
    },
  });
  const relation = await prisma.sourceRelation.create({
    data: { projectId, fromSourceId: report.id, toSourceId: origin.id, type: "reports" },
  });
  const passage = await prisma.passage.create({
    data: { projectId, sourceId: origin.id, text: "Победа социализма", language: "ru" },
  });
  const claim = await prisma.claim.create({ data: { projectId, number: 1, statement: unique("Claim") } });
  const other = await prisma.claim.create({
    data: { projectId, number: 2, statement: unique("Other claim") },
  });
  const evidence = await prisma.evidence.create({
    data: { projectId, claimId: claim.id, passageId: passage.id, stance: "supports", confidence: 4 },
  });
  return {
    project,
    ids: {
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

import { expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db/client";
import { DEMO_PROJECT_ID, DEMO_USER_EMAIL, DEMO_USER_PASSWORD, seedDemo } from "@/prisma/seed";

async function counts() {
  const where = { projectId: DEMO_PROJECT_ID };
  return {
    sources: await prisma.source.count({ where }),
    relations: await prisma.sourceRelation.count({ where }),
    passages: await prisma.passage.count({ where }),
    claims: await prisma.claim.count({ where }),
    evidence: await prisma.evidence.count({ where }),
    observers: await prisma.observer.count({ where }),
    readings: await prisma.reading.count({ where }),
    users: await prisma.user.count({ where: { email: DEMO_USER_EMAIL } }),
  };
}

it("seeds the demo case once, and a second run changes nothing", async () => {
  await seedDemo(prisma);
  const first = await counts();
  expect(first.claims).toBe(5);
  expect(first.users).toBe(1);
  await prisma.claim.update({
    where: { id: "demo-claim-1" },
    data: { statement: "Edited by the historian" },
  });
  await seedDemo(prisma);
  expect(await counts()).toEqual(first);
  // A user's edit survives the re-seed.
  expect((await prisma.claim.findUniqueOrThrow({ where: { id: "demo-claim-1" } })).statement).toBe(
    "Edited by the historian",
  );
});

it("signs the demo historian in as the owner of the demo project", async () => {
  await seedDemo(prisma);
  const user = await prisma.user.findUniqueOrThrow({
    where: { email: DEMO_USER_EMAIL },
    include: { memberships: true },
  });
  expect(await verifyPassword(DEMO_USER_PASSWORD, user.passwordHash!)).toBe(true);
  expect(user.memberships).toEqual([expect.objectContaining({ projectId: DEMO_PROJECT_ID, role: "owner" })]);
});

it("claim 5 rests on the Pravda text, its French version and The Times' report, all derived from Pravda", async () => {
  await seedDemo(prisma);
  const claim = await prisma.claim.findUniqueOrThrow({
    where: { projectId_number: { projectId: DEMO_PROJECT_ID, number: 5 } },
    include: {
      evidence: { include: { passage: { include: { source: { include: { derivedFrom: true } } } } } },
    },
  });
  const sources = claim.evidence.map((item) => item.passage?.source);
  expect(claim.evidence.every((item) => item.stance === "supports")).toBe(true);
  expect(sources.map((source) => source?.containerTitle).sort()).toEqual([
    "Le Journal de Moscou",
    "Pravda",
    "The Times",
  ]);
  const pravda = sources.find((source) => source?.containerTitle === "Pravda")!;
  for (const source of sources) {
    if (source === pravda) expect(source?.derivedFrom).toEqual([]);
    else expect(source?.derivedFrom.map((relation) => relation.toSourceId)).toEqual([pravda.id]);
  }
});

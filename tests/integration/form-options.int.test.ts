import { expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getReadingFormOptions } from "@/lib/observers/data";
import { requireProjectAccess } from "@/lib/projects/access";
import { createProject, createUser } from "./factories";

it("the reading form offers the source it is about even beyond the first 2,000 titles", async () => {
  const owner = await createUser("options-owner");
  const project = await createProject([{ userId: owner.id, role: "owner" }]);
  await prisma.source.createMany({
    data: Array.from({ length: 2001 }, (_, index) => ({
      projectId: project.id,
      kind: "book" as const,
      cslType: "book",
      title: `A ${String(index).padStart(4, "0")}`,
    })),
  });
  const last = await prisma.source.create({
    data: { projectId: project.id, kind: "letter", cslType: "letter", title: "Zinoviev letter" },
  });
  const access = await requireProjectAccess(owner.id, project.id, "viewer");

  const plain = await getReadingFormOptions(access);
  expect(plain.sources).toHaveLength(2000);
  expect(plain.sources.some((source) => source.id === last.id)).toBe(false);

  const about = await getReadingFormOptions(access, [last.id]);
  expect(about.sources[0]).toEqual({ id: last.id, label: "Zinoviev letter" });
  expect(about.sources).toHaveLength(2001);
});

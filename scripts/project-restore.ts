// npm run project:restore -- FILE --owner EMAIL [--name NAME] [--dry-run]
// Restores a project archive (a download, or a daily backup from .data/backups) into a new project
// owned by EMAIL, on the embedded database (stop `npm start` first) or on DATABASE_URL. The archive
// is checked whole before anything is written; --dry-run only prints what would be created.
import { parseArgs } from "node:util";
import { openLocalDatabase } from "../lib/db/tooling/local-database";
import { applyMigrations } from "../lib/db/tooling/migrations";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { owner: { type: "string" }, name: { type: "string" }, "dry-run": { type: "boolean" } },
});
const file = positionals[0];
if (!file || !values.owner) {
  console.error("Usage: npm run project:restore -- FILE --owner EMAIL [--name NAME] [--dry-run]");
  process.exit(2);
}

const database = await openLocalDatabase();
let code = 0;
try {
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  const { prisma } = await import("../lib/db/client");
  const { planRestore, restoreArchive } = await import("../lib/archive/restore");
  const owner = await prisma.user.findFirst({
    where: { email: { equals: values.owner, mode: "insensitive" } },
  });
  if (!owner) {
    console.error(`No account with the email ${values.owner} here: sign up in the app first, then restore.`);
    code = 1;
  } else {
    const plan = await planRestore(file, owner.id);
    console.log(
      `"${plan.project.name}", archived ${plan.exportedAt} (Apparatus ${plan.appVersion}): checksums match.`,
    );
    for (const [kind, count] of Object.entries(plan.counts)) if (count) console.log(`  ${kind}: ${count}`);
    for (const person of plan.people)
      console.log(`  ${person.name ?? person.email} <${person.email}>: ${person.becomes}`);
    if (!values["dry-run"]) {
      const result = await restoreArchive(file, owner.id, { name: values.name });
      console.log(`Restored as project ${result.projectId} (/projects/${result.projectId}).`);
    }
  }
  await prisma.$disconnect();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  code = 1;
} finally {
  await database.stop();
}
process.exit(code);

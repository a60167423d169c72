import type { Metadata } from "next";
import { RestoreArchive } from "@/components/archive/restore-archive";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Restore from archive" };

export default async function RestoreArchivePage() {
  await requireUser();
  return (
    <>
      <h1 className="font-serif text-3xl">Restore from archive</h1>
      <p className="mt-2 mb-6 max-w-3xl text-sm text-stone-600">
        A project archive becomes a new project of yours, on this instance, with everything it holds: sources,
        passages, photos, claims, evidence, observers, notes, arguments and history. Members are matched by
        email; restoring the same archive twice makes two independent projects.
      </p>
      <RestoreArchive />
    </>
  );
}

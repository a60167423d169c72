import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArgumentExport } from "@/components/arguments/argument-export";
import { OutlineEditor } from "@/components/arguments/outline-editor";
import { getArgument } from "@/lib/arguments/data";
import { exportMenuStyles } from "@/lib/citations/data";
import { listClaimOptions } from "@/lib/claims/data";
import { projectAccessForPage } from "@/lib/projects/page-access";
import { canModify } from "@/lib/projects/permissions";

export const metadata: Metadata = { title: "Argument" };

export default async function ArgumentPage(props: {
  params: Promise<{ projectId: string; argumentId: string }>;
}) {
  const { projectId, argumentId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  const [argument, claims, menu] = await Promise.all([
    getArgument(access, argumentId),
    listClaimOptions(access),
    exportMenuStyles(access),
  ]);
  if (!argument) notFound();
  const editable = canModify(access, argument);
  return (
    <>
      <p className="text-sm">
        <Link href={`/projects/${projectId}/arguments`} className="text-accent hover:underline">
          ← Arguments
        </Link>
      </p>
      <h1 className="mt-1 font-serif text-3xl">{argument.title}</h1>
      {argument.description && <p className="mt-1 text-stone-600">{argument.description}</p>}
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <OutlineEditor argument={argument} claims={claims} editable={editable} />
        <aside>
          <ArgumentExport
            argumentId={argument.id}
            projectId={projectId}
            styles={menu.styles}
            defaultStyle={menu.defaultStyle}
          />
        </aside>
      </div>
    </>
  );
}

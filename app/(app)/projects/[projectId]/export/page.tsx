import type { Metadata } from "next";
import { W3CNotesPanel } from "@/components/archive/w3c-notes-panel";
import { ExportMenu } from "@/components/citations/export-menu";
import { ImportPanel } from "@/components/citations/import-panel";
import { ProjectStyles } from "@/components/citations/project-styles";
import { countSources, exportMenuStyles, listProjectStyles } from "@/lib/citations/data";
import { projectAccessForPage } from "@/lib/projects/page-access";
import { canModify } from "@/lib/projects/permissions";
import { roleAtLeast } from "@/lib/projects/roles";

export const metadata: Metadata = { title: "Export and import" };

export default async function ProjectExportPage(props: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  const [menu, uploaded, sources] = await Promise.all([
    exportMenuStyles(access),
    listProjectStyles(access),
    countSources(access),
  ]);
  const canAdd = roleAtLeast(access.role, "contributor");
  return (
    <>
      <h1 className="font-serif text-3xl">Export and import</h1>
      <p className="mt-2 text-sm text-stone-600">
        The project's {sources.toLocaleString("en")} sources as a bibliography in any of the offered citation
        styles, or as BibTeX, BibLaTeX, RIS or CSL-JSON. To export a claim's evidence, use the export on the
        claim; for some sources only, select them in the list of sources.
      </p>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <ExportMenu
            exportPath={`/api/v1/projects/${projectId}/export`}
            projectId={projectId}
            styles={menu.styles}
            defaultStyle={menu.defaultStyle}
            label="Export the project's sources"
            open
            disabled={sources === 0}
          />
          <ProjectStyles
            projectId={projectId}
            canUpload={canAdd}
            styles={uploaded.map((style) => ({
              id: style.id,
              name: style.name,
              title: style.title,
              removable: canModify(access, { createdById: style.uploadedById }),
            }))}
          />
        </div>
        <div className="space-y-6">
          {canAdd && <ImportPanel projectId={projectId} sourcesHref={`/projects/${projectId}/sources`} />}
          <W3CNotesPanel projectId={projectId} canImport={canAdd} canShare={canAdd} />
        </div>
      </div>
    </>
  );
}

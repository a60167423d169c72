import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { SourceForm } from "@/components/sources/source-form";
import { forbidUnlessCanModify, projectAccessForPage } from "@/lib/projects/page-access";
import { getSourceDetail } from "@/lib/sources/data";

export const metadata: Metadata = { title: "Edit source" };

export default async function EditSourcePage(props: {
  params: Promise<{ projectId: string; sourceId: string }>;
}) {
  const { projectId, sourceId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  const source = await getSourceDetail(access, sourceId);
  if (!source) notFound();
  forbidUnlessCanModify(access, source);
  const sourceHref = `/projects/${projectId}/sources/${sourceId}`;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Sources", href: `/projects/${projectId}/sources` },
          { label: source.reference.shortCitation, href: sourceHref },
          { label: "Edit" },
        ]}
      />
      <h1 className="font-serif text-3xl">Edit source</h1>
      <div className="mt-6">
        <SourceForm
          projectId={projectId}
          source={{
            id: source.id,
            version: source.version,
            initial: {
              kind: source.kind,
              issuedEdtf: source.issuedEdtf,
              archivalScheme: source.archivalScheme,
              contributors: source.contributors.map(({ role, family, given, literal, original }) => ({
                role,
                family,
                given,
                literal,
                original,
              })),
              title: source.title,
              titleOriginal: source.titleOriginal,
              titleTransliterated: source.titleTransliterated,
              containerTitleOriginal: source.containerTitleOriginal,
              titleTranslated: source.titleTranslated,
              titleShort: source.titleShort,
              containerTitle: source.containerTitle,
              collectionTitle: source.collectionTitle,
              volume: source.volume,
              issue: source.issue,
              page: source.page,
              edition: source.edition,
              publisher: source.publisher,
              publisherPlace: source.publisherPlace,
              language: source.language,
              doi: source.doi,
              isbn: source.isbn,
              url: source.url,
              archive: source.archive,
              archivePlace: source.archivePlace,
              archiveRepository: source.archiveRepository,
              archiveCollection: source.archiveCollection,
              archiveSeries: source.archiveSeries,
              archiveFile: source.archiveFile,
              archiveItem: source.archiveItem,
              archiveFolio: source.archiveFolio,
              archivePage: source.archivePage,
              archiveLocation: source.archiveLocation,
              abstract: source.abstract,
              note: source.note,
            },
          }}
        />
      </div>
    </>
  );
}

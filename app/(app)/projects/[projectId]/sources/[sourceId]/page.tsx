import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AnnotationThreads } from "@/components/annotations/annotation-threads";
import { QuotedInForm } from "@/components/citations/quoted-in-form";
import { HistoryList } from "@/components/history/history-list";
import { SourceImages } from "@/components/images/source-images";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AddPassage } from "@/components/passages/passage-form";
import { DeleteSourceButton } from "@/components/sources/delete-source-button";
import { RelationForm } from "@/components/sources/relation-form";
import { SourceDetails } from "@/components/sources/source-details";
import { SourcePageSection } from "@/components/sources/source-page-section";
import { SourcePassage } from "@/components/sources/source-passage";
import { SourceProvenance } from "@/components/sources/source-provenance";
import { Badge } from "@/components/ui/badge";
import { Pager } from "@/components/ui/pager";
import { notesContextFor } from "@/lib/annotations/context";
import { listAnnotationThreads } from "@/lib/annotations/data";
import { pageCursor } from "@/lib/api/pagination";
import { formatEdtf } from "@/lib/dates/edtf";
import { listEntityHistory } from "@/lib/history/data";
import { listImagesOfPassages, listSourceImages, SOURCE_IMAGES_PAGE } from "@/lib/images/data";
import { listSourcePassageOptions } from "@/lib/passages/data";
import { projectAccessForPage } from "@/lib/projects/page-access";
import { canModify } from "@/lib/projects/permissions";
import { roleAtLeast } from "@/lib/projects/roles";
import {
  getSourceDependents,
  getSourceDetail,
  listSourceOptions,
  SOURCE_PASSAGES_PAGE,
} from "@/lib/sources/data";
import { SOURCE_KIND_INFO } from "@/lib/sources/kinds";

type Params = Promise<{ projectId: string; sourceId: string }>;

export const metadata: Metadata = { title: "Source" };

const passageCursorSchema = z.object({ position: z.number().int(), id: z.string().max(64) });

export default async function SourcePage(props: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { projectId, sourceId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  const { passages: passageCursor } = await props.searchParams;
  const passagesAfter = pageCursor(passageCursor, passageCursorSchema);
  const source = await getSourceDetail(access, sourceId, {
    limit: SOURCE_PASSAGES_PAGE,
    after: passagesAfter,
  });
  if (!source) notFound();
  const canAdd = roleAtLeast(access.role, "contributor");
  const mayModify = canModify(access, source);
  const passageIds = source.passages.map((passage) => passage.id);
  const [history, dependents, options, sourceNotes, passageNotes, images, passageImages, passageOptions] =
    await Promise.all([
      listEntityHistory(access, "source", sourceId),
      mayModify ? getSourceDependents(access, sourceId) : null,
      canAdd ? listSourceOptions(access) : [],
      listAnnotationThreads(access, "source", [sourceId]),
      listAnnotationThreads(access, "passage", passageIds),
      listSourceImages(access, sourceId, { limit: SOURCE_IMAGES_PAGE }),
      listImagesOfPassages(access, passageIds),
      listSourcePassageOptions(access, sourceId),
    ]);
  const notesContext = notesContextFor(access);
  const base = `/projects/${projectId}/sources`;
  const citation = source.reference.shortCitation;
  const language = source.language ?? undefined;

  return (
    <>
      <Breadcrumbs items={[{ label: "Sources", href: base }, { label: source.title }]} />
      <header className="max-w-4xl">
        <div className="flex flex-wrap items-center gap-3 text-sm text-stone-500">
          <span>{SOURCE_KIND_INFO[source.kind].label}</span>
          {source.issued && <span title={`EDTF ${source.issuedEdtf}`}>{source.issued}</span>}
          {source.reference.archival && <Badge tone="amber">archival</Badge>}
          {mayModify && dependents && (
            <span className="ml-auto flex items-center gap-1">
              <Link
                href={`${base}/${sourceId}/edit`}
                className="rounded px-3 py-1.5 text-sm text-stone-600 hover:bg-stone-100"
              >
                Edit
              </Link>
              <DeleteSourceButton
                projectId={projectId}
                sourceId={sourceId}
                citation={citation}
                dependents={dependents}
              />
            </span>
          )}
        </div>
        <h1 className="mt-2 font-serif text-2xl leading-snug md:text-3xl">{citation}</h1>
        <p className="mt-2 text-sm">
          <Link href={`${base}/${sourceId}/comparison`} className="text-accent hover:underline">
            Compare readings →
          </Link>
        </p>

        <SourceDetails source={source} />
        <QuotedInForm
          source={source}
          editable={mayModify}
          options={options.map((option) => ({ id: option.id, label: option.title }))}
        />
      </header>

      <div className="mt-12 max-w-5xl">
        <SourceImages
          sourceId={sourceId}
          sourceLanguage={source.language}
          images={images.data}
          total={images.total}
          nextCursor={images.nextCursor}
          member={{ userId: access.userId, role: access.role }}
          passages={passageOptions}
        />
      </div>

      <SourcePageSection
        id="passages-heading"
        className="max-w-5xl"
        heading={
          <>
            Passages <span className="text-stone-400">({source.passageCount})</span>
          </>
        }
      >
        {source.passageCount === 0 && (
          <p className="mt-3 text-sm text-stone-500">No passages transcribed yet.</p>
        )}
        {passagesAfter && (
          <p className="mt-2 text-sm text-stone-500">
            Later passages.{" "}
            <Link href={`${base}/${sourceId}#passages-heading`} className="text-accent underline">
              Back to the first ones
            </Link>
          </p>
        )}
        <ol className="mt-3 space-y-4">
          {source.passages.map((passage) => (
            <SourcePassage
              key={passage.id}
              sourceId={sourceId}
              passage={passage}
              canModify={canModify(access, passage)}
              sourceLanguage={language}
              notesContext={notesContext}
              notes={passageNotes.get(passage.id) ?? []}
              images={passageImages.get(passage.id) ?? []}
            />
          ))}
        </ol>
        <Pager
          label="Pages of passages"
          previousHref={null}
          nextHref={
            source.passagesNextCursor &&
            `${base}/${sourceId}?${new URLSearchParams({ passages: source.passagesNextCursor })}#passages-heading`
          }
        />
        {canAdd && (
          <div className="mt-4">
            <AddPassage sourceId={sourceId} defaultLanguage={source.language} />
          </div>
        )}
      </SourcePageSection>

      <SourcePageSection id="provenance-heading" className="max-w-5xl" heading="Provenance">
        <SourceProvenance
          source={source}
          sourcesHref={base}
          mayDelete={(relation) => canModify(access, relation)}
        />
        {canAdd && (
          <div className="mt-6">
            <RelationForm
              projectId={projectId}
              sourceId={sourceId}
              sources={options
                .filter((option) => option.id !== sourceId)
                .map((option) => ({
                  id: option.id,
                  label: [
                    option.title,
                    option.containerTitle,
                    option.issuedEdtf && formatEdtf(option.issuedEdtf),
                  ]
                    .filter(Boolean)
                    .join(", "),
                }))}
            />
          </div>
        )}
      </SourcePageSection>

      <SourcePageSection id="source-notes-heading" className="max-w-4xl" heading="Notes on this source">
        <div className="mt-3">
          <AnnotationThreads
            context={notesContext}
            target={{ kind: "source", id: sourceId }}
            threads={sourceNotes.get(sourceId) ?? []}
            heading="Notes on this source"
          />
        </div>
      </SourcePageSection>

      <SourcePageSection id="history-heading" className="max-w-4xl" heading="History">
        <HistoryList entries={history} />
      </SourcePageSection>
    </>
  );
}

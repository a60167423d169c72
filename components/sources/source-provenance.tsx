import Link from "next/link";
import type { ReactNode } from "react";
import type { SourceDetail } from "@/lib/sources/data";
import { DeleteRelationButton } from "./relation-form";

type Relation = SourceDetail["derivesFrom"][number];

/** "comments_on" → "comments on" */
function relationVerb(type: string) {
  return type.replaceAll("_", " ");
}

/**
 * The sources this one derives from, beside those derived from it (a reprint, a translation, a
 * report of it), each with its Delete for whoever may remove it.
 */
export function SourceProvenance({
  source,
  sourcesHref,
  mayDelete,
}: {
  source: SourceDetail;
  /** The project's sources, which each related source's page is under. */
  sourcesHref: string;
  mayDelete: (relation: Relation) => boolean;
}) {
  return (
    <div className="mt-3 grid gap-6 md:grid-cols-2">
      <RelationColumn
        heading="This source …"
        empty="Derives from no other source recorded here."
        relations={source.derivesFrom}
        total={source.derivesFromCount}
        mayDelete={mayDelete}
        line={(relation) => (
          <>
            <span className="font-medium text-accent">{relationVerb(relation.type)} →</span>
            <SourceLink relation={relation} sourcesHref={sourcesHref} />
          </>
        )}
        description={(relation) =>
          `this source ${relationVerb(relation.type)} ${relation.source.shortCitation}`
        }
      />
      <RelationColumn
        heading="… of this source"
        empty="No other source recorded here derives from it."
        relations={source.derivedBy}
        total={source.derivedByCount}
        mayDelete={mayDelete}
        line={(relation) => (
          <>
            <SourceLink relation={relation} sourcesHref={sourcesHref} />
            <span className="font-medium text-accent">{relationVerb(relation.type)} this</span>
          </>
        )}
        description={(relation) =>
          `${relation.source.shortCitation} ${relationVerb(relation.type)} this source`
        }
      />
    </div>
  );
}

function SourceLink({ relation, sourcesHref }: { relation: Relation; sourcesHref: string }) {
  return (
    <Link href={`${sourcesHref}/${relation.source.id}`} className="font-serif hover:text-accent">
      {relation.source.shortCitation}
    </Link>
  );
}

function RelationColumn(props: {
  heading: string;
  empty: string;
  relations: Relation[];
  /** How many there are; more than shown when the list was cut. */
  total: number;
  mayDelete: (relation: Relation) => boolean;
  /** The relation as read in this column: "reprints → Pravda" or "The Times reports this". */
  line: (relation: Relation) => ReactNode;
  /** The relation in words, for the Delete button's name and confirmation. */
  description: (relation: Relation) => string;
}) {
  return (
    <div>
      <h3 className="font-medium text-stone-700">{props.heading}</h3>
      {props.relations.length === 0 ? (
        <p className="mt-2 text-sm text-stone-500">{props.empty}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {props.relations.map((relation) => (
            <li
              key={relation.id}
              className="rounded border border-stone-200 bg-white px-3 py-2 text-sm shadow-sm"
            >
              <div className="flex flex-wrap items-center gap-x-2">
                {props.line(relation)}
                {props.mayDelete(relation) && (
                  <span className="ml-auto">
                    <DeleteRelationButton
                      relationId={relation.id}
                      description={props.description(relation)}
                    />
                  </span>
                )}
              </div>
              {relation.note && <p className="mt-1 italic text-stone-600">{relation.note}</p>}
            </li>
          ))}
        </ul>
      )}
      {props.total > props.relations.length && (
        <p role="note" className="mt-2 text-sm text-stone-500">
          The first {props.relations.length} of {props.total} are shown.
        </p>
      )}
    </div>
  );
}

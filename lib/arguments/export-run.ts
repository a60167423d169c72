import "server-only";
import { chooseStyle, citationScript } from "@/lib/citations/data";
import { slug } from "@/lib/citations/export";
import { countUncached, type Progress } from "@/lib/citations/formatting";
import { followsChicago, itemForStyle } from "@/lib/citations/item-for-style";
import { AppError } from "@/lib/errors/app-error";
import type { ProjectAccess } from "@/lib/projects/types";
import { composeArgument } from "./compose";
import { writeDocx } from "./docx";
import { loadArgumentForExport } from "./export-data";
import { writeMarkdown } from "./markdown";
import { writeOdt } from "./odt";
import type { ArgumentExportFormat, ArgumentExportQuery } from "./schema";

// An argument's export, asked for by a member or run by a job: the same code, so that a job's
// file is exactly what the request would have answered. The HTTP side (the file at once, or 202
// with a job) is lib/api/export-response.ts.

export type ArgumentExportParams = Omit<ArgumentExportQuery, "async"> & { argumentId: string };

export interface BinaryExportFile {
  body: Uint8Array | string;
  contentType: string;
  fileName: string;
}

const FILE_TYPES: Record<ArgumentExportFormat, { contentType: string; extension: string }> = {
  docx: {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
  },
  odt: { contentType: "application/vnd.oasis.opendocument.text", extension: "odt" },
  markdown: { contentType: "text/markdown; charset=utf-8", extension: "md" },
};
export const ARGUMENT_EXPORT_TYPES = Object.values(FILE_TYPES).map((type) => type.contentType.split(";")[0]!);

export interface PreparedArgumentExport {
  /** Sources not formatted yet in this style: decides between answering at once and a job. */
  coldEntries: number;
  run: (onProgress?: Progress) => Promise<BinaryExportFile>;
}

export async function prepareArgumentExport(
  access: ProjectAccess,
  params: ArgumentExportParams,
): Promise<PreparedArgumentExport> {
  const { style } = await chooseStyle(access, params.style);
  const input = await loadArgumentForExport(access, params.argumentId, params.locale);
  if (!input) throw new AppError("NOT_FOUND", "Argument not found.");
  const script = await citationScript(access);
  const items = [...input.sources.values()].map((source) =>
    itemForStyle(source.csl, { script, chicago: followsChicago(style) }),
  );
  const type = FILE_TYPES[params.format];
  return {
    coldEntries: countUncached({ style, locale: params.locale }, items),
    run: async (onProgress) => {
      const doc = await composeArgument(
        input,
        {
          style,
          locale: params.locale,
          bibliography: params.bibliography,
          evidenceCheck: params.evidenceCheck,
          script,
        },
        onProgress,
      );
      const body =
        params.format === "docx"
          ? await writeDocx(doc)
          : params.format === "odt"
            ? writeOdt(doc)
            : writeMarkdown(doc);
      return {
        body,
        contentType: type.contentType,
        fileName: `${slug(input.title)}-${slug(style.id)}.${type.extension}`,
      };
    },
  };
}

export async function runArgumentExport(
  access: ProjectAccess,
  params: ArgumentExportParams,
  onProgress?: Progress,
): Promise<BinaryExportFile> {
  return (await prepareArgumentExport(access, params)).run(onProgress);
}

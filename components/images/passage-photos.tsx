import type { SourceImageView } from "@/lib/images/data";
import { imageFileUrl } from "@/lib/images/urls";

/** The photos of the page a passage was transcribed from, each opening at full size. */
export function PassagePhotos({
  images,
}: {
  images: Pick<SourceImageView, "id" | "caption" | "fileName">[];
}) {
  if (!images.length) return null;
  return (
    <ul className="mt-3 flex flex-wrap items-center gap-2" aria-label="Photos of this passage">
      {images.map((image) => (
        <li key={image.id}>
          <a
            href={imageFileUrl(image.id, "full")}
            target="_blank"
            rel="noreferrer"
            className="flex items-center gap-2 rounded border border-stone-200 bg-white p-1 pr-2 text-xs text-stone-600 hover:border-accent"
          >
            {/* biome-ignore lint/performance/noImgElement: the API serves the thumbnail. */}
            <img
              src={imageFileUrl(image.id, "thumbnail")}
              alt=""
              loading="lazy"
              className="h-10 w-8 rounded-sm object-cover"
            />
            Photo{image.caption ? `: ${image.caption}` : ` (${image.fileName})`}
          </a>
        </li>
      ))}
    </ul>
  );
}

import {
  cropBackground,
  type Rect,
  type Rotation,
  type Size,
  shownSize,
  turnedFrame,
} from "./region-geometry";

/**
 * A part of a photo, turned as the photo is read: the full image as a background, sized and
 * placed so that only `rect` shows (the browser fetches the image once for every crop of it).
 */
export function PhotoCrop(props: {
  src: string;
  image: Size;
  rect: Rect;
  rotation: Rotation;
  label: string;
  /** The tallest it may be, in viewport heights; it narrows to keep its proportions. */
  maxHeightVh?: number;
  className?: string;
}) {
  const shown = shownSize(props.rect, props.rotation);
  const turned = turnedFrame(props.rect, props.rotation);
  const ratio = shown.width / shown.height;
  return (
    <div
      role="img"
      aria-label={props.label}
      className={`overflow-hidden rounded-sm bg-stone-100 ${props.className ?? ""}`}
      style={{
        ...turned.outer,
        width: props.maxHeightVh ? `min(100%, ${props.maxHeightVh * ratio}vh)` : "100%",
      }}
    >
      <div
        style={{
          ...turned.inner,
          ...cropBackground(props.rect, props.image),
          backgroundImage: `url("${props.src}")`,
        }}
      />
    </div>
  );
}

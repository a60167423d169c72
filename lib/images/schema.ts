import { z } from "zod";
import { entityId, version } from "@/lib/validation/fields";

const caption = z.string({ message: "Must be text" }).trim().max(300, "At most 300 characters");

/**
 * An upload's details, sent in the query beside the image itself (the body): where in the source
 * the photo was taken ("f. 14r"), the file's name, and the passage it shows.
 */
export const uploadImageQuerySchema = z.object({
  caption: caption.default(""),
  fileName: z
    .string({ message: "Must be text" })
    .trim()
    .max(255, "At most 255 characters")
    .default("")
    // Only the last part of a path; no control characters in a name sent back in headers.
    .transform(
      (name) =>
        name
          .split(/[\\/]/)
          .pop()!
          .replace(/[\p{Cc}"]/gu, "") || "image",
    ),
  passageId: entityId.optional(),
});
export type UploadImageInput = z.infer<typeof uploadImageQuerySchema>;

export const IMAGE_ROTATIONS = [0, 90, 180, 270] as const;

export const updateImageSchema = z.object({
  version,
  caption: caption.optional(),
  /** How the photo is turned for reading, clockwise; its regions stay on their text. */
  rotation: z
    .union(
      IMAGE_ROTATIONS.map((degrees) => z.literal(degrees)) as [
        z.ZodLiteral<0>,
        z.ZodLiteral<90>,
        z.ZodLiteral<180>,
        z.ZodLiteral<270>,
      ],
      { message: "rotation is 0, 90, 180 or 270 (degrees, clockwise)" },
    )
    .optional(),
  /** null unlinks the image from its passage. */
  passageId: entityId.nullable().optional(),
});
export type UpdateImageInput = z.infer<typeof updateImageSchema>;

export const imageFileQuerySchema = z.object({
  size: z.enum(["full", "thumbnail"], { message: "size is full or thumbnail" }).default("full"),
});

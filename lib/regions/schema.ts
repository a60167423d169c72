import { z } from "zod";
import { entityId, version } from "@/lib/validation/fields";

// A region is a rectangle in pixels of the photo as uploaded (x, y from its top left corner):
// the W3C Web Annotation / IIIF fragment "xywh=x,y,width,height".

const pixel = (name: string) =>
  z
    .number({ message: `${name} is a number of pixels` })
    .int(`${name} is a whole number of pixels`)
    .min(0, `${name} cannot be negative`);

const size = (name: string) =>
  z
    .number({ message: `${name} is a number of pixels` })
    .int(`${name} is a whole number of pixels`)
    .min(1, `A region needs a ${name.toLowerCase()} of at least one pixel`);

export const rectangleSchema = z.object({
  x: pixel("x"),
  y: pixel("y"),
  width: size("Width"),
  height: size("Height"),
});
export type Rectangle = z.infer<typeof rectangleSchema>;

export const createRegionSchema = rectangleSchema.extend({
  /** The passage it shows, if it is attached to one at once. */
  passageId: entityId.optional(),
});
export type CreateRegionInput = z.infer<typeof createRegionSchema>;

export const updateRegionSchema = rectangleSchema.partial().extend({
  version,
  /** null detaches the region from its passage. */
  passageId: entityId.nullable().optional(),
});
export type UpdateRegionInput = z.infer<typeof updateRegionSchema>;

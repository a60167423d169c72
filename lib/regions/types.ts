/** Where a passage stands on its scans: enough to open the photo on the region and to cite it. */
export interface ScanPlace {
  regionId: string;
  imageId: string;
  sourceId: string;
  /** The photo's number among its source's photos, from 1: "photo 12". */
  photoNumber: number;
  /** "region 3" of that photo. */
  regionNumber: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** xywh=x,y,w,h in the photo's pixels. */
  fragment: string;
  imageWidth: number;
  imageHeight: number;
  rotation: number;
  caption: string;
}

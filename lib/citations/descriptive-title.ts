/**
 * A title in square brackets ("[Minute on the Moscow dispatch]") describes an untitled document:
 * it is not a title, and takes neither quotation marks nor headline capitals (CMOS 14.225).
 */
export function isDescriptiveTitle(title: string): boolean {
  return title.startsWith("[") && title.endsWith("]") && !title.slice(1, -1).includes("]");
}

// Moving points in an outline, as the editor does it before saving. A point moves with the
// points under it (its subtree), past the neighbouring subtree; indenting makes a point the
// child of the one above it. Each function returns the same array when nothing can change.

interface OutlinePoint {
  id: string;
  depth: number;
}

/** The index after the last point under points[index]. */
function subtreeEnd(points: readonly OutlinePoint[], index: number): number {
  let end = index + 1;
  while (end < points.length && points[end]!.depth > points[index]!.depth) end++;
  return end;
}

export function moveUp<T extends OutlinePoint>(points: T[], index: number): T[] {
  const depth = points[index]!.depth;
  let previous = index - 1;
  while (previous >= 0 && points[previous]!.depth > depth) previous--;
  if (previous < 0 || points[previous]!.depth < depth) return points;
  const end = subtreeEnd(points, index);
  return [
    ...points.slice(0, previous),
    ...points.slice(index, end),
    ...points.slice(previous, index),
    ...points.slice(end),
  ];
}

export function moveDown<T extends OutlinePoint>(points: T[], index: number): T[] {
  const depth = points[index]!.depth;
  const end = subtreeEnd(points, index);
  if (end >= points.length || points[end]!.depth < depth) return points;
  const nextEnd = subtreeEnd(points, end);
  return [
    ...points.slice(0, index),
    ...points.slice(end, nextEnd),
    ...points.slice(index, end),
    ...points.slice(nextEnd),
  ];
}

/** Indent (+1) or outdent (-1) a point with its subtree. */
export function shiftDepth<T extends OutlinePoint>(
  points: T[],
  index: number,
  by: 1 | -1,
  maxDepth: number,
): T[] {
  const point = points[index]!;
  const above = index > 0 ? points[index - 1]!.depth : -1;
  const depth = point.depth + by;
  if (depth < 0 || depth > above + 1) return points;
  const end = subtreeEnd(points, index);
  if (points.slice(index, end).some((p) => p.depth + by > maxDepth)) return points;
  return points.map((p, i) => (i >= index && i < end ? { ...p, depth: p.depth + by } : p));
}

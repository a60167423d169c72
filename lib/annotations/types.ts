import type { AnnotationTargetKind } from "./schema";

export interface AnnotationView {
  id: string;
  body: string;
  visibility: "private" | "shared";
  author: { id: string; name: string | null; email: string } | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  selector: { exact: string; prefix: string; suffix: string; start: number } | null;
  replies: AnnotationView[];
}

export interface MyAnnotation extends Omit<AnnotationView, "replies"> {
  project: { id: string; name: string };
  target: { kind: AnnotationTargetKind; id: string; label: string; href: string; citation: string | null };
  replyCount: number;
}

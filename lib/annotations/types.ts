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

/** Who is reading a set of notes, and what they may do with them. */
export interface NotesContext {
  projectId: string;
  currentUserId: string;
  /** Contributors and up may share notes with the project. */
  canShare: boolean;
  /** Owners and editors may delete others' shared notes. */
  canModerate: boolean;
}

import { z } from "zod";
import {
  annotationListQuerySchema,
  createAnnotationSchema,
  myAnnotationsListQuerySchema,
  replySchema,
  updateAnnotationSchema,
} from "@/lib/annotations/schema";
import {
  ARCHIVE_UPLOAD_TYPES,
  MAX_W3C_IMPORT_BYTES,
  maxArchiveBytes,
  restoreArchiveSchema,
  uploadArchiveQuerySchema,
  W3C_IMPORT_TYPES,
  w3cExportQuerySchema,
  w3cImportQuerySchema,
} from "@/lib/archive/schema";
import {
  argumentExportQuerySchema,
  argumentFieldsSchema,
  outlineSchema,
  pointFieldsSchema,
  updateArgumentSchema,
  updatePointSchema,
} from "@/lib/arguments/schema";
import { signUpSchema } from "@/lib/auth/schema";
import { exportQuerySchema, importQuerySchema, styleSearchQuerySchema } from "@/lib/citations/schema";
import { claimFieldsSchema, claimListQuerySchema, updateClaimSchema } from "@/lib/claims/schema";
import { createEvidenceSchema, reorderEvidenceSchema, updateEvidenceSchema } from "@/lib/evidence/schema";
import { MAX_IMAGE_BYTES } from "@/lib/images/limits";
import { imageFileQuerySchema, updateImageSchema, uploadImageQuerySchema } from "@/lib/images/schema";
import { acceptInvitationSchema, changeRoleSchema, createInvitationSchema } from "@/lib/members/schema";
import {
  answerFieldsSchema,
  observerFieldsSchema,
  observerListQuerySchema,
  questionFieldsSchema,
  readingFieldsSchema,
  readingListQuerySchema,
  updateAnswerSchema,
  updateObserverSchema,
  updateQuestionSchema,
  updateReadingSchema,
} from "@/lib/observers/schema";
import { passageFieldsSchema, updatePassageSchema } from "@/lib/passages/schema";
import { projectFieldsSchema, projectListQuerySchema, updateProjectSchema } from "@/lib/projects/schema";
import { createRegionSchema, updateRegionSchema } from "@/lib/regions/schema";
import { searchQuerySchema } from "@/lib/search/schema";
import {
  relationFieldsSchema,
  relationListQuerySchema,
  sourceFieldsSchema,
  sourceListQuerySchema,
  updateRelationSchema,
  updateSourceSchema,
} from "@/lib/sources/schema";
import { startTranscriptionSchema } from "@/lib/transcriptions/schema";
import { entityId } from "@/lib/validation/fields";
import { pageQuerySchema } from "@/lib/validation/page-query";

// Every JSON API endpoint, once: the route handlers parse with these schemas, and the OpenAPI
// document is generated from this list, so the two cannot drift apart.

export interface Endpoint {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** OpenAPI path under /api/v1, with {param} placeholders. */
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** 200 with { data }, 200 with a page { data, nextCursor }, 201 with { data }, or 204 with no body. */
  success: "item" | "page" | "created" | "none";
  /** Answers without authentication (only account creation). */
  public?: true;
  /**
   * A body that is a file, not JSON (an import, a .csl style): read by the handler itself, after
   * the role check. Not in the JSON bad-body tests; tests/integration/api-bad-input covers it.
   */
  fileBody?: { contentTypes: readonly string[]; maxBytes: number; description: string };
  /** The answer is a file of one of these types (an export), or 202 with a job when it is long. */
  produces?: readonly string[];
  /** Sent with an ETag: a GET with it in If-None-Match gets 304 and no body while it is unchanged. */
  conditional?: true;
}

const id = <K extends string>(name: K) => z.object({ [name]: entityId } as { [key in K]: typeof entityId });

/** What an argument exports as: Word, LibreOffice, Markdown. */
const ARGUMENT_EXPORT_TYPES = [
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.oasis.opendocument.text",
  "text/markdown",
] as const;

const EXPORT_TYPES = [
  "text/html",
  "text/plain",
  "application/rtf",
  "application/x-bibtex",
  "application/x-research-info-systems",
  "application/vnd.citationstyles.csl+json",
] as const;

function endpoint<const E extends Endpoint>(spec: E): E {
  return spec;
}

export const endpoints = {
  createUser: endpoint({
    method: "POST",
    path: "/users",
    summary: "Create an account (when sign-up is open)",
    tag: "Accounts",
    body: signUpSchema,
    success: "created",
    public: true,
  }),

  listProjects: endpoint({
    method: "GET",
    path: "/projects",
    summary: "List the projects you are a member of",
    tag: "Projects",
    query: projectListQuerySchema,
    success: "page",
  }),
  createProject: endpoint({
    method: "POST",
    path: "/projects",
    summary: "Create a project (you become its owner)",
    tag: "Projects",
    body: projectFieldsSchema,
    success: "created",
  }),
  getProject: endpoint({
    method: "GET",
    path: "/projects/{projectId}",
    summary: "Get a project",
    tag: "Projects",
    params: id("projectId"),
    success: "item",
  }),
  updateProject: endpoint({
    method: "PATCH",
    path: "/projects/{projectId}",
    summary: "Rename, describe, archive or restore a project",
    tag: "Projects",
    params: id("projectId"),
    body: updateProjectSchema,
    success: "item",
  }),
  deleteProject: endpoint({
    method: "DELETE",
    path: "/projects/{projectId}",
    summary: "Delete a project and everything in it (owners only)",
    tag: "Projects",
    params: id("projectId"),
    success: "none",
  }),

  listClaims: endpoint({
    method: "GET",
    path: "/projects/{projectId}/claims",
    summary: "List a project's claims (filters, sorting)",
    tag: "Claims",
    params: id("projectId"),
    query: claimListQuerySchema,
    success: "page",
  }),
  createClaim: endpoint({
    method: "POST",
    path: "/projects/{projectId}/claims",
    summary: "Create a claim",
    tag: "Claims",
    params: id("projectId"),
    body: claimFieldsSchema,
    success: "created",
  }),
  getClaim: endpoint({
    method: "GET",
    path: "/claims/{claimId}",
    summary:
      "Get a claim: its fields, evidence counts by stance and the claims it is evidence for (the chain: /claims/{claimId}/chain)",
    tag: "Claims",
    params: id("claimId"),
    success: "item",
  }),
  updateClaim: endpoint({
    method: "PATCH",
    path: "/claims/{claimId}",
    summary: "Update a claim (send the version you edited)",
    tag: "Claims",
    params: id("claimId"),
    body: updateClaimSchema,
    success: "item",
  }),
  deleteClaim: endpoint({
    method: "DELETE",
    path: "/claims/{claimId}",
    summary: "Delete a claim",
    tag: "Claims",
    params: id("claimId"),
    success: "none",
  }),
  getClaimChain: endpoint({
    method: "GET",
    path: "/claims/{claimId}/chain",
    summary: "A claim's evidence chain, independent origins per stance and warnings",
    tag: "Claims",
    params: id("claimId"),
    success: "item",
    conditional: true,
  }),

  listEvidence: endpoint({
    method: "GET",
    path: "/claims/{claimId}/evidence",
    summary: "List a claim's evidence in order",
    tag: "Evidence",
    params: id("claimId"),
    query: pageQuerySchema,
    success: "page",
  }),
  createEvidence: endpoint({
    method: "POST",
    path: "/claims/{claimId}/evidence",
    summary: "Link a passage, a source or another claim as evidence",
    tag: "Evidence",
    params: id("claimId"),
    body: createEvidenceSchema,
    success: "created",
  }),
  reorderEvidence: endpoint({
    method: "PUT",
    path: "/claims/{claimId}/evidence/order",
    summary: "Reorder a claim's evidence",
    tag: "Evidence",
    params: id("claimId"),
    body: reorderEvidenceSchema,
    success: "none",
  }),
  getEvidence: endpoint({
    method: "GET",
    path: "/evidence/{evidenceId}",
    summary: "Get an evidence link",
    tag: "Evidence",
    params: id("evidenceId"),
    success: "item",
  }),
  updateEvidence: endpoint({
    method: "PATCH",
    path: "/evidence/{evidenceId}",
    summary: "Change stance, confidence or rationale",
    tag: "Evidence",
    params: id("evidenceId"),
    body: updateEvidenceSchema,
    success: "item",
  }),
  deleteEvidence: endpoint({
    method: "DELETE",
    path: "/evidence/{evidenceId}",
    summary: "Remove an evidence link",
    tag: "Evidence",
    params: id("evidenceId"),
    success: "none",
  }),

  listSources: endpoint({
    method: "GET",
    path: "/projects/{projectId}/sources",
    summary: "List a project's sources",
    tag: "Sources",
    params: id("projectId"),
    query: sourceListQuerySchema,
    success: "page",
  }),
  createSource: endpoint({
    method: "POST",
    path: "/projects/{projectId}/sources",
    summary: "Create a source",
    tag: "Sources",
    params: id("projectId"),
    body: sourceFieldsSchema,
    success: "created",
  }),
  getSource: endpoint({
    method: "GET",
    path: "/sources/{sourceId}",
    summary:
      "Get a source with its first 100 passages and first 100 relations each way, with their numbers (GET /sources/{sourceId}/passages and /projects/{projectId}/relations?sourceId= list them all)",
    tag: "Sources",
    params: id("sourceId"),
    success: "item",
  }),
  updateSource: endpoint({
    method: "PATCH",
    path: "/sources/{sourceId}",
    summary: "Update a source (send the version you edited)",
    tag: "Sources",
    params: id("sourceId"),
    body: updateSourceSchema,
    success: "item",
  }),
  deleteSource: endpoint({
    method: "DELETE",
    path: "/sources/{sourceId}",
    summary: "Delete a source with its passages and evidence links",
    tag: "Sources",
    params: id("sourceId"),
    success: "none",
  }),

  listPassages: endpoint({
    method: "GET",
    path: "/sources/{sourceId}/passages",
    summary: "List a source's passages",
    tag: "Passages",
    params: id("sourceId"),
    query: pageQuerySchema,
    success: "page",
  }),
  createPassage: endpoint({
    method: "POST",
    path: "/sources/{sourceId}/passages",
    summary: "Add a passage with its translations",
    tag: "Passages",
    params: id("sourceId"),
    body: passageFieldsSchema,
    success: "created",
  }),
  getPassage: endpoint({
    method: "GET",
    path: "/passages/{passageId}",
    summary: "Get a passage",
    tag: "Passages",
    params: id("passageId"),
    success: "item",
  }),
  updatePassage: endpoint({
    method: "PATCH",
    path: "/passages/{passageId}",
    summary: "Update a passage (translations are replaced when sent)",
    tag: "Passages",
    params: id("passageId"),
    body: updatePassageSchema,
    success: "item",
  }),
  deletePassage: endpoint({
    method: "DELETE",
    path: "/passages/{passageId}",
    summary: "Delete a passage",
    tag: "Passages",
    params: id("passageId"),
    success: "none",
  }),

  listSourceImages: endpoint({
    method: "GET",
    path: "/sources/{sourceId}/images",
    summary: "List a source's photos and scans, in order: { data, nextCursor, total }",
    tag: "Images",
    params: id("sourceId"),
    query: pageQuerySchema,
    success: "page",
  }),
  uploadSourceImage: endpoint({
    method: "POST",
    path: "/sources/{sourceId}/images",
    summary:
      "Attach a photo or scan (JPEG, PNG or WebP, the image as the body); caption, fileName and passageId in the query",
    tag: "Images",
    params: id("sourceId"),
    query: uploadImageQuerySchema,
    success: "created",
    fileBody: {
      // Any bytes may come as octet-stream (a phone's HEIC has no type the API lists): the type is
      // read from the file itself, and a refusal says what the file was.
      contentTypes: ["image/jpeg", "image/png", "image/webp", "application/octet-stream"],
      maxBytes: MAX_IMAGE_BYTES,
      description: "The image",
    },
  }),
  getSourceImage: endpoint({
    method: "GET",
    path: "/images/{imageId}",
    summary: "Get an image's description (caption, size, the passage it shows)",
    tag: "Images",
    params: id("imageId"),
    success: "item",
  }),
  getSourceImageFile: endpoint({
    method: "GET",
    path: "/images/{imageId}/file",
    summary: "The image itself, or with size=thumbnail a WebP at most 480 pixels wide",
    tag: "Images",
    params: id("imageId"),
    query: imageFileQuerySchema,
    success: "item",
    produces: ["image/jpeg", "image/png", "image/webp"],
    conditional: true,
  }),
  updateSourceImage: endpoint({
    method: "PATCH",
    path: "/images/{imageId}",
    summary: "Change an image's caption, the passage it shows, or how it is turned (rotation)",
    tag: "Images",
    params: id("imageId"),
    body: updateImageSchema,
    success: "item",
  }),
  deleteSourceImage: endpoint({
    method: "DELETE",
    path: "/images/{imageId}",
    summary: "Delete an image",
    tag: "Images",
    params: id("imageId"),
    success: "none",
  }),

  listImageRegions: endpoint({
    method: "GET",
    path: "/images/{imageId}/regions",
    summary:
      "List a photo's regions (rectangles in the photo's pixels, xywh), each with the passage it shows",
    tag: "Images",
    params: id("imageId"),
    success: "item",
  }),
  createImageRegion: endpoint({
    method: "POST",
    path: "/images/{imageId}/regions",
    summary: "Draw a region on a photo: x, y, width, height in the photo's pixels, optionally its passageId",
    tag: "Images",
    params: id("imageId"),
    body: createRegionSchema,
    success: "created",
  }),
  getImageRegion: endpoint({
    method: "GET",
    path: "/regions/{regionId}",
    summary: "Get a region",
    tag: "Images",
    params: id("regionId"),
    success: "item",
  }),
  updateImageRegion: endpoint({
    method: "PATCH",
    path: "/regions/{regionId}",
    summary: "Move or resize a region, or attach it to a passage of its source (passageId null detaches it)",
    tag: "Images",
    params: id("regionId"),
    body: updateRegionSchema,
    success: "item",
  }),
  deleteImageRegion: endpoint({
    method: "DELETE",
    path: "/regions/{regionId}",
    summary: "Delete a region (its passage stays)",
    tag: "Images",
    params: id("regionId"),
    success: "none",
  }),
  startTranscription: endpoint({
    method: "POST",
    path: "/images/{imageId}/transcriptions",
    summary:
      "Read a photo, or one of its regions (regionId), by OCR in a language (default: the source's): a job to follow",
    tag: "Images",
    params: id("imageId"),
    body: startTranscriptionSchema,
    success: "created",
  }),
  getOcrJob: endpoint({
    method: "GET",
    path: "/ocr-jobs/{ocrJobId}",
    summary: "Follow an OCR job: status, progress (0–100), then its text and lines with their boxes",
    tag: "Images",
    params: id("ocrJobId"),
    success: "item",
  }),

  listRelations: endpoint({
    method: "GET",
    path: "/projects/{projectId}/relations",
    summary: "List provenance relations (optionally of one source)",
    tag: "Relations",
    params: id("projectId"),
    query: relationListQuerySchema,
    success: "page",
  }),
  createRelation: endpoint({
    method: "POST",
    path: "/projects/{projectId}/relations",
    summary: "Record that one source reprints, translates, reports … another",
    tag: "Relations",
    params: id("projectId"),
    body: relationFieldsSchema,
    success: "created",
  }),
  getRelation: endpoint({
    method: "GET",
    path: "/relations/{relationId}",
    summary: "Get a relation",
    tag: "Relations",
    params: id("relationId"),
    success: "item",
  }),
  updateRelation: endpoint({
    method: "PATCH",
    path: "/relations/{relationId}",
    summary: "Change a relation's type or note",
    tag: "Relations",
    params: id("relationId"),
    body: updateRelationSchema,
    success: "item",
  }),
  deleteRelation: endpoint({
    method: "DELETE",
    path: "/relations/{relationId}",
    summary: "Delete a relation",
    tag: "Relations",
    params: id("relationId"),
    success: "none",
  }),

  listMembers: endpoint({
    method: "GET",
    path: "/projects/{projectId}/members",
    summary: "List a project's members and roles",
    tag: "Members",
    params: id("projectId"),
    success: "item",
  }),
  changeMemberRole: endpoint({
    method: "PATCH",
    path: "/members/{membershipId}",
    summary: "Change a member's role (owners; a project keeps one owner)",
    tag: "Members",
    params: id("membershipId"),
    body: changeRoleSchema,
    success: "item",
  }),
  removeMember: endpoint({
    method: "DELETE",
    path: "/members/{membershipId}",
    summary: "Remove a member (owners), or leave (yourself)",
    tag: "Members",
    params: id("membershipId"),
    success: "none",
  }),
  listInvitations: endpoint({
    method: "GET",
    path: "/projects/{projectId}/invitations",
    summary: "List pending invitations (owners)",
    tag: "Members",
    params: id("projectId"),
    success: "item",
  }),
  createInvitation: endpoint({
    method: "POST",
    path: "/projects/{projectId}/invitations",
    summary: "Create an expiring invitation link (owners); the token is returned once",
    tag: "Members",
    params: id("projectId"),
    body: createInvitationSchema,
    success: "created",
  }),
  revokeInvitation: endpoint({
    method: "DELETE",
    path: "/invitations/{invitationId}",
    summary: "Revoke a pending invitation (owners)",
    tag: "Members",
    params: id("invitationId"),
    success: "none",
  }),
  acceptInvitation: endpoint({
    method: "POST",
    path: "/invitations/accept",
    summary: "Join a project with an invitation token",
    tag: "Members",
    body: acceptInvitationSchema,
    success: "item",
  }),

  listObservers: endpoint({
    method: "GET",
    path: "/projects/{projectId}/observers",
    summary: "List a project's observers (newspapers, embassies, departments, historians …)",
    tag: "Observers",
    params: id("projectId"),
    query: observerListQuerySchema,
    success: "page",
  }),
  createObserver: endpoint({
    method: "POST",
    path: "/projects/{projectId}/observers",
    summary: "Create an observer",
    tag: "Observers",
    params: id("projectId"),
    body: observerFieldsSchema,
    success: "created",
  }),
  getObserver: endpoint({
    method: "GET",
    path: "/observers/{observerId}",
    summary:
      "Get an observer with its affiliation, its number of readings and the first 50 in date order (GET /projects/{projectId}/readings?observerId= lists them all)",
    tag: "Observers",
    params: id("observerId"),
    success: "item",
  }),
  updateObserver: endpoint({
    method: "PATCH",
    path: "/observers/{observerId}",
    summary: "Update an observer (send the version you edited)",
    tag: "Observers",
    params: id("observerId"),
    body: updateObserverSchema,
    success: "item",
  }),
  deleteObserver: endpoint({
    method: "DELETE",
    path: "/observers/{observerId}",
    summary: "Delete an observer with its readings and answers",
    tag: "Observers",
    params: id("observerId"),
    success: "none",
  }),

  listReadings: endpoint({
    method: "GET",
    path: "/projects/{projectId}/readings",
    summary: "List readings (optionally of one observer or of one source)",
    tag: "Readings",
    params: id("projectId"),
    query: readingListQuerySchema,
    success: "page",
  }),
  createReading: endpoint({
    method: "POST",
    path: "/projects/{projectId}/readings",
    summary: "Record an observer's reading of a source, with the source that documents it",
    tag: "Readings",
    params: id("projectId"),
    body: readingFieldsSchema,
    success: "created",
  }),
  getReading: endpoint({
    method: "GET",
    path: "/readings/{readingId}",
    summary: "Get a reading with its phrases and stances toward claims",
    tag: "Readings",
    params: id("readingId"),
    success: "item",
  }),
  updateReading: endpoint({
    method: "PATCH",
    path: "/readings/{readingId}",
    summary: "Update a reading (phrases and stances are replaced when sent)",
    tag: "Readings",
    params: id("readingId"),
    body: updateReadingSchema,
    success: "item",
  }),
  deleteReading: endpoint({
    method: "DELETE",
    path: "/readings/{readingId}",
    summary: "Delete a reading",
    tag: "Readings",
    params: id("readingId"),
    success: "none",
  }),

  getComparison: endpoint({
    method: "GET",
    path: "/sources/{sourceId}/comparison",
    summary:
      "How observers read a source: observers, questions, answers (disagreements marked) and readings; the first 200 readings, 100 questions and 100 passages, with their totals",
    tag: "Comparisons",
    params: id("sourceId"),
    success: "item",
  }),
  listQuestions: endpoint({
    method: "GET",
    path: "/sources/{sourceId}/questions",
    summary: "List the questions asked of a source's readings, in order",
    tag: "Comparisons",
    params: id("sourceId"),
    query: pageQuerySchema,
    success: "page",
  }),
  createQuestion: endpoint({
    method: "POST",
    path: "/sources/{sourceId}/questions",
    summary: "Ask a question of every observer's reading of a source",
    tag: "Comparisons",
    params: id("sourceId"),
    body: questionFieldsSchema,
    success: "created",
  }),
  getQuestion: endpoint({
    method: "GET",
    path: "/questions/{questionId}",
    summary: "Get a question with its answers",
    tag: "Comparisons",
    params: id("questionId"),
    success: "item",
  }),
  updateQuestion: endpoint({
    method: "PATCH",
    path: "/questions/{questionId}",
    summary: "Reword a question (send the version you edited)",
    tag: "Comparisons",
    params: id("questionId"),
    body: updateQuestionSchema,
    success: "item",
  }),
  deleteQuestion: endpoint({
    method: "DELETE",
    path: "/questions/{questionId}",
    summary: "Delete a question with its answers",
    tag: "Comparisons",
    params: id("questionId"),
    success: "none",
  }),
  listAnswers: endpoint({
    method: "GET",
    path: "/questions/{questionId}/answers",
    summary: "List the observers' answers to a question",
    tag: "Comparisons",
    params: id("questionId"),
    query: pageQuerySchema,
    success: "page",
  }),
  createAnswer: endpoint({
    method: "POST",
    path: "/questions/{questionId}/answers",
    summary:
      "Record an observer's answer (yes, no, ambiguous, silent); the citation defaults to its reading's documenting source",
    tag: "Comparisons",
    params: id("questionId"),
    body: answerFieldsSchema,
    success: "created",
  }),
  getAnswer: endpoint({
    method: "GET",
    path: "/answers/{answerId}",
    summary: "Get an answer",
    tag: "Comparisons",
    params: id("answerId"),
    success: "item",
  }),
  updateAnswer: endpoint({
    method: "PATCH",
    path: "/answers/{answerId}",
    summary: "Change an answer, its note or its citation (send the version you edited)",
    tag: "Comparisons",
    params: id("answerId"),
    body: updateAnswerSchema,
    success: "item",
  }),
  deleteAnswer: endpoint({
    method: "DELETE",
    path: "/answers/{answerId}",
    summary: "Delete an answer",
    tag: "Comparisons",
    params: id("answerId"),
    success: "none",
  }),

  listAnnotations: endpoint({
    method: "GET",
    path: "/projects/{projectId}/annotations",
    summary: "List the notes you can see (shared ones and your own private ones)",
    tag: "Annotations",
    params: id("projectId"),
    query: annotationListQuerySchema,
    success: "page",
  }),
  createAnnotation: endpoint({
    method: "POST",
    path: "/projects/{projectId}/annotations",
    summary: "Annotate a claim, source, passage (or a span of it), reading or evidence",
    tag: "Annotations",
    params: id("projectId"),
    body: createAnnotationSchema,
    success: "created",
  }),
  replyToAnnotation: endpoint({
    method: "POST",
    path: "/annotations/{annotationId}/replies",
    summary: "Reply in a note's thread",
    tag: "Annotations",
    params: id("annotationId"),
    body: replySchema,
    success: "created",
  }),
  updateAnnotation: endpoint({
    method: "PATCH",
    path: "/annotations/{annotationId}",
    summary: "Edit your note, or share it / make it private",
    tag: "Annotations",
    params: id("annotationId"),
    body: updateAnnotationSchema,
    success: "item",
  }),
  deleteAnnotation: endpoint({
    method: "DELETE",
    path: "/annotations/{annotationId}",
    summary: "Delete a note (its author; owners and editors for shared notes)",
    tag: "Annotations",
    params: id("annotationId"),
    success: "none",
  }),
  listMyAnnotations: endpoint({
    method: "GET",
    path: "/annotations/mine",
    summary:
      "Your notes across projects, newest first, a page at a time; format=markdown exports the 1,000 newest with citations",
    tag: "Annotations",
    query: myAnnotationsListQuerySchema,
    success: "page",
  }),

  exportClaim: endpoint({
    method: "GET",
    path: "/claims/{claimId}/export",
    summary:
      "Export a claim's evidence chain: format=bibliography|notes (output=html|text|rtf, style, locale) or bibtex|biblatex|ris|csl-json; 202 with a job when long",
    tag: "Citations",
    params: id("claimId"),
    query: exportQuerySchema,
    success: "item",
    produces: EXPORT_TYPES,
  }),
  exportProject: endpoint({
    method: "GET",
    path: "/projects/{projectId}/export",
    summary:
      "Export a project's sources, or a selection (sourceIds=a,b,c), in the same formats; 202 with a job when long",
    tag: "Citations",
    params: id("projectId"),
    query: exportQuerySchema,
    success: "item",
    produces: EXPORT_TYPES,
  }),
  importSources: endpoint({
    method: "POST",
    path: "/projects/{projectId}/import",
    summary:
      "Import BibTeX, RIS or CSL-JSON (the file as the body, or multipart with file and choices): imported, merged, skipped and failed entries with reasons; dryRun=true previews; 202 with a job when large",
    tag: "Citations",
    params: id("projectId"),
    query: importQuerySchema,
    success: "item",
    fileBody: {
      contentTypes: [
        "application/x-bibtex",
        "application/x-research-info-systems",
        "application/vnd.citationstyles.csl+json",
        "application/json",
        "text/plain",
        "multipart/form-data",
      ],
      maxBytes: 50_000_000,
      description: "The BibTeX, RIS or CSL-JSON file",
    },
  }),
  listCitationStyles: endpoint({
    method: "GET",
    path: "/projects/{projectId}/citation-styles",
    summary: "Search the installed CSL styles (q=) and list the project's uploaded ones",
    tag: "Citations",
    params: id("projectId"),
    query: styleSearchQuerySchema,
    success: "item",
  }),
  uploadCitationStyle: endpoint({
    method: "POST",
    path: "/projects/{projectId}/citation-styles",
    summary: "Upload a .csl style to the project (the XML as the body)",
    tag: "Citations",
    params: id("projectId"),
    success: "created",
    fileBody: {
      contentTypes: ["application/vnd.citationstyles.style+xml", "application/xml", "text/xml", "text/plain"],
      maxBytes: 1_000_000,
      description: "The .csl file",
    },
  }),
  deleteCitationStyle: endpoint({
    method: "DELETE",
    path: "/citation-styles/{styleId}",
    summary: "Remove an uploaded style from its project",
    tag: "Citations",
    params: id("styleId"),
    success: "none",
  }),
  getCitationJob: endpoint({
    method: "GET",
    path: "/citation-jobs/{jobId}",
    summary: "A long export's or import's state and progress (an import's answer when done)",
    tag: "Citations",
    params: id("jobId"),
    success: "item",
  }),
  getCitationJobFile: endpoint({
    method: "GET",
    path: "/citation-jobs/{jobId}/file",
    summary: "The file a finished export job made",
    tag: "Citations",
    params: id("jobId"),
    success: "item",
    produces: [...EXPORT_TYPES, ...ARGUMENT_EXPORT_TYPES],
  }),

  listArguments: endpoint({
    method: "GET",
    path: "/projects/{projectId}/arguments",
    summary: "List a project's arguments (chapters, articles, talks), most recently changed first",
    tag: "Arguments",
    params: id("projectId"),
    success: "item",
  }),
  createArgument: endpoint({
    method: "POST",
    path: "/projects/{projectId}/arguments",
    summary: "Start an argument: a title and what it is for",
    tag: "Arguments",
    params: id("projectId"),
    body: argumentFieldsSchema,
    success: "created",
  }),
  getArgument: endpoint({
    method: "GET",
    path: "/arguments/{argumentId}",
    summary:
      "Get an argument with its outline: sections and points in order, each claim point with the evidence it may cite",
    tag: "Arguments",
    params: id("argumentId"),
    success: "item",
  }),
  updateArgument: endpoint({
    method: "PATCH",
    path: "/arguments/{argumentId}",
    summary: "Rename an argument or change its description (send the version you edited)",
    tag: "Arguments",
    params: id("argumentId"),
    body: updateArgumentSchema,
    success: "item",
  }),
  deleteArgument: endpoint({
    method: "DELETE",
    path: "/arguments/{argumentId}",
    summary: "Delete an argument and its outline (the claims stay)",
    tag: "Arguments",
    params: id("argumentId"),
    success: "none",
  }),
  setArgumentOutline: endpoint({
    method: "PUT",
    path: "/arguments/{argumentId}/outline",
    summary:
      "Reorder, indent and outdent: every point of the argument in its new order with its depth, and the argument's version (409 with the other change when stale)",
    tag: "Arguments",
    params: id("argumentId"),
    body: outlineSchema,
    success: "item",
  }),
  addArgumentPoint: endpoint({
    method: "POST",
    path: "/arguments/{argumentId}/points",
    summary:
      "Add a section, a claim point or prose, at the end or after a point; a claim point cites the claim's supporting evidence, strongest first, unless evidenceIds choose",
    tag: "Arguments",
    params: id("argumentId"),
    body: pointFieldsSchema,
    success: "created",
  }),
  updateArgumentPoint: endpoint({
    method: "PATCH",
    path: "/argument-points/{pointId}",
    summary:
      'Change a point\'s text, claim, chosen evidence, "but see" notes or quotation (send the version you edited)',
    tag: "Arguments",
    params: id("pointId"),
    body: updatePointSchema,
    success: "item",
  }),
  deleteArgumentPoint: endpoint({
    method: "DELETE",
    path: "/argument-points/{pointId}",
    summary: "Remove a point from its argument (the points under it move up a level)",
    tag: "Arguments",
    params: id("pointId"),
    success: "none",
  }),
  exportArgument: endpoint({
    method: "GET",
    path: "/arguments/{argumentId}/export",
    summary:
      "Export an argument with native footnotes: format=docx|odt|markdown, style, locale, bibliography, evidenceCheck (the single-origin and no-primary-source appendix); 202 with a job when long",
    tag: "Arguments",
    params: id("argumentId"),
    query: argumentExportQuerySchema,
    success: "item",
    produces: ARGUMENT_EXPORT_TYPES,
  }),

  createProjectArchive: endpoint({
    method: "POST",
    path: "/projects/{projectId}/archive",
    summary:
      "Make the project's archive (owners only): one .zip with a manifest, JSON Lines per entity and the photos; 202 with a job to follow, whose file is the archive",
    tag: "Archives",
    params: id("projectId"),
    success: "item",
  }),
  getArchiveJob: endpoint({
    method: "GET",
    path: "/archive-jobs/{archiveJobId}",
    summary:
      "An archive job of yours: progress, and for a restore its dry-run report (what it would create) or the project it created",
    tag: "Archives",
    params: id("archiveJobId"),
    success: "item",
  }),
  getArchiveJobFile: endpoint({
    method: "GET",
    path: "/archive-jobs/{archiveJobId}/file",
    summary: "Download the archive a finished export job made (you must still own the project)",
    tag: "Archives",
    params: id("archiveJobId"),
    success: "item",
    produces: ["application/zip"],
  }),
  uploadProjectArchive: endpoint({
    method: "POST",
    path: "/project-archives",
    summary:
      "Upload a project archive to restore (the .zip as the body): every file is checked against its checksum, nothing is written; 201 with the dry-run report, then POST its restoreUrl",
    tag: "Archives",
    query: uploadArchiveQuerySchema,
    success: "created",
    fileBody: {
      contentTypes: ARCHIVE_UPLOAD_TYPES,
      maxBytes: maxArchiveBytes(),
      description: "The project archive",
    },
  }),
  restoreProjectArchive: endpoint({
    method: "POST",
    path: "/archive-jobs/{archiveJobId}/restore",
    summary:
      "Restore an uploaded archive into a new project of which you are the owner, all or nothing; 202 with the job to follow",
    tag: "Archives",
    params: id("archiveJobId"),
    body: restoreArchiveSchema,
    success: "item",
  }),
  exportAnnotationsW3C: endpoint({
    method: "GET",
    path: "/projects/{projectId}/annotations/w3c",
    summary:
      "The notes you can see (mine=true: only yours) as a W3C Web Annotation AnnotationCollection in JSON-LD, with text quote and position selectors",
    tag: "Annotations",
    params: id("projectId"),
    query: w3cExportQuerySchema,
    success: "item",
    produces: ["application/ld+json"],
  }),
  importAnnotationsW3C: endpoint({
    method: "POST",
    path: "/projects/{projectId}/annotations/w3c",
    summary:
      "Import W3C Web Annotations (a collection, page or list) or a Hypothesis export onto the passages whose text their quotes match; reports the ones that match nothing",
    tag: "Annotations",
    params: id("projectId"),
    query: w3cImportQuerySchema,
    success: "item",
    fileBody: {
      contentTypes: W3C_IMPORT_TYPES,
      maxBytes: MAX_W3C_IMPORT_BYTES,
      description: "The annotations file",
    },
  }),

  search: endpoint({
    method: "GET",
    path: "/search",
    summary:
      "Search a project's claims, sources (titles in any script, authors, archival references), passages and translations, notes, readings and photos (by caption and file name): ranked hits with matches marked, { data, nextCursor, total }",
    tag: "Search",
    query: searchQuerySchema,
    success: "page",
  }),
} satisfies Record<string, Endpoint>;

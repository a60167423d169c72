-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ProjectRole" AS ENUM ('owner', 'editor', 'contributor', 'viewer');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('newspaper_article', 'archival_document', 'letter', 'dispatch', 'minute', 'speech', 'book', 'chapter', 'journal_article', 'web_page', 'other');

-- CreateEnum
CREATE TYPE "ArchivalLocatorScheme" AS ENUM ('tna', 'russian', 'generic');

-- CreateEnum
CREATE TYPE "ContributorRole" AS ENUM ('author', 'editor', 'translator', 'recipient', 'interviewer', 'container_author', 'collection_editor', 'reviewed_author');

-- CreateEnum
CREATE TYPE "SourceRelationType" AS ENUM ('reprints', 'translates', 'summarises', 'quotes', 'reports', 'comments_on', 'cites');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('working', 'supported', 'contested', 'refuted', 'abandoned');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('supports', 'contradicts', 'qualifies', 'context');

-- CreateEnum
CREATE TYPE "ObserverKind" AS ENUM ('person', 'newspaper', 'embassy', 'ministry_department', 'intelligence_service', 'party_body', 'historian', 'institution');

-- CreateEnum
CREATE TYPE "AnswerValue" AS ENUM ('yes', 'no', 'ambiguous', 'silent');

-- CreateEnum
CREATE TYPE "AnnotationVisibility" AS ENUM ('private', 'shared');

-- CreateEnum
CREATE TYPE "ActivityAction" AS ENUM ('create', 'update', 'delete');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "passwordHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "ProjectRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "role" "ProjectRole" NOT NULL,
    "email" TEXT,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "cslType" TEXT NOT NULL,
    "genre" TEXT,
    "title" TEXT NOT NULL,
    "titleOriginal" TEXT,
    "titleTransliterated" TEXT,
    "titleTranslated" TEXT,
    "issuedEdtf" TEXT,
    "issuedStart" DATE,
    "issuedEnd" DATE,
    "containerTitle" TEXT,
    "collectionTitle" TEXT,
    "volume" TEXT,
    "issue" TEXT,
    "page" TEXT,
    "edition" TEXT,
    "publisher" TEXT,
    "publisherPlace" TEXT,
    "language" TEXT,
    "doi" TEXT,
    "isbn" TEXT,
    "url" TEXT,
    "archive" TEXT,
    "archivePlace" TEXT,
    "archivalScheme" "ArchivalLocatorScheme",
    "archiveRepository" TEXT,
    "archiveCollection" TEXT,
    "archiveSeries" TEXT,
    "archiveFile" TEXT,
    "archiveItem" TEXT,
    "archiveFolio" TEXT,
    "archivePage" TEXT,
    "archiveLocation" TEXT,
    "abstract" TEXT,
    "note" TEXT,
    "csl" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceContributor" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "role" "ContributorRole" NOT NULL,
    "position" INTEGER NOT NULL,
    "family" TEXT,
    "given" TEXT,
    "literal" TEXT,
    "droppingParticle" TEXT,
    "nonDroppingParticle" TEXT,
    "suffix" TEXT,
    "original" TEXT,

    CONSTRAINT "SourceContributor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceRelation" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "fromSourceId" TEXT NOT NULL,
    "toSourceId" TEXT NOT NULL,
    "type" "SourceRelationType" NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourceRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Passage" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "language" TEXT,
    "page" TEXT,
    "folio" TEXT,
    "column" TEXT,
    "paragraph" TEXT,
    "note" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Passage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PassageTranslation" (
    "id" TEXT NOT NULL,
    "passageId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "translator" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PassageTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "attribution" TEXT,
    "status" "ClaimStatus" NOT NULL DEFAULT 'working',
    "tags" TEXT[],
    "periodEdtf" TEXT,
    "periodStart" DATE,
    "periodEnd" DATE,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "passageId" TEXT,
    "sourceId" TEXT,
    "supportingClaimId" TEXT,
    "stance" "Stance" NOT NULL,
    "confidence" INTEGER NOT NULL DEFAULT 3,
    "rationale" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Observer" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ObserverKind" NOT NULL,
    "activeFrom" INTEGER,
    "activeTo" INTEGER,
    "affiliationId" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Observer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reading" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "observerId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "documentingSourceId" TEXT,
    "documentingLocator" TEXT,
    "readAtEdtf" TEXT,
    "readAtStart" DATE,
    "readAtEnd" DATE,
    "summary" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reading_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadingPhrase" (
    "id" TEXT NOT NULL,
    "readingId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "passageId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReadingPhrase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadingClaimStance" (
    "id" TEXT NOT NULL,
    "readingId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "stance" "Stance" NOT NULL,
    "note" TEXT,

    CONSTRAINT "ReadingClaimStance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComparisonQuestion" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComparisonQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComparisonAnswer" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "observerId" TEXT NOT NULL,
    "readingId" TEXT,
    "value" "AnswerValue" NOT NULL,
    "note" TEXT,
    "citedSourceId" TEXT,
    "citedLocator" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComparisonAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Annotation" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "authorId" TEXT,
    "visibility" "AnnotationVisibility" NOT NULL DEFAULT 'private',
    "body" TEXT NOT NULL,
    "claimId" TEXT,
    "sourceId" TEXT,
    "passageId" TEXT,
    "readingId" TEXT,
    "evidenceId" TEXT,
    "parentId" TEXT,
    "selectorExact" TEXT,
    "selectorPrefix" TEXT,
    "selectorSuffix" TEXT,
    "selectorStart" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CitationStyle" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "xml" TEXT NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CitationStyle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" "ActivityAction" NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "label" TEXT,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_createdAt_idx" ON "SignInAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_address_createdAt_idx" ON "SignInAttempt"("address", "createdAt");

-- CreateIndex
CREATE INDEX "Project_archivedAt_idx" ON "Project"("archivedAt");

-- CreateIndex
CREATE INDEX "Project_name_idx" ON "Project"("name");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE INDEX "Membership_projectId_role_idx" ON "Membership"("projectId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_projectId_userId_key" ON "Membership"("projectId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_projectId_idx" ON "Invitation"("projectId");

-- CreateIndex
CREATE INDEX "Invitation_createdById_idx" ON "Invitation"("createdById");

-- CreateIndex
CREATE INDEX "Source_projectId_title_idx" ON "Source"("projectId", "title");

-- CreateIndex
CREATE INDEX "Source_projectId_issuedStart_idx" ON "Source"("projectId", "issuedStart");

-- CreateIndex
CREATE INDEX "Source_projectId_kind_idx" ON "Source"("projectId", "kind");

-- CreateIndex
CREATE INDEX "Source_projectId_updatedAt_idx" ON "Source"("projectId", "updatedAt");

-- CreateIndex
CREATE INDEX "Source_projectId_doi_idx" ON "Source"("projectId", "doi");

-- CreateIndex
CREATE INDEX "Source_projectId_isbn_idx" ON "Source"("projectId", "isbn");

-- CreateIndex
CREATE INDEX "Source_createdById_idx" ON "Source"("createdById");

-- CreateIndex
CREATE INDEX "SourceContributor_family_idx" ON "SourceContributor"("family");

-- CreateIndex
CREATE UNIQUE INDEX "SourceContributor_sourceId_role_position_key" ON "SourceContributor"("sourceId", "role", "position");

-- CreateIndex
CREATE INDEX "SourceRelation_projectId_idx" ON "SourceRelation"("projectId");

-- CreateIndex
CREATE INDEX "SourceRelation_toSourceId_idx" ON "SourceRelation"("toSourceId");

-- CreateIndex
CREATE INDEX "SourceRelation_createdById_idx" ON "SourceRelation"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "SourceRelation_fromSourceId_toSourceId_type_key" ON "SourceRelation"("fromSourceId", "toSourceId", "type");

-- CreateIndex
CREATE INDEX "Passage_projectId_idx" ON "Passage"("projectId");

-- CreateIndex
CREATE INDEX "Passage_sourceId_position_idx" ON "Passage"("sourceId", "position");

-- CreateIndex
CREATE INDEX "Passage_createdById_idx" ON "Passage"("createdById");

-- CreateIndex
CREATE INDEX "PassageTranslation_passageId_idx" ON "PassageTranslation"("passageId");

-- CreateIndex
CREATE INDEX "Claim_projectId_status_idx" ON "Claim"("projectId", "status");

-- CreateIndex
CREATE INDEX "Claim_projectId_updatedAt_idx" ON "Claim"("projectId", "updatedAt");

-- CreateIndex
CREATE INDEX "Claim_tags_idx" ON "Claim" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "Claim_createdById_idx" ON "Claim"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_projectId_number_key" ON "Claim"("projectId", "number");

-- CreateIndex
CREATE INDEX "Evidence_projectId_idx" ON "Evidence"("projectId");

-- CreateIndex
CREATE INDEX "Evidence_claimId_position_idx" ON "Evidence"("claimId", "position");

-- CreateIndex
CREATE INDEX "Evidence_passageId_idx" ON "Evidence"("passageId");

-- CreateIndex
CREATE INDEX "Evidence_sourceId_idx" ON "Evidence"("sourceId");

-- CreateIndex
CREATE INDEX "Evidence_supportingClaimId_idx" ON "Evidence"("supportingClaimId");

-- CreateIndex
CREATE INDEX "Evidence_createdById_idx" ON "Evidence"("createdById");

-- CreateIndex
CREATE INDEX "Observer_projectId_name_idx" ON "Observer"("projectId", "name");

-- CreateIndex
CREATE INDEX "Observer_affiliationId_idx" ON "Observer"("affiliationId");

-- CreateIndex
CREATE INDEX "Observer_createdById_idx" ON "Observer"("createdById");

-- CreateIndex
CREATE INDEX "Reading_projectId_readAtStart_idx" ON "Reading"("projectId", "readAtStart");

-- CreateIndex
CREATE INDEX "Reading_observerId_readAtStart_idx" ON "Reading"("observerId", "readAtStart");

-- CreateIndex
CREATE INDEX "Reading_sourceId_idx" ON "Reading"("sourceId");

-- CreateIndex
CREATE INDEX "Reading_documentingSourceId_idx" ON "Reading"("documentingSourceId");

-- CreateIndex
CREATE INDEX "Reading_createdById_idx" ON "Reading"("createdById");

-- CreateIndex
CREATE INDEX "ReadingPhrase_readingId_position_idx" ON "ReadingPhrase"("readingId", "position");

-- CreateIndex
CREATE INDEX "ReadingPhrase_passageId_idx" ON "ReadingPhrase"("passageId");

-- CreateIndex
CREATE INDEX "ReadingClaimStance_claimId_idx" ON "ReadingClaimStance"("claimId");

-- CreateIndex
CREATE UNIQUE INDEX "ReadingClaimStance_readingId_claimId_key" ON "ReadingClaimStance"("readingId", "claimId");

-- CreateIndex
CREATE INDEX "ComparisonQuestion_projectId_idx" ON "ComparisonQuestion"("projectId");

-- CreateIndex
CREATE INDEX "ComparisonQuestion_sourceId_position_idx" ON "ComparisonQuestion"("sourceId", "position");

-- CreateIndex
CREATE INDEX "ComparisonQuestion_createdById_idx" ON "ComparisonQuestion"("createdById");

-- CreateIndex
CREATE INDEX "ComparisonAnswer_observerId_idx" ON "ComparisonAnswer"("observerId");

-- CreateIndex
CREATE INDEX "ComparisonAnswer_readingId_idx" ON "ComparisonAnswer"("readingId");

-- CreateIndex
CREATE INDEX "ComparisonAnswer_citedSourceId_idx" ON "ComparisonAnswer"("citedSourceId");

-- CreateIndex
CREATE INDEX "ComparisonAnswer_createdById_idx" ON "ComparisonAnswer"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "ComparisonAnswer_questionId_observerId_key" ON "ComparisonAnswer"("questionId", "observerId");

-- CreateIndex
CREATE INDEX "Annotation_projectId_visibility_createdAt_idx" ON "Annotation"("projectId", "visibility", "createdAt");

-- CreateIndex
CREATE INDEX "Annotation_authorId_createdAt_idx" ON "Annotation"("authorId", "createdAt");

-- CreateIndex
CREATE INDEX "Annotation_claimId_idx" ON "Annotation"("claimId");

-- CreateIndex
CREATE INDEX "Annotation_sourceId_idx" ON "Annotation"("sourceId");

-- CreateIndex
CREATE INDEX "Annotation_passageId_idx" ON "Annotation"("passageId");

-- CreateIndex
CREATE INDEX "Annotation_readingId_idx" ON "Annotation"("readingId");

-- CreateIndex
CREATE INDEX "Annotation_evidenceId_idx" ON "Annotation"("evidenceId");

-- CreateIndex
CREATE INDEX "Annotation_parentId_idx" ON "Annotation"("parentId");

-- CreateIndex
CREATE INDEX "CitationStyle_uploadedById_idx" ON "CitationStyle"("uploadedById");

-- CreateIndex
CREATE UNIQUE INDEX "CitationStyle_projectId_name_key" ON "CitationStyle"("projectId", "name");

-- CreateIndex
CREATE INDEX "Activity_projectId_createdAt_idx" ON "Activity"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "Activity_entityType_entityId_createdAt_idx" ON "Activity"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "Activity_actorId_idx" ON "Activity"("actorId");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceContributor" ADD CONSTRAINT "SourceContributor_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceRelation" ADD CONSTRAINT "SourceRelation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceRelation" ADD CONSTRAINT "SourceRelation_fromSourceId_fkey" FOREIGN KEY ("fromSourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceRelation" ADD CONSTRAINT "SourceRelation_toSourceId_fkey" FOREIGN KEY ("toSourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceRelation" ADD CONSTRAINT "SourceRelation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PassageTranslation" ADD CONSTRAINT "PassageTranslation_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "Passage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "Passage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_supportingClaimId_fkey" FOREIGN KEY ("supportingClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observer" ADD CONSTRAINT "Observer_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observer" ADD CONSTRAINT "Observer_affiliationId_fkey" FOREIGN KEY ("affiliationId") REFERENCES "Observer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observer" ADD CONSTRAINT "Observer_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reading" ADD CONSTRAINT "Reading_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reading" ADD CONSTRAINT "Reading_observerId_fkey" FOREIGN KEY ("observerId") REFERENCES "Observer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reading" ADD CONSTRAINT "Reading_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reading" ADD CONSTRAINT "Reading_documentingSourceId_fkey" FOREIGN KEY ("documentingSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reading" ADD CONSTRAINT "Reading_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingPhrase" ADD CONSTRAINT "ReadingPhrase_readingId_fkey" FOREIGN KEY ("readingId") REFERENCES "Reading"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingPhrase" ADD CONSTRAINT "ReadingPhrase_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "Passage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingClaimStance" ADD CONSTRAINT "ReadingClaimStance_readingId_fkey" FOREIGN KEY ("readingId") REFERENCES "Reading"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingClaimStance" ADD CONSTRAINT "ReadingClaimStance_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComparisonQuestion" ADD CONSTRAINT "ComparisonQuestion_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComparisonQuestion" ADD CONSTRAINT "ComparisonQuestion_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComparisonQuestion" ADD CONSTRAINT "ComparisonQuestion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComparisonAnswer" ADD CONSTRAINT "ComparisonAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "ComparisonQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComparisonAnswer" ADD CONSTRAINT "ComparisonAnswer_observerId_fkey" FOREIGN KEY ("observerId") REFERENCES "Observer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComparisonAnswer" ADD CONSTRAINT "ComparisonAnswer_readingId_fkey" FOREIGN KEY ("readingId") REFERENCES "Reading"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComparisonAnswer" ADD CONSTRAINT "ComparisonAnswer_citedSourceId_fkey" FOREIGN KEY ("citedSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComparisonAnswer" ADD CONSTRAINT "ComparisonAnswer_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "Passage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_readingId_fkey" FOREIGN KEY ("readingId") REFERENCES "Reading"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitationStyle" ADD CONSTRAINT "CitationStyle_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitationStyle" ADD CONSTRAINT "CitationStyle_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Invariants Prisma's schema language cannot express (written by hand).
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_exactly_one_target_check"
  CHECK (num_nonnulls("passageId", "sourceId", "supportingClaimId") = 1);
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_confidence_check" CHECK ("confidence" BETWEEN 1 AND 5);
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_not_own_evidence_check"
  CHECK ("supportingClaimId" IS NULL OR "supportingClaimId" <> "claimId");
ALTER TABLE "SourceRelation" ADD CONSTRAINT "SourceRelation_not_to_itself_check"
  CHECK ("fromSourceId" <> "toSourceId");

-- Photos and scans become searchable (migration image_search). The new kind is added alone: a
-- value added to an enum cannot be used in the transaction that adds it.

-- AlterEnum
ALTER TYPE "SearchKind" ADD VALUE 'image';

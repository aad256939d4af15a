-- accordion:migration kind=expand transition=Profile.biography
-- Expand Profile.bio into Profile.biography (copy).
-- Adds "biography" next to "bio", keeps both equal with triggers and copies every row.

-- accordion:ddl
ALTER TABLE "Profile" ADD COLUMN "biography" VARCHAR(255);
CREATE TRIGGER "accordion_Profile_biography_ins" AFTER INSERT ON "Profile" FOR EACH ROW
WHEN NEW."bio" IS NOT NEW."biography" BEGIN
  -- a writer of either release fills one column; copy it to the other; ';' here ends nothing
  UPDATE "Profile" SET
    "biography" = CASE WHEN NEW."biography" IS NULL THEN NEW."bio" ELSE NEW."biography" END,
    "bio" = CASE WHEN NEW."bio" IS NULL THEN NEW."biography" ELSE NEW."bio" END
  WHERE "id" = NEW."id";
END;
CREATE TRIGGER "accordion_Profile_biography_upd_old" AFTER UPDATE OF "bio" ON "Profile" FOR EACH ROW
WHEN NEW."bio" IS NOT OLD."bio" AND NEW."bio" IS NOT NEW."biography" BEGIN
  UPDATE "Profile" SET "biography" = NEW."bio" WHERE "id" = NEW."id";
END;
CREATE TRIGGER "accordion_Profile_biography_upd_new" AFTER UPDATE OF "biography" ON "Profile" FOR EACH ROW
WHEN NEW."biography" IS NOT OLD."biography" AND NEW."biography" IS NOT NEW."bio" BEGIN
  UPDATE "Profile" SET "bio" = NEW."biography" WHERE "id" = NEW."id";
END;

-- accordion:backfill batch=100 key-type=integer start=-9223372036854775808
SELECT MAX("id") FROM (SELECT "id" FROM "Profile" WHERE "id" >= :from ORDER BY "id" LIMIT :batch) AS "batch_keys";
UPDATE "Profile" SET "biography" = "bio" WHERE "id" >= :from AND "id" <= :upto AND "biography" IS NULL AND "bio" IS NOT NULL;

-- accordion:verify
SELECT COUNT(*) FROM "Profile" WHERE "bio" IS NOT "biography";

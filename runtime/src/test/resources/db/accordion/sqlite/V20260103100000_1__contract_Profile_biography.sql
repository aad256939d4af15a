-- accordion:migration kind=contract transition=Profile.biography
-- Contract Profile.biography: drops the sync triggers and the old column "bio".

-- accordion:guard
SELECT COUNT(*) FROM "Profile" WHERE "bio" IS NOT "biography";

-- accordion:ddl
DROP TRIGGER "accordion_Profile_biography_ins";
DROP TRIGGER "accordion_Profile_biography_upd_old";
DROP TRIGGER "accordion_Profile_biography_upd_new";
ALTER TABLE "Profile" DROP COLUMN "bio";

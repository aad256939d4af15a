-- accordion:migration kind=baseline
-- Baseline: the Profile table as the entities declare it.

-- accordion:ddl
CREATE TABLE "Profile" (
  "id" INTEGER PRIMARY KEY,
  "bio" VARCHAR(255)
);

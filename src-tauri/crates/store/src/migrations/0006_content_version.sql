-- The signed content pack (assets/content/pack.json's version, or an installed update) an
-- assessment was answered under. NULL for assessments from before content packs existed.
ALTER TABLE assessment ADD COLUMN content_version TEXT;

-- Sections are renamed, moved and removed by managers: a version guards concurrent edits.
ALTER TABLE site_section ADD COLUMN version int NOT NULL DEFAULT 0;

-- Articles an editor puts forward on the site's home page.
ALTER TABLE article ADD COLUMN highlighted_at timestamptz;

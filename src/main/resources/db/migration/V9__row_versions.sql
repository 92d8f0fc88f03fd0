-- OGI Report Review, schema 9 (the team database): optimistic locking of figures.
-- Every save of a figure checks the version it was read at and adds one; a save based on an older version (another
-- coder saved the figure in between) is refused and the coder is shown the current value, instead of the later save
-- silently overwriting the earlier one. Portable SQL: the same on H2 and PostgreSQL.
ALTER TABLE figures ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;

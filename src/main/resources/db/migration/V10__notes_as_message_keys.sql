-- Issue 9: what a report's import says about it (why it must be coded by hand, the notes of the import) is kept as
-- message keys and arguments (org.ogireview.model.StoredText: ["key", "arg", ["nested.key", ...]]), so the window
-- shows it in its own language. needs_manual keeps the English wording (what SQL users and older exports saw).
-- Same SQL on H2 and PostgreSQL (PostgresSchema reads CLOB as TEXT).
ALTER TABLE reports ADD COLUMN needs_manual_text VARCHAR(8000);
ALTER TABLE reports ADD COLUMN import_notes CLOB;

-- The English of earlier versions, where it is recognised, becomes its key; any other text stays as it is
-- (needs_manual_text NULL: the app shows needs_manual literally).
UPDATE reports SET needs_manual_text = '["ingest.manual.noText"]'
 WHERE needs_manual = 'the PDF has no text layer: scanned pages, code by hand';
UPDATE reports SET needs_manual_text = '["ingest.manual.garbled"]'
 WHERE needs_manual = 'the PDF text is garbled (no ToUnicode map): code by hand';

-- "the PDF's structure cannot be read by this app ((REASON)); its pages may hold text ...": REASON was either our
-- "its objects are nested too deeply" or PDFBox's own message, which stays verbatim, marked as foreign text.
UPDATE reports SET needs_manual_text = '["ingest.manual.structure",["ingest.nestedTooDeep"]]'
 WHERE needs_manual = 'the PDF''s structure cannot be read by this app ((its objects are nested too deeply)); its '
        || 'pages may hold text that another PDF reader can extract: re-save it (print to PDF) or convert it to '
        || 'text, then import that';
UPDATE reports SET needs_manual_text = '["ingest.manual.structure",["text.foreign","'
        || REPLACE(REPLACE(SUBSTRING(needs_manual FROM 50 FOR LENGTH(needs_manual) - 49 - 130), '\', '\\'), '"', '\"')
        || '"]]'
 WHERE needs_manual_text IS NULL
   AND needs_manual LIKE 'the PDF''s structure cannot be read by this app ((%)); its pages may hold text that another '
        || 'PDF reader can extract: re-save it (print to PDF) or convert it to text, then import that'
   AND LENGTH(needs_manual) > 49 + 130;

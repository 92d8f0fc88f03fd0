-- OGI Report Review, schema 2: an index that holds everything the long export reads of a failed finding.
-- The export needs the failed findings of every report in report order, but not their messages; read from the
-- table, each row is decoded whole, messages included, which cost an export of 10,000 reports (116,000 failed
-- findings) about as much as reading all 670,000 figures. Read from this index (failed first, so the failed ones lie
-- together, then report and seq for the order; the other columns so that the table is never visited), it costs a
-- tenth of that.
CREATE INDEX check_findings_failed ON check_findings (failed, report_id, seq, rule, severity, fields, ran);

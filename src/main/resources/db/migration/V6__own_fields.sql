-- OGI Report Review, schema 6: report-specific figures (figures a report states under its own label, outside the
-- catalogue: a province's own category list, 新闻发布会 in a table-era report, 网站访问量 …).
-- The figures themselves are ordinary rows of the figures table under an own.* key (org.ogireview.model.OwnKeys:
-- derived from the label, the same in every report), so saving, the audit log, undo and the exports treat them as
-- any figure. This table keeps what the key does not: the label as this report writes it (Traditional characters
-- stay) and the unit it states. One row per report and key; a figure undone away leaves its row, which is harmless
-- (a figure added again under that key takes the label it is added with).
CREATE TABLE own_fields (
    report_id   BIGINT         NOT NULL REFERENCES reports (id),
    field_key   VARCHAR(200)   NOT NULL,
    label       VARCHAR(1000)  NOT NULL,
    unit        VARCHAR(40)    NOT NULL,
    PRIMARY KEY (report_id, field_key)
);

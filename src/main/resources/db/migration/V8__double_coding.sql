-- OGI Report Review, schema 8: double coding and adjudication (issue 13). Standard SQL only: the same migration
-- builds the PostgreSQL team database.

-- A report marked for double coding and its two coders. how: 'report', 'list' (a filtered list) or
-- 'sample share=0.20 seed=7' (a random sample, reproducible with the seed).
CREATE TABLE double_coding (
    report_id     BIGINT         NOT NULL PRIMARY KEY REFERENCES reports (id),
    first_coder   VARCHAR(200)   NOT NULL,
    second_coder  VARCHAR(200)   NOT NULL,
    assigned_by   VARCHAR(200)   NOT NULL,
    assigned_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    how           VARCHAR(500)   NOT NULL
);

-- Each coder's own value of a figure of a double-coded report: one row per report, key and coder, so nothing one
-- coder does touches the other's. A figure a coder never touched reads as the extractor's proposal (figures table).
CREATE TABLE coder_figures (
    report_id     BIGINT         NOT NULL REFERENCES reports (id),
    field_key     VARCHAR(200)   NOT NULL,
    coder         VARCHAR(200)   NOT NULL,
    figure_value  VARCHAR(4000)  NOT NULL,
    qualifier     VARCHAR(20)    NOT NULL,
    status        VARCHAR(20)    NOT NULL,
    span_start    INTEGER        NOT NULL,
    span_end      INTEGER        NOT NULL,
    snippet       VARCHAR(4000)  NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (report_id, field_key, coder)
);

-- The adjudicator's latest decision on a disagreement (the audit log keeps every one). choice: 'first', 'second'
-- or 'third' (a value neither coder gave). The decided value is also written to the figures table: the dataset.
CREATE TABLE adjudications (
    report_id     BIGINT         NOT NULL REFERENCES reports (id),
    field_key     VARCHAR(200)   NOT NULL,
    adjudicator   VARCHAR(200)   NOT NULL,
    choice        VARCHAR(10)    NOT NULL,
    figure_value  VARCHAR(4000)  NOT NULL,
    qualifier     VARCHAR(20)    NOT NULL,
    status        VARCHAR(20)    NOT NULL,
    note          VARCHAR(4000)  NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (report_id, field_key)
);

-- Who acted in which role (first_coder, second_coder, adjudicator; empty for single coding) and the adjudicator's
-- note: the history export's role and note columns. Adding columns does not touch the append-only trigger.
ALTER TABLE audit_log ADD COLUMN coding_role VARCHAR(20);
ALTER TABLE audit_log ADD COLUMN note VARCHAR(4000);

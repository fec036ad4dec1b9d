-- Who reports to whom: by default every current body reports to its parent; a line overrides that
-- (the body does not report, or reports to a higher level instead).
CREATE TABLE reporting_line (
    organization_id bigint      PRIMARY KEY REFERENCES organization (id),
    reports         boolean     NOT NULL,
    recipient_id    bigint REFERENCES organization (id),
    changed_by      bigint,
    changed_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reporting_line_recipient ON reporting_line (recipient_id);

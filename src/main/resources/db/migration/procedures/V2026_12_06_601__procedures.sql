-- Administrative procedures (thủ tục hành chính) in the national database's field layout, published,
-- amended, replaced and abolished by decisions of the province that applies them.

-- A decision of publication ("Quyết định công bố danh mục thủ tục hành chính").
CREATE TABLE procedure_decision (
    id              bigserial PRIMARY KEY,
    organization_id bigint        NOT NULL REFERENCES organization (id),
    number          varchar(60)   NOT NULL,
    signed_on       date          NOT NULL,
    effective_on    date          NOT NULL,
    issuer          varchar(300)  NOT NULL,
    title           varchar(1000) NOT NULL,
    created_by      bigint,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (organization_id, number)
);

CREATE TABLE procedure (
    id                bigserial PRIMARY KEY,
    organization_id   bigint        NOT NULL REFERENCES organization (id),
    code              varchar(40)   NOT NULL UNIQUE CHECK (code ~ '^[0-9]{1,2}\.[0-9]{6}(\.[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.H[0-9]{2})?$'),
    name              varchar(1000) NOT NULL,
    field             varchar(300)  NOT NULL,
    levels            text[]        NOT NULL,
    implementing_body varchar(1000),
    competent_body    varchar(1000),
    subjects          text[]        NOT NULL DEFAULT '{}',
    conditions        text,
    steps             jsonb         NOT NULL DEFAULT '[]',
    methods           jsonb         NOT NULL DEFAULT '[]',
    dossier           jsonb         NOT NULL DEFAULT '[]',
    processing_time   text,
    fees              jsonb         NOT NULL DEFAULT '[]',
    result            text,
    legal_bases       jsonb         NOT NULL DEFAULT '[]',
    online_level      varchar(10)   NOT NULL CHECK (online_level IN ('FULL', 'PARTIAL', 'NONE')),
    portal_url        varchar(1000),
    keywords          text[]        NOT NULL DEFAULT '{}',
    status            varchar(12)   NOT NULL CHECK (status IN ('ACTIVE', 'REPLACED', 'ABOLISHED')),
    valid_from        date          NOT NULL,
    valid_to          date,
    replaced_by       varchar(40),
    version           int           NOT NULL DEFAULT 0,
    updated_at        timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX procedure_catalog ON procedure (organization_id, valid_from, valid_to);
CREATE INDEX procedure_field ON procedure (field);

-- Every change, with the content as it was made, so the history is shown and counted per period.
CREATE TABLE procedure_change (
    id           bigserial PRIMARY KEY,
    procedure_id bigint       NOT NULL REFERENCES procedure (id),
    decision_id  bigint       REFERENCES procedure_decision (id),
    kind         varchar(12)  NOT NULL CHECK (kind IN ('PUBLISHED', 'AMENDED', 'REPLACED', 'ABOLISHED')),
    effective_on date         NOT NULL,
    content      jsonb        NOT NULL,
    note         varchar(1000),
    changed_by   bigint,
    changed_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX procedure_change_of ON procedure_change (procedure_id, id);
CREATE INDEX procedure_change_period ON procedure_change (effective_on);

-- A counter that every change bumps, so each node of a cluster knows when to reload its search index.
CREATE TABLE procedure_catalog_version (
    id      int    PRIMARY KEY CHECK (id = 1),
    version bigint NOT NULL
);
INSERT INTO procedure_catalog_version VALUES (1, 0);

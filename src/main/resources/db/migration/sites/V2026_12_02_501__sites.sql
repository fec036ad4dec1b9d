-- Public CCHC sites: one per organization, with a section tree, and articles kept as editions
-- (GOV.UK Whitehall's model): the published edition stays live while the next one is drafted and
-- reviewed; publishing it supersedes the old one. Every save of an edition is kept as a revision.
CREATE TABLE site (
    id              bigserial PRIMARY KEY,
    organization_id bigint       NOT NULL UNIQUE REFERENCES organization (id),
    slug            varchar(80)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name            varchar(255) NOT NULL,
    tagline         varchar(500),
    hotline         varchar(40),
    email           varchar(255),
    address         varchar(500),
    regulation      text,
    enabled         boolean      NOT NULL DEFAULT true,
    version         int          NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE site_section (
    id        bigserial PRIMARY KEY,
    site_id   bigint       NOT NULL REFERENCES site (id) ON DELETE CASCADE,
    parent_id bigint       REFERENCES site_section (id) ON DELETE CASCADE,
    slug      varchar(80)  NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name      varchar(200) NOT NULL,
    position  int          NOT NULL DEFAULT 0,
    UNIQUE (site_id, slug)
);

-- The article as readers address it (/{site}/bai/{id}-{slug}); its content lives in editions.
CREATE TABLE article (
    id         bigserial PRIMARY KEY,
    site_id    bigint       NOT NULL REFERENCES site (id),
    slug       varchar(200) NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE article_edition (
    id                bigserial PRIMARY KEY,
    article_id        bigint        NOT NULL REFERENCES article (id),
    edition           int           NOT NULL,
    state             varchar(20)   NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED', 'REJECTED', 'SCHEDULED', 'PUBLISHED',
                                                              'UNPUBLISHED', 'SUPERSEDED')),
    kind              varchar(20)   NOT NULL CHECK (kind IN ('NEWS', 'ARTICLE', 'VIDEO', 'INFOGRAPHIC', 'DOCUMENT')),
    section_id        bigint        REFERENCES site_section (id),
    title             varchar(300)  NOT NULL,
    summary           varchar(1000),
    body              text          NOT NULL DEFAULT '',
    plain_text        text          NOT NULL DEFAULT '',
    video_url         varchar(500),
    topics            text[]        NOT NULL DEFAULT '{}',
    tags              text[]        NOT NULL DEFAULT '{}',
    author_id         bigint,
    author_name       varchar(255),
    submitted_by      bigint,
    submitted_at      timestamptz,
    review_comment    varchar(2000),
    scheduled_at      timestamptz,
    published_at      timestamptz,
    published_by      bigint,
    force_published   boolean       NOT NULL DEFAULT false,
    force_reviewed_by bigint,
    unpublish_reason  varchar(40),
    unpublish_note    varchar(2000),
    occurrence_id     bigint,
    activity_id       bigint,
    search            tsvector,
    version           int           NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (article_id, edition)
);
-- At most one edition of an article is live, and at most one is being worked on.
CREATE UNIQUE INDEX article_edition_live ON article_edition (article_id) WHERE state IN ('PUBLISHED', 'UNPUBLISHED');
CREATE UNIQUE INDEX article_edition_open ON article_edition (article_id)
    WHERE state IN ('DRAFT', 'SUBMITTED', 'REJECTED', 'SCHEDULED');
CREATE INDEX article_edition_published ON article_edition (published_at DESC) WHERE state = 'PUBLISHED';
CREATE INDEX article_edition_scheduled ON article_edition (scheduled_at) WHERE state = 'SCHEDULED';
CREATE INDEX article_edition_search ON article_edition USING gin (search) WHERE state = 'PUBLISHED';

-- Diacritic-insensitive full text: title (A), summary (B), text of the body (C), folded by unaccent.
CREATE FUNCTION article_edition_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := setweight(to_tsvector('simple', unaccent(lower(coalesce(NEW.title, '')))), 'A')
               || setweight(to_tsvector('simple', unaccent(lower(coalesce(NEW.summary, '')))), 'B')
               || setweight(to_tsvector('simple', unaccent(lower(coalesce(NEW.plain_text, '')))), 'C');
    RETURN NEW;
END
$$;
CREATE TRIGGER article_edition_search BEFORE INSERT OR UPDATE OF title, summary, plain_text ON article_edition
    FOR EACH ROW EXECUTE FUNCTION article_edition_search_update();

CREATE TABLE article_revision (
    id          bigserial PRIMARY KEY,
    edition_id  bigint        NOT NULL REFERENCES article_edition (id),
    revision    int           NOT NULL,
    title       varchar(300)  NOT NULL,
    summary     varchar(1000),
    body        text          NOT NULL,
    edited_by   bigint,
    editor_name varchar(255),
    edited_at   timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (edition_id, revision)
);

-- What happened to an edition, in order: submitted, rejected (with the comment), scheduled, published…
CREATE TABLE article_event (
    id         bigserial PRIMARY KEY,
    edition_id bigint       NOT NULL REFERENCES article_edition (id),
    kind       varchar(30)  NOT NULL,
    user_id    bigint,
    user_name  varchar(255),
    detail     varchar(2000),
    at         timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX article_event_edition ON article_event (edition_id, id);

CREATE TABLE article_note (
    id         bigserial PRIMARY KEY,
    article_id bigint        NOT NULL REFERENCES article (id),
    user_id    bigint,
    user_name  varchar(255),
    text       varchar(4000) NOT NULL,
    created_at timestamptz   NOT NULL DEFAULT now()
);

-- An article offered to the parent body's site; the parent's editor accepts or declines it.
CREATE TABLE article_forward (
    id          bigserial PRIMARY KEY,
    article_id  bigint       NOT NULL REFERENCES article (id),
    to_site_id  bigint       NOT NULL REFERENCES site (id),
    status      varchar(20)  NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
    comment     varchar(2000),
    sent_by     bigint,
    decided_by  bigint,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    decided_at  timestamptz,
    UNIQUE (article_id, to_site_id)
);

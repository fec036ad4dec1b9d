-- Images uploaded for a site's articles (covers, infographics), checked by content, kept with
-- JPEG copies at a few widths so phones never download the original.
CREATE TABLE article_image (
    id            bigserial PRIMARY KEY,
    site_id       bigint        NOT NULL REFERENCES site (id),
    file_key      varchar(200)  NOT NULL,
    original_name varchar(255)  NOT NULL,
    media_type    varchar(100)  NOT NULL,
    sha256        char(64)      NOT NULL,
    width         int           NOT NULL,
    height        int           NOT NULL,
    widths        int[]         NOT NULL,
    alt           varchar(500)  NOT NULL,
    uploaded_by   bigint,
    created_at    timestamptz   NOT NULL DEFAULT now()
);

ALTER TABLE article_edition ADD COLUMN cover_image_id bigint REFERENCES article_image (id);

-- Files offered for download by articles of the "document" kind (PDF, Word, Excel, PowerPoint),
-- checked by content; readers get one only while an article that offers it is published.
CREATE TABLE article_file (
    id            bigserial PRIMARY KEY,
    site_id       bigint        NOT NULL REFERENCES site (id),
    file_key      varchar(200)  NOT NULL,
    original_name varchar(255)  NOT NULL,
    media_type    varchar(100)  NOT NULL,
    size          bigint        NOT NULL,
    sha256        char(64)      NOT NULL,
    uploaded_by   bigint,
    created_at    timestamptz   NOT NULL DEFAULT now()
);

ALTER TABLE article_edition ADD COLUMN attachment_id bigint REFERENCES article_file (id);
CREATE INDEX article_edition_attachment ON article_edition (attachment_id) WHERE attachment_id IS NOT NULL;

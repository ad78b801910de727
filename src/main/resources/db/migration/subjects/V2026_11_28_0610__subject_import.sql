-- Bulk imports into the subject register (DESIGN.md §7, /api/v1/imports).
--
-- subject_import          one import: what, into which compartment, by whom, how far, and the rows it refused
-- subject_import_staging  the raw rows of the uploaded files, as COPY put them (one text[] per row)
-- subject_import_ready    the rows after validation: normalised values, identifiers, addresses and name keys
-- subject_import_link     the relations of an FtM import, by the source references of their two ends
--
-- Staging and ready rows live only while their import runs; they are UNLOGGED (no WAL: they are
-- rebuilt from the upload when an import is run again) and deleted when it ends. Nothing reaches
-- the register's own tables but in the one transaction of the merge.

CREATE TABLE subject_import (
    id              UUID         PRIMARY KEY,
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('PERSONS', 'COMPANIES', 'KBO', 'FTM')),
    compartment_id  UUID         NOT NULL,
    owner_org       VARCHAR(64)  NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    status          VARCHAR(8)   NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    phase           VARCHAR(16)  NOT NULL CHECK (phase IN ('RECEIVED', 'STAGING', 'VALIDATING', 'MERGING', 'FINISHED')),
    total           BIGINT       NOT NULL DEFAULT 0,
    processed       BIGINT       NOT NULL DEFAULT 0,
    rejected_count  BIGINT       NOT NULL DEFAULT 0,
    -- the first rejected rows (line, file, field, message key and arguments), translated when read
    rejected        JSONB        NOT NULL DEFAULT '[]',
    created_count   BIGINT       NOT NULL DEFAULT 0,
    updated_count   BIGINT       NOT NULL DEFAULT 0,
    relation_count  BIGINT       NOT NULL DEFAULT 0,
    failure         TEXT,
    heartbeat_at    TIMESTAMPTZ  NOT NULL,
    finished_at     TIMESTAMPTZ
);
CREATE INDEX subject_import_user_ix ON subject_import (created_by, created_at DESC);
CREATE INDEX subject_import_running_ix ON subject_import (heartbeat_at) WHERE status = 'RUNNING';

CREATE UNLOGGED TABLE subject_import_staging (
    import_id  UUID      NOT NULL,
    file       SMALLINT  NOT NULL,
    line       INT       NOT NULL,
    fields     TEXT[]    NOT NULL
);
CREATE INDEX subject_import_staging_ix ON subject_import_staging (import_id, file, line);

CREATE UNLOGGED TABLE subject_import_ready (
    import_id          UUID          NOT NULL,
    line               INT           NOT NULL,
    id                 UUID          NOT NULL,
    existing           BOOLEAN       NOT NULL DEFAULT false,
    type               VARCHAR(16)   NOT NULL,
    name               VARCHAR(300)  NOT NULL,
    name_normalised    VARCHAR(300)  NOT NULL,
    name_canonical     VARCHAR(300)  NOT NULL,
    name_variants      TEXT[]        NOT NULL,
    name_phonetic      TEXT[]        NOT NULL,
    birth_date         DATE,
    birth_place        VARCHAR(200),
    nationality        CHAR(2),
    legal_form         VARCHAR(50),
    nace_codes         TEXT[]        NOT NULL,
    ref                VARCHAR(100)  NOT NULL,
    category           VARCHAR(16)   NOT NULL,
    -- identifiers and addresses as parallel arrays, unnested by the merge
    identifier_types   TEXT[]        NOT NULL,
    identifier_values  TEXT[]        NOT NULL,
    identifier_shown   TEXT[]        NOT NULL,
    identifier_keys    TEXT[]        NOT NULL,
    streets            TEXT[]        NOT NULL,
    numbers            TEXT[]        NOT NULL,
    boxes              TEXT[]        NOT NULL,
    postcodes          TEXT[]        NOT NULL,
    municipalities     TEXT[]        NOT NULL,
    address_keys       TEXT[]        NOT NULL
);
CREATE INDEX subject_import_ready_ix ON subject_import_ready (import_id, ref);

CREATE UNLOGGED TABLE subject_import_link (
    import_id    UUID         NOT NULL,
    line         INT          NOT NULL,
    id           UUID         NOT NULL,
    source_ref   VARCHAR(100) NOT NULL,
    target_ref   VARCHAR(100) NOT NULL,
    type         VARCHAR(32)  NOT NULL,
    period_from  DATE,
    period_to    DATE
);
CREATE INDEX subject_import_link_ix ON subject_import_link (import_id);

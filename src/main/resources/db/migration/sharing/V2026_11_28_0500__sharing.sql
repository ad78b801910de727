-- Compartments, information items, their versions and attachments, and disclosures.
--
-- compartment              where content lives: a KALI dossier, a MAHO case, a COAC action, or an
--                          organisation's reference data
-- compartment_member       who is in it: a user, a team or an organisation, with a role
-- information_item         one piece of information, owned by an organisation, in a compartment
-- information_item_version the content of every earlier version, kept on each edit
-- item_attachment          files of an item, content checked by sniffing
-- disclosure               an item made available to another organisation, for a compartment and a
--                          purpose, under a protocol version; revoked, never deleted

CREATE TABLE compartment (
    id          UUID         PRIMARY KEY,
    kind        VARCHAR(16)  NOT NULL CHECK (kind IN ('DOSSIER', 'CASE', 'ACTION', 'REFERENCE')),
    title       VARCHAR(300) NOT NULL,
    owner_org   VARCHAR(64)  NOT NULL,
    reference   VARCHAR(100),
    created_by  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    closed_at   TIMESTAMPTZ
);

CREATE TABLE compartment_member (
    compartment_id UUID        NOT NULL REFERENCES compartment (id),
    member_type    VARCHAR(16) NOT NULL CHECK (member_type IN ('USER', 'TEAM', 'ORGANISATION')),
    member_id      VARCHAR(64) NOT NULL,
    role           VARCHAR(16) NOT NULL CHECK (role IN ('MANAGER', 'MEMBER', 'READER')),
    added_by       VARCHAR(64) NOT NULL,
    added_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (compartment_id, member_type, member_id)
);
-- a user's compartments: by user name, team codes and organisation code
CREATE INDEX compartment_member_member_ix ON compartment_member (member_type, member_id, compartment_id);

CREATE TABLE information_item (
    id                   UUID         PRIMARY KEY,
    compartment_id       UUID         NOT NULL REFERENCES compartment (id),
    owner_org            VARCHAR(64)  NOT NULL,
    category             VARCHAR(16)  NOT NULL CHECK (category IN ('JUDICIAL', 'POLICE', 'SOCIAL', 'FISCAL', 'CUSTOMS',
                             'ADMINISTRATIVE', 'PUBLIC')),
    classification       VARCHAR(16)  NOT NULL CHECK (classification IN ('NONE', 'BEPERKT', 'VERTROUWELIJK', 'GEHEIM',
                             'ZEER_GEHEIM')),
    -- the classification's rank, compared with the reader's clearance in the listing query
    classification_rank  SMALLINT     GENERATED ALWAYS AS (CASE classification WHEN 'NONE' THEN 0 WHEN 'BEPERKT' THEN 1
                             WHEN 'VERTROUWELIJK' THEN 2 WHEN 'GEHEIM' THEN 3 ELSE 4 END) STORED,
    tlp                  VARCHAR(16)  NOT NULL CHECK (tlp IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED')),
    source_reliability   CHAR(1)      NOT NULL CHECK (source_reliability IN ('A', 'B', 'C', 'X')),
    information_accuracy CHAR(1)      NOT NULL CHECK (information_accuracy IN ('1', '2', '3', '4')),
    handling_code        CHAR(2)      NOT NULL CHECK (handling_code IN ('H0', 'H1', 'H2', 'H3')),
    handling_note        TEXT,
    title                VARCHAR(300) NOT NULL,
    text                 TEXT         NOT NULL,
    fields               JSONB        NOT NULL DEFAULT '{}',
    subjects             TEXT[]       NOT NULL DEFAULT '{}',
    retention_until      DATE         NOT NULL,
    version              INT          NOT NULL CHECK (version > 0),
    created_by           VARCHAR(64)  NOT NULL,
    created_at           TIMESTAMPTZ  NOT NULL,
    updated_by           VARCHAR(64)  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    CONSTRAINT information_item_h3_note CHECK (handling_code <> 'H3' OR handling_note IS NOT NULL)
);
-- the listing of a compartment, newest first: every item (dossier) or one organisation's (meeting place)
CREATE INDEX information_item_listing_ix ON information_item (compartment_id, created_at DESC, id);
CREATE INDEX information_item_owner_listing_ix ON information_item (compartment_id, owner_org, created_at DESC, id);
CREATE INDEX information_item_subjects_ix ON information_item USING gin (subjects);
CREATE INDEX information_item_retention_ix ON information_item (retention_until);

CREATE TABLE information_item_version (
    item_id    UUID        NOT NULL REFERENCES information_item (id),
    version    INT         NOT NULL,
    snapshot   JSONB       NOT NULL,
    edited_by  VARCHAR(64) NOT NULL,
    edited_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (item_id, version)
);

CREATE TABLE item_attachment (
    id           UUID         PRIMARY KEY,
    item_id      UUID         NOT NULL REFERENCES information_item (id),
    filename     VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256       CHAR(64)     NOT NULL,
    content      BYTEA        NOT NULL,
    added_by     VARCHAR(64)  NOT NULL,
    added_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX item_attachment_item_ix ON item_attachment (item_id, added_at);

CREATE TABLE disclosure (
    id                  UUID         PRIMARY KEY,
    item_id             UUID         NOT NULL REFERENCES information_item (id),
    provider_org        VARCHAR(64)  NOT NULL,
    recipient_org       VARCHAR(64)  NOT NULL,
    compartment_id      UUID         NOT NULL REFERENCES compartment (id),
    -- the item's category, kept equal to the item's on every edit
    category            VARCHAR(16)  NOT NULL,
    purpose             VARCHAR(64)  NOT NULL,
    protocol_id         UUID         NOT NULL,
    protocol_version    INT          NOT NULL,
    protocol_version_id UUID         NOT NULL,
    protocol_reference  VARCHAR(32),
    disclosed_by        VARCHAR(64)  NOT NULL,
    disclosed_at        TIMESTAMPTZ  NOT NULL,
    revoked_at          TIMESTAMPTZ,
    revoked_by          VARCHAR(64),
    revoke_reason       TEXT,
    -- "protocolId|CATEGORY|PURPOSE": compared with the grants of the policy decision point's partial evaluation
    grant_key           TEXT         GENERATED ALWAYS AS (protocol_id::text || '|' || category || '|' || purpose) STORED,
    CONSTRAINT disclosure_not_to_self CHECK (provider_org <> recipient_org),
    CONSTRAINT disclosure_revocation CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
-- at most one live disclosure of an item to an organisation for a compartment
CREATE UNIQUE INDEX disclosure_live_uq ON disclosure (item_id, recipient_org, compartment_id) WHERE revoked_at IS NULL;
CREATE INDEX disclosure_item_ix ON disclosure (item_id);
-- the listing of a compartment: what was disclosed into it to one organisation, by grant
CREATE INDEX disclosure_listing_ix ON disclosure (compartment_id, recipient_org, grant_key, item_id) WHERE revoked_at IS NULL;

-- Earlier versions are history: the application may add and read them, not change them.
DO $$
BEGIN
    IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
        EXECUTE format('REVOKE UPDATE ON information_item_version FROM %I', '${appRole}');
    END IF;
END
$$;

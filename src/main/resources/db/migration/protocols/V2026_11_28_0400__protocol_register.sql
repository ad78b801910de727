-- The protocol register (art. 20 of the Belgian data protection act of 30 July 2018).
--
-- purpose              the managed list of purposes a protocol may name
-- protocol             one agreement, with its stable reference; its content lives in versions
-- protocol_version     one version of the agreement: content and lifecycle status. Disclosures
--                      point at a version id, so versions are never deleted nor rewritten once
--                      they left DRAFT.
-- protocol_transition  who moved which version from which status to which, and when
-- protocol_document    the two DPO opinions of a version, as PDF files

CREATE TABLE purpose (
    code       VARCHAR(64)  PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    name_nl    VARCHAR(200) NOT NULL,
    name_fr    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

INSERT INTO purpose (code, name_nl, name_fr, name_en) VALUES
    ('KALI_ONDERZOEK', 'KALI gerechtelijk onderzoek', 'Enquête judiciaire KALI', 'KALI judicial investigation'),
    ('MAHO_CASUSOVERLEG', 'MAHO casusoverleg Stroomplan', 'Concertation de cas MAHO Stroomplan', 'MAHO case consultation Stroomplan'),
    ('COAC_CONTROLE', 'COAC controle-actie', 'Action de contrôle COAC', 'COAC control action');

CREATE SEQUENCE protocol_reference_seq;

CREATE TABLE protocol (
    id         UUID         PRIMARY KEY,
    reference  VARCHAR(32)  NOT NULL UNIQUE,
    created_at TIMESTAMPTZ  NOT NULL,
    created_by VARCHAR(64)  NOT NULL
);

CREATE TABLE protocol_version (
    id                          UUID         PRIMARY KEY,
    protocol_id                 UUID         NOT NULL REFERENCES protocol (id),
    version                     INT          NOT NULL CHECK (version > 0),
    status                      VARCHAR(16)  NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'SUSPENDED', 'EXPIRED',
                                    'TERMINATED', 'SUPERSEDED')),
    title                       VARCHAR(300) NOT NULL,
    provider                    VARCHAR(64)  NOT NULL,
    recipients                  TEXT[]       NOT NULL,
    purposes                    TEXT[]       NOT NULL,
    categories                  TEXT[]       NOT NULL,
    legal_basis                 TEXT         NOT NULL,
    legal_reference             VARCHAR(300),
    valid_from                  DATE         NOT NULL,
    valid_to                    DATE         NOT NULL CHECK (valid_to >= valid_from),
    provider_controller         VARCHAR(300),
    recipient_controller        VARCHAR(300),
    provider_dpo                VARCHAR(300),
    recipient_dpo               VARCHAR(300),
    recipient_categories        TEXT,
    communication_means         TEXT,
    frequency                   VARCHAR(300),
    proportionality             TEXT,
    security_measures           TEXT,
    rights_restrictions         TEXT,
    rights_exercise             TEXT,
    provider_dpo_opinion_date   DATE,
    recipient_dpo_opinion_date  DATE,
    signatories                 TEXT[]       NOT NULL DEFAULT '{}',
    created_at                  TIMESTAMPTZ  NOT NULL,
    created_by                  VARCHAR(64)  NOT NULL,
    updated_at                  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT protocol_version_uq UNIQUE (protocol_id, version)
);
-- at most one draft and at most one version in force per protocol
CREATE UNIQUE INDEX protocol_version_one_draft_uq ON protocol_version (protocol_id) WHERE status = 'DRAFT';
CREATE UNIQUE INDEX protocol_version_one_in_force_uq ON protocol_version (protocol_id) WHERE status IN ('ACTIVE', 'SUSPENDED');
-- ProtocolCoverage.assess: the candidate versions of one provider, newest first
CREATE INDEX protocol_version_coverage_ix ON protocol_version (provider, protocol_id, version DESC)
    WHERE status <> 'SUPERSEDED';
-- the register's filter on recipients, and the party check of readers
CREATE INDEX protocol_version_recipients_ix ON protocol_version USING gin (recipients);
-- the expiry job
CREATE INDEX protocol_version_in_force_ix ON protocol_version (valid_to) WHERE status IN ('ACTIVE', 'SUSPENDED');

-- data format and retention period per category of a version
CREATE TABLE protocol_category_terms (
    version_id UUID         NOT NULL REFERENCES protocol_version (id) ON DELETE CASCADE,
    category   VARCHAR(16)  NOT NULL CHECK (category IN ('JUDICIAL', 'POLICE', 'SOCIAL', 'FISCAL', 'CUSTOMS',
                   'ADMINISTRATIVE', 'PUBLIC')),
    format     TEXT,
    retention  VARCHAR(300),
    PRIMARY KEY (version_id, category)
);

CREATE TABLE protocol_transition (
    id                 BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version_id         UUID         NOT NULL REFERENCES protocol_version (id),
    from_status        VARCHAR(16),
    to_status          VARCHAR(16)  NOT NULL,
    actor              VARCHAR(64)  NOT NULL,
    actor_organisation VARCHAR(64),
    at                 TIMESTAMPTZ  NOT NULL
);
CREATE INDEX protocol_transition_version_ix ON protocol_transition (version_id, id);

CREATE TABLE protocol_document (
    id           UUID         PRIMARY KEY,
    version_id   UUID         NOT NULL REFERENCES protocol_version (id) ON DELETE CASCADE,
    kind         VARCHAR(32)  NOT NULL CHECK (kind IN ('PROVIDER_DPO_OPINION', 'RECIPIENT_DPO_OPINION')),
    filename     VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size         INT          NOT NULL CHECK (size > 0 AND size <= 10485760),
    sha256       CHAR(64)     NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT protocol_document_uq UNIQUE (version_id, kind)
);

-- Blind deconfliction (docs/SECURITY.md, ‘Deconfliction’). No table here holds a clear identifier or
-- name: only HMAC-SHA256 hashes of normalised identifiers, with the version of the key that made them.

-- The index: one row per identifier key of a subject of an OPEN or JUDICIAL_INVESTIGATION dossier.
CREATE TABLE deconfliction_index (
    hash        BYTEA    NOT NULL,
    key_version INTEGER  NOT NULL,
    dossier_id  UUID     NOT NULL,
    subject_id  UUID     NOT NULL,
    kind        TEXT     NOT NULL,   -- the identifier type (NATIONAL_NUMBER, …, NAME), never its value
    PRIMARY KEY (hash, dossier_id, subject_id)
);
CREATE INDEX deconfliction_index_dossier_ix ON deconfliction_index (dossier_id);
CREATE INDEX deconfliction_index_version_ix ON deconfliction_index (key_version);

-- Every check leaves a request row, hit or not (the unknown path does the same writes).
CREATE TABLE deconfliction_request (
    id            UUID         PRIMARY KEY,
    requester     TEXT         NOT NULL,
    requester_org TEXT         NOT NULL,
    purpose       TEXT         NOT NULL,
    description   TEXT,
    window_from   TIMESTAMPTZ,
    window_to     TIMESTAMPTZ,
    address_hash  BYTEA,
    reference     TEXT,
    item_count    INTEGER      NOT NULL,
    requested_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX deconfliction_request_requester_ix ON deconfliction_request (requester, requested_at);

-- One ticket per identifier that hit; its hits say which dossier and subject (for the magistrate only).
CREATE TABLE deconfliction_ticket (
    id              UUID         PRIMARY KEY,
    request_id      UUID         NOT NULL REFERENCES deconfliction_request (id),
    item_index      INTEGER      NOT NULL,
    kind            TEXT         NOT NULL,
    requester       TEXT         NOT NULL,
    reference       TEXT,
    requested_at    TIMESTAMPTZ  NOT NULL,
    decision        TEXT,
    conditions      TEXT,
    postponed_until DATE,
    decided_by      TEXT,
    decided_at      TIMESTAMPTZ,
    reminded_at     TIMESTAMPTZ,
    version         INTEGER      NOT NULL DEFAULT 1
);
CREATE INDEX deconfliction_ticket_request_ix ON deconfliction_ticket (request_id);
CREATE INDEX deconfliction_ticket_requester_ix ON deconfliction_ticket (requester, requested_at);
CREATE INDEX deconfliction_ticket_pending_ix ON deconfliction_ticket (requested_at) WHERE decision IS NULL;

CREATE TABLE deconfliction_hit (
    ticket_id   UUID     NOT NULL REFERENCES deconfliction_ticket (id),
    dossier_id  UUID     NOT NULL,
    subject_id  UUID     NOT NULL,
    hash        BYTEA    NOT NULL,
    key_version INTEGER  NOT NULL,
    PRIMARY KEY (ticket_id, dossier_id, subject_id)
);
CREATE INDEX deconfliction_hit_dossier_ix ON deconfliction_hit (dossier_id, ticket_id);

-- Planned operations (COAC actions, police operations): the window and the hashed targets.
CREATE TABLE deconfliction_operation (
    reference     UUID         PRIMARY KEY,
    kind          TEXT         NOT NULL,
    coordinator   TEXT         NOT NULL,
    window_from   TIMESTAMPTZ  NOT NULL,
    window_to     TIMESTAMPTZ  NOT NULL,
    dossier_id    UUID,
    registered_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX deconfliction_operation_window_ix ON deconfliction_operation (window_from, window_to);

CREATE TABLE deconfliction_operation_target (
    reference   UUID     NOT NULL REFERENCES deconfliction_operation (reference) ON DELETE CASCADE,
    hash        BYTEA    NOT NULL,
    key_version INTEGER  NOT NULL,
    PRIMARY KEY (reference, hash)
);
CREATE INDEX deconfliction_operation_target_hash_ix ON deconfliction_operation_target (hash);

-- A clash as one side sees it: its own reference, the other side's kind and coordinator, the overlap.
CREATE TABLE deconfliction_clash (
    id                UUID         PRIMARY KEY,
    reference         UUID         NOT NULL,
    coordinator       TEXT         NOT NULL,
    other_reference   UUID         NOT NULL,
    other_kind        TEXT         NOT NULL,
    other_coordinator TEXT         NOT NULL,
    overlap_from      TIMESTAMPTZ  NOT NULL,
    overlap_to        TIMESTAMPTZ  NOT NULL,
    detected_at       TIMESTAMPTZ  NOT NULL,
    UNIQUE (reference, other_reference)
);
CREATE INDEX deconfliction_clash_coordinator_ix ON deconfliction_clash (coordinator, detected_at);

DO $$
BEGIN
    IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON deconfliction_index, deconfliction_request, deconfliction_ticket,'
            || ' deconfliction_hit, deconfliction_operation, deconfliction_operation_target, deconfliction_clash TO %I', '${appRole}');
    END IF;
END
$$;

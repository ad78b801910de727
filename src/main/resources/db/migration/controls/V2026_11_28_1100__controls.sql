-- COAC control actions: the action record (its id is its compartment's id), its history of
-- transitions, the participating services with staff and checklists, the targets with their
-- deconfliction answers (CLEAR or ON_HOLD and the tickets, never anything else), the results per
-- target and service, the links to MAHO cases and KALI dossiers and the feedback (disclosures made
-- or refused). Subjects and information items live in the subjects and sharing modules.

CREATE TABLE control_reference_counter (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

CREATE TABLE control_action (
    id          UUID         PRIMARY KEY,
    reference   VARCHAR(32)  NOT NULL UNIQUE,
    name        VARCHAR(300) NOT NULL,
    type        VARCHAR(32)  NOT NULL,
    starts_at   TIMESTAMPTZ  NOT NULL,
    ends_at     TIMESTAMPTZ  NOT NULL,
    area        VARCHAR(300) NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    planned_by  VARCHAR(64)  NOT NULL,
    planner_org VARCHAR(64)  NOT NULL,
    planned_at  TIMESTAMPTZ  NOT NULL,
    version     INTEGER      NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at)
);
CREATE INDEX control_action_start_ix ON control_action (starts_at, id);

CREATE TABLE control_transition (
    id          UUID        PRIMARY KEY,
    action_id   UUID        NOT NULL REFERENCES control_action (id),
    from_status VARCHAR(16),
    to_status   VARCHAR(16) NOT NULL,
    reason      TEXT        NOT NULL,
    by_user     VARCHAR(64) NOT NULL,
    by_org      VARCHAR(64) NOT NULL,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX control_transition_action_ix ON control_transition (action_id, at);

CREATE TABLE control_service (
    action_id    UUID        NOT NULL REFERENCES control_action (id),
    organisation VARCHAR(64) NOT NULL,
    staff        INTEGER     NOT NULL CHECK (staff >= 0),
    PRIMARY KEY (action_id, organisation)
);

CREATE TABLE control_checklist_item (
    id           UUID         PRIMARY KEY,
    action_id    UUID         NOT NULL REFERENCES control_action (id),
    organisation VARCHAR(64)  NOT NULL,
    position     INTEGER      NOT NULL,
    label        VARCHAR(300) NOT NULL,
    done         BOOLEAN      NOT NULL DEFAULT FALSE,
    done_by      VARCHAR(64),
    done_at      TIMESTAMPTZ
);
CREATE INDEX control_checklist_action_ix ON control_checklist_item (action_id, organisation, position);

CREATE TABLE control_link (
    action_id      UUID        NOT NULL REFERENCES control_action (id),
    compartment_id UUID        NOT NULL,
    kind           VARCHAR(16) NOT NULL CHECK (kind IN ('CASE', 'DOSSIER')),
    PRIMARY KEY (action_id, compartment_id)
);

CREATE TABLE control_target (
    id           UUID         PRIMARY KEY,
    action_id    UUID         NOT NULL REFERENCES control_action (id),
    position     INTEGER      NOT NULL,
    subject_id   UUID         NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    label        VARCHAR(300) NOT NULL,
    address      VARCHAR(300),
    check_status VARCHAR(16)  CHECK (check_status IN ('CLEAR', 'ON_HOLD'))
);
CREATE INDEX control_target_action_ix ON control_target (action_id, position);

-- what is checked for a target: identifier type codes (or NAME with a birth date) and values
CREATE TABLE control_target_identifier (
    target_id  UUID         NOT NULL REFERENCES control_target (id),
    position   INTEGER      NOT NULL,
    type       VARCHAR(32)  NOT NULL,
    value      VARCHAR(300) NOT NULL,
    birth_date DATE,
    PRIMARY KEY (target_id, position)
);

CREATE TABLE control_target_ticket (
    ticket          UUID        PRIMARY KEY,
    target_id       UUID        NOT NULL REFERENCES control_target (id),
    decision        VARCHAR(32),
    conditions      TEXT,
    postponed_until DATE,
    decided_at      TIMESTAMPTZ
);
CREATE INDEX control_target_ticket_target_ix ON control_target_ticket (target_id);

CREATE TABLE control_result (
    id               UUID          PRIMARY KEY,
    action_id        UUID          NOT NULL REFERENCES control_action (id),
    target_id        UUID          NOT NULL REFERENCES control_target (id),
    organisation     VARCHAR(64)   NOT NULL,
    findings         TEXT,
    official_reports TEXT          NOT NULL DEFAULT '',
    violations       INTEGER       NOT NULL DEFAULT 0 CHECK (violations >= 0),
    violation_kind   VARCHAR(300),
    closure_until    DATE,
    seizure_kind     VARCHAR(32),
    seizure_quantity NUMERIC(14, 3),
    seizure_value    NUMERIC(14, 2),
    arrests          INTEGER       NOT NULL DEFAULT 0 CHECK (arrests >= 0),
    fines            NUMERIC(14, 2) NOT NULL DEFAULT 0 CHECK (fines >= 0),
    entered_by       VARCHAR(64)   NOT NULL,
    entered_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX control_result_action_ix ON control_result (action_id, organisation, entered_at);

CREATE TABLE control_feedback (
    id           UUID         PRIMARY KEY,
    action_id    UUID         NOT NULL REFERENCES control_action (id),
    organisation VARCHAR(64)  NOT NULL,
    item_id      UUID,
    compartment  UUID         NOT NULL,
    recipient    VARCHAR(64),
    disclosed    BOOLEAN      NOT NULL,
    reasons      VARCHAR(500),
    at           TIMESTAMPTZ  NOT NULL
);
CREATE INDEX control_feedback_action_ix ON control_feedback (action_id, at);

-- the history of transitions and the feedback are kept as they were written
DO $$
BEGIN
    IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
        EXECUTE format('REVOKE UPDATE, DELETE ON control_transition FROM %I', '${appRole}');
        EXECUTE format('REVOKE UPDATE, DELETE ON control_feedback FROM %I', '${appRole}');
    END IF;
END
$$;

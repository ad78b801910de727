-- MAHO cases: the case record (its id is its compartment's id), its history of transitions, its
-- participating organisations, information requests, the decision with its interventions, the
-- actions, the outcome, in-app notifications and meetings with their agenda and minutes.
-- Items (contributions) and subjects live in the sharing and subjects modules, in the compartment.

CREATE TABLE case_reference_counter (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

CREATE TABLE maho_case (
    id                        UUID         PRIMARY KEY,
    reference                 VARCHAR(32)  NOT NULL UNIQUE,
    title                     VARCHAR(300) NOT NULL,
    signal                    TEXT         NOT NULL,
    urgency                   VARCHAR(16)  NOT NULL CHECK (urgency IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    status                    VARCHAR(16)  NOT NULL,
    on_hold_until             DATE,
    submitter_org             VARCHAR(64)  NOT NULL,
    submitted_by              VARCHAR(64)  NOT NULL,
    submitted_at              TIMESTAMPTZ  NOT NULL,
    confidential_participants BOOLEAN      NOT NULL DEFAULT FALSE,
    screening                 VARCHAR(300),
    version                   INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX maho_case_status_ix ON maho_case (status, submitted_at DESC);

CREATE TABLE case_transition (
    id          UUID         PRIMARY KEY,
    case_id     UUID         NOT NULL REFERENCES maho_case (id),
    from_status VARCHAR(16),
    to_status   VARCHAR(16)  NOT NULL,
    reason      TEXT         NOT NULL,
    until       DATE,
    by_user     VARCHAR(64)  NOT NULL,
    by_org      VARCHAR(64)  NOT NULL,
    at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX case_transition_case_ix ON case_transition (case_id, at);

CREATE TABLE case_participant (
    case_id      UUID        NOT NULL REFERENCES maho_case (id),
    organisation VARCHAR(64) NOT NULL,
    invited_by   VARCHAR(64) NOT NULL,
    invited_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (case_id, organisation)
);
CREATE INDEX case_participant_org_ix ON case_participant (organisation, case_id);

CREATE TABLE case_information_request (
    id           UUID        PRIMARY KEY,
    case_id      UUID        NOT NULL REFERENCES maho_case (id),
    organisation VARCHAR(64) NOT NULL,
    question     TEXT        NOT NULL,
    due_date     DATE        NOT NULL,
    requested_by VARCHAR(64) NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL,
    answered_by  VARCHAR(64),
    answered_at  TIMESTAMPTZ,
    answer_item  UUID,
    answer_note  TEXT
);
CREATE INDEX case_information_request_case_ix ON case_information_request (case_id, requested_at);

CREATE TABLE case_decision (
    id         UUID        PRIMARY KEY,
    case_id    UUID        NOT NULL REFERENCES maho_case (id),
    lead_org   VARCHAR(64) NOT NULL,
    rationale  TEXT        NOT NULL,
    meeting_id UUID,
    decided_by VARCHAR(64) NOT NULL,
    decided_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_decision_case_ix ON case_decision (case_id, decided_at);

CREATE TABLE case_intervention (
    id           UUID        PRIMARY KEY,
    decision_id  UUID        NOT NULL REFERENCES case_decision (id),
    case_id      UUID        NOT NULL REFERENCES maho_case (id),
    track        VARCHAR(16) NOT NULL,
    intervention VARCHAR(48) NOT NULL,
    lead_org     VARCHAR(64) NOT NULL,
    starts_on    DATE,
    ends_on      DATE,
    rationale    TEXT        NOT NULL
);
CREATE INDEX case_intervention_case_ix ON case_intervention (case_id, track);

CREATE TABLE case_action (
    id                 UUID         PRIMARY KEY,
    case_id            UUID         NOT NULL REFERENCES maho_case (id),
    intervention_id    UUID         NOT NULL REFERENCES case_intervention (id),
    title              VARCHAR(300) NOT NULL,
    assigned_org       VARCHAR(64)  NOT NULL,
    assigned_user      VARCHAR(64),
    due_date           DATE         NOT NULL,
    status             VARCHAR(16)  NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    result             TEXT,
    created_by         VARCHAR(64)  NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    overdue_noticed_at TIMESTAMPTZ
);
CREATE INDEX case_action_case_ix ON case_action (case_id, due_date);
CREATE INDEX case_action_open_ix ON case_action (due_date) WHERE status IN ('OPEN', 'IN_PROGRESS');

CREATE TABLE case_outcome (
    case_id                 UUID          PRIMARY KEY REFERENCES maho_case (id),
    closure_from            DATE,
    closure_to              DATE,
    permit_refused          BOOLEAN       NOT NULL DEFAULT FALSE,
    permit_withdrawn        BOOLEAN       NOT NULL DEFAULT FALSE,
    integrity_investigation BOOLEAN       NOT NULL DEFAULT FALSE,
    tax_assessed            NUMERIC(14,2),
    social_fines            NUMERIC(14,2),
    official_reports        TEXT[]        NOT NULL DEFAULT '{}',
    arrests                 INTEGER       NOT NULL DEFAULT 0,
    seizures                TEXT,
    recorded_by             VARCHAR(64)   NOT NULL,
    recorded_at             TIMESTAMPTZ   NOT NULL
);

CREATE TABLE case_notification (
    id         UUID         PRIMARY KEY,
    username   VARCHAR(64)  NOT NULL,
    case_id    UUID         NOT NULL REFERENCES maho_case (id),
    kind       VARCHAR(32)  NOT NULL,
    text       VARCHAR(500) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    read_at    TIMESTAMPTZ
);
CREATE INDEX case_notification_user_ix ON case_notification (username, created_at DESC);

CREATE TABLE maho_meeting (
    id         UUID         PRIMARY KEY,
    held_at    TIMESTAMPTZ  NOT NULL,
    place      VARCHAR(300) NOT NULL,
    chair      VARCHAR(64)  NOT NULL,
    attendees  TEXT[]       NOT NULL DEFAULT '{}',
    created_by VARCHAR(64)  NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE meeting_agenda_item (
    meeting_id UUID    NOT NULL REFERENCES maho_meeting (id),
    case_id    UUID    NOT NULL REFERENCES maho_case (id),
    position   INTEGER NOT NULL,
    minutes    TEXT,
    decision   TEXT,
    PRIMARY KEY (meeting_id, case_id)
);

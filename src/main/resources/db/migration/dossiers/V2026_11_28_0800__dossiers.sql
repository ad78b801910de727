-- KALI judicial dossiers. A dossier's id is the id of its compartment (sharing module): the
-- compartment holds the membership and the information items; these tables hold the judicial file.
--
-- dossier          notice number, title, status, magistrate, lead investigator, judge
-- dossier_report   the official report (PV) numbers of the dossier
-- dossier_subject  the subjects on the dossier, each with its role (data-subject category)
-- dossier_link     linked dossiers (unordered pair, stored with the smaller id first)
-- dossier_seizure  drugs, cash, vehicles, weapons, real estate, crypto
-- dossier_arrest   arrests: date, subject, place
-- dossier_task     team tasks: title, assignee, due date, done
-- dossier_event    the timeline: every event of the dossier, appended, never changed

CREATE TABLE dossier (
    id                UUID         PRIMARY KEY,
    notice_number     VARCHAR(40)  NOT NULL,
    title             VARCHAR(300) NOT NULL,
    status            VARCHAR(32)  NOT NULL CHECK (status IN ('OPEN', 'JUDICIAL_INVESTIGATION', 'CLOSED_DISMISSED',
                          'REFERRED_TO_COURT', 'JOINED')),
    magistrate        VARCHAR(64)  NOT NULL,
    lead_investigator VARCHAR(64)  NOT NULL,
    judge             VARCHAR(200),
    joined_into       UUID         REFERENCES dossier (id),
    restricted        BOOLEAN      NOT NULL DEFAULT FALSE,
    owner_org         VARCHAR(64)  NOT NULL,
    created_by        VARCHAR(64)  NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    version           INTEGER      NOT NULL DEFAULT 1,
    CONSTRAINT dossier_joined_ck CHECK ((status = 'JOINED') = (joined_into IS NOT NULL)),
    CONSTRAINT dossier_judge_ck CHECK (status <> 'JUDICIAL_INVESTIGATION' OR judge IS NOT NULL)
);
CREATE UNIQUE INDEX dossier_notice_uq ON dossier (notice_number);
CREATE INDEX dossier_status_ix ON dossier (status, created_at DESC, id);

CREATE TABLE dossier_report (
    dossier_id UUID        NOT NULL REFERENCES dossier (id),
    number     VARCHAR(40) NOT NULL,
    added_by   VARCHAR(64) NOT NULL,
    added_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (dossier_id, number)
);

CREATE TABLE dossier_subject (
    id         UUID        PRIMARY KEY,
    dossier_id UUID        NOT NULL REFERENCES dossier (id),
    subject_id UUID        NOT NULL,
    category   VARCHAR(16) NOT NULL CHECK (category IN ('SUSPECT', 'CONVICTED', 'VICTIM', 'WITNESS', 'INFORMANT',
                   'CONTACT', 'OTHER')),
    added_by   VARCHAR(64) NOT NULL,
    added_at   TIMESTAMPTZ NOT NULL,
    CONSTRAINT dossier_subject_uq UNIQUE (dossier_id, subject_id)
);
-- the subjects of open dossiers, for deconfliction
CREATE INDEX dossier_subject_subject_ix ON dossier_subject (subject_id);

CREATE TABLE dossier_link (
    dossier_a UUID        NOT NULL REFERENCES dossier (id),
    dossier_b UUID        NOT NULL REFERENCES dossier (id),
    reason    TEXT,
    linked_by VARCHAR(64) NOT NULL,
    linked_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (dossier_a, dossier_b),
    CONSTRAINT dossier_link_order_ck CHECK (dossier_a < dossier_b)
);
CREATE INDEX dossier_link_b_ix ON dossier_link (dossier_b);

CREATE TABLE dossier_seizure (
    id          UUID          PRIMARY KEY,
    dossier_id  UUID          NOT NULL REFERENCES dossier (id),
    kind        VARCHAR(16)   NOT NULL CHECK (kind IN ('DRUGS', 'CASH', 'VEHICLE', 'WEAPON', 'REAL_ESTATE', 'CRYPTO')),
    drug_type   VARCHAR(16)   CHECK (drug_type IN ('COCAINE', 'CANNABIS', 'HEROIN', 'SYNTHETIC', 'OTHER')),
    quantity_kg NUMERIC(12, 3) CHECK (quantity_kg >= 0),
    amount_eur  NUMERIC(16, 2) CHECK (amount_eur >= 0),
    item_count  INTEGER       CHECK (item_count >= 0),
    description VARCHAR(1000),
    seized_on   DATE          NOT NULL,
    recorded_by VARCHAR(64)   NOT NULL,
    recorded_at TIMESTAMPTZ   NOT NULL,
    CONSTRAINT dossier_seizure_drugs_ck CHECK ((kind = 'DRUGS') = (drug_type IS NOT NULL))
);
CREATE INDEX dossier_seizure_dossier_ix ON dossier_seizure (dossier_id, seized_on DESC);

CREATE TABLE dossier_arrest (
    id          UUID         PRIMARY KEY,
    dossier_id  UUID         NOT NULL REFERENCES dossier (id),
    subject_id  UUID         NOT NULL,
    arrested_on DATE         NOT NULL,
    place       VARCHAR(200) NOT NULL,
    recorded_by VARCHAR(64)  NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX dossier_arrest_dossier_ix ON dossier_arrest (dossier_id, arrested_on DESC);

CREATE TABLE dossier_task (
    id         UUID         PRIMARY KEY,
    dossier_id UUID         NOT NULL REFERENCES dossier (id),
    title      VARCHAR(300) NOT NULL,
    assignee   VARCHAR(64)  NOT NULL,
    due_on     DATE,
    done_by    VARCHAR(64),
    done_at    TIMESTAMPTZ,
    created_by VARCHAR(64)  NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT dossier_task_done_ck CHECK ((done_by IS NULL) = (done_at IS NULL))
);
CREATE INDEX dossier_task_dossier_ix ON dossier_task (dossier_id, due_on);
CREATE INDEX dossier_task_open_ix ON dossier_task (assignee, due_on) WHERE done_at IS NULL;

CREATE TABLE dossier_event (
    id         UUID          PRIMARY KEY,
    dossier_id UUID          NOT NULL REFERENCES dossier (id),
    at         TIMESTAMPTZ   NOT NULL,
    kind       VARCHAR(32)   NOT NULL,
    actor      VARCHAR(64)   NOT NULL,
    details    VARCHAR(2000)
);
CREATE INDEX dossier_event_dossier_ix ON dossier_event (dossier_id, at, id);

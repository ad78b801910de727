-- Notes on a case's timeline that are not status moves: what flows back from other modules (a
-- release of judicial information approved or refused by the KALI magistrate).

CREATE TABLE case_note (
    id       UUID          PRIMARY KEY,
    case_id  UUID          NOT NULL REFERENCES maho_case (id),
    kind     VARCHAR(32)   NOT NULL,
    text     VARCHAR(2000) NOT NULL,
    by_user  VARCHAR(64)   NOT NULL,
    by_org   VARCHAR(64)   NOT NULL,
    at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX case_note_case_ix ON case_note (case_id, at);

-- Release requests (vrijgave, issue 7 §5): a MAHO case asks the KALI magistrate for judicial
-- information about one of its subjects; the magistrate approves a redacted release (a new item in
-- the case, made by the sharing module) or refuses with a reason. No identifier is stored here:
-- the subject is named by its id, with its name and type as the requester saw them.

CREATE TABLE release_request (
    id              UUID          PRIMARY KEY,
    case_id         UUID          NOT NULL,
    case_reference  VARCHAR(32)   NOT NULL,
    subject_id      UUID          NOT NULL,
    subject_name    VARCHAR(300)  NOT NULL,
    subject_type    VARCHAR(16)   NOT NULL,
    question        TEXT          NOT NULL,
    requested_by    VARCHAR(64)   NOT NULL,
    requester_org   VARCHAR(64)   NOT NULL,
    requested_at    TIMESTAMPTZ   NOT NULL,
    status          VARCHAR(16)   NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED')),
    decided_by      VARCHAR(64),
    decided_at      TIMESTAMPTZ,
    refusal_reason  TEXT,
    source_item     UUID,
    source_dossier  UUID,
    released_item   UUID,
    version         INTEGER       NOT NULL DEFAULT 0,
    CHECK (status <> 'REFUSED' OR refusal_reason IS NOT NULL),
    CHECK (status <> 'APPROVED' OR released_item IS NOT NULL)
);
CREATE INDEX release_request_status_ix ON release_request (status, requested_at, id);
CREATE INDEX release_request_case_ix ON release_request (case_id, requested_at DESC);

-- Legal holds: a magistrate freezes a compartment (typically a KALI dossier) against purging.
-- A hold is never deleted: lifting it records who, when and why.
CREATE TABLE legal_hold (
    id             UUID         PRIMARY KEY,
    compartment_id UUID         NOT NULL,
    reason         TEXT         NOT NULL CHECK (length(trim(reason)) > 0),
    placed_by      VARCHAR(64)  NOT NULL,
    placed_at      TIMESTAMPTZ  NOT NULL,
    lifted_by      VARCHAR(64),
    lifted_at      TIMESTAMPTZ,
    lift_reason    TEXT,
    CONSTRAINT legal_hold_lifted_ck CHECK ((lifted_at IS NULL) = (lifted_by IS NULL)
                                           AND (lifted_at IS NULL) = (lift_reason IS NULL))
);

-- at most one active hold per compartment; the purge reads the active ones
CREATE UNIQUE INDEX legal_hold_active_uq ON legal_hold (compartment_id) WHERE lifted_at IS NULL;

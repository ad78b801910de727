-- Failed password logins per client address, shared by every node: one address that fails for many
-- user names (password spraying, credential stuffing) is locked for a while, whatever the names.
-- The per-name counter is partners' login_throttle. (The application role's rights come from the
-- default privileges of V2026_11_28_0100.)
CREATE TABLE login_throttle_address (
    address         VARCHAR(64) PRIMARY KEY,
    failures        INT         NOT NULL,
    last_failure_at TIMESTAMPTZ NOT NULL,
    locked_until    TIMESTAMPTZ
);

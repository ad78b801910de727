-- Signed digests of the audit chain. Each digest states, at the end of a day (Europe/Brussels),
-- up to which sequence the chain ran and the hash of that row, links to the previous digest by
-- the SHA-256 of its payload, and is signed with a key that is not in the database. An outside
-- party that keeps the exported digests and the public keyset can later prove that the chain up
-- to each digest was not rewritten, even by someone who could recompute every hash.
CREATE TABLE audit_digest (
    id                   bigint      PRIMARY KEY CHECK (id > 0),
    day                  date        NOT NULL,
    first_sequence       bigint      NOT NULL,
    last_sequence        bigint      NOT NULL,
    event_count          bigint      NOT NULL CHECK (event_count >= 0),
    head_hash            text        NOT NULL,
    previous_digest_hash text,
    created_at           timestamptz NOT NULL,
    -- the exact bytes that were signed (UTF-8), and the signature (base64) with the signing key's id
    payload              text        NOT NULL,
    signature            text        NOT NULL,
    key_id               bigint      NOT NULL,
    CONSTRAINT audit_digest_range_ck CHECK (last_sequence >= first_sequence - 1)
);

-- the daily job seals one digest per closed day; a digest sealed on demand carries the day it was asked for
CREATE INDEX audit_digest_day_idx ON audit_digest (day);

CREATE TRIGGER audit_digest_append_only
    BEFORE UPDATE OR DELETE ON audit_digest
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_digest_no_truncate
    BEFORE TRUNCATE ON audit_digest
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

DO $$
BEGIN
    IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
        EXECUTE format('REVOKE ALL ON audit_digest FROM %I', '${appRole}');
        EXECUTE format('GRANT SELECT, INSERT ON audit_digest TO %I', '${appRole}');
    END IF;
END
$$;

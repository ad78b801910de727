-- The audit trail (Directive (EU) 2016/680, art. 25): an append-only, hash-chained log.
--
-- audit_pending  rows written inside the caller's transaction; the short window before sealing.
-- audit_event    the chain: gapless sequence 1..n, each row's hash covers the previous row's
--                hash and this row's canonical content (computed by the application's sealer).

CREATE TABLE audit_pending (
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recorded_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor_user         text        NOT NULL,
    actor_organisation text,
    action             text        NOT NULL,
    object_type        text,
    object_id          text,
    compartment        text,
    purpose            text,
    legal_basis        text,
    recipients         text[],
    outcome            text        NOT NULL,
    client_address     text,
    details            text
);

CREATE TABLE audit_event (
    sequence           bigint      PRIMARY KEY CHECK (sequence > 0),
    recorded_at        timestamptz NOT NULL,
    actor_user         text        NOT NULL,
    actor_organisation text,
    action             text        NOT NULL,
    object_type        text,
    object_id          text,
    compartment        text,
    purpose            text,
    legal_basis        text,
    recipients         text[],
    outcome            text        NOT NULL,
    client_address     text,
    details            text,
    prev_hash          text        NOT NULL,
    hash               text        NOT NULL,
    -- the audit_pending row this event was sealed from (not part of the hashed content)
    pending_id         bigint
);

-- filters of GET /api/v1/audit, newest first within each
CREATE INDEX audit_event_actor_user_idx   ON audit_event (actor_user, sequence);
CREATE INDEX audit_event_object_id_idx    ON audit_event (object_id, sequence);
CREATE INDEX audit_event_organisation_idx ON audit_event (actor_organisation, sequence);
CREATE INDEX audit_event_action_idx       ON audit_event (action, sequence);
CREATE INDEX audit_event_recorded_at_idx  ON audit_event (recorded_at);
CREATE INDEX audit_event_pending_id_idx   ON audit_event (pending_id);

-- Layer 1: triggers refuse changes for every role, the owner included.
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit trail is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING HINT = 'audit rows can only be added';
END
$$;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER audit_pending_no_update
    BEFORE UPDATE ON audit_pending
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_pending_no_truncate
    BEFORE TRUNCATE ON audit_pending
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- A pending row may only leave audit_pending once it has been sealed into the chain.
CREATE FUNCTION audit_pending_delete_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_event WHERE pending_id = OLD.id) THEN
        RAISE EXCEPTION 'audit_pending row % has not been sealed into audit_event', OLD.id;
    END IF;
    RETURN OLD;
END
$$;

CREATE TRIGGER audit_pending_sealed_only
    BEFORE DELETE ON audit_pending
    FOR EACH ROW EXECUTE FUNCTION audit_pending_delete_guard();

-- Layer 2: the application role may read and append, nothing else.
DO $$
BEGIN
    IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
        EXECUTE format('REVOKE ALL ON audit_event FROM %I', '${appRole}');
        EXECUTE format('GRANT SELECT, INSERT ON audit_event TO %I', '${appRole}');
        EXECUTE format('REVOKE ALL ON audit_pending FROM %I', '${appRole}');
        EXECUTE format('GRANT SELECT, INSERT, DELETE ON audit_pending TO %I', '${appRole}');
    END IF;
END
$$;

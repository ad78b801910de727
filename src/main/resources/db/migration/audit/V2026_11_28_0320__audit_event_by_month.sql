-- The audit chain, partitioned by month (UTC) of recorded_at, so that it scales: recent months
-- stay small and hot, and old months can be archived by partition. The chain itself (sequence,
-- hashes) does not change: rows are copied as they are.
--
-- Partitions are created ahead (this month and the next twelve) by audit_event_ensure_partition,
-- which the application calls at start-up and monthly. A DEFAULT partition catches any row whose
-- month has no partition yet, so recording never fails for want of a partition.

ALTER TABLE audit_event RENAME TO audit_event_unpartitioned;

CREATE TABLE audit_event (LIKE audit_event_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS)
    PARTITION BY RANGE (recorded_at);

-- The sealer assigns sequences under an advisory lock, gapless; the verifier proves them unique
-- and gapless. A partitioned table's primary key must contain the partition key.
ALTER TABLE audit_event ADD CONSTRAINT audit_event_pk PRIMARY KEY (sequence, recorded_at);

CREATE TABLE audit_event_default PARTITION OF audit_event DEFAULT;

CREATE FUNCTION audit_event_ensure_partition(month date) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    first_day date := date_trunc('month', month)::date;
    partition_name text := 'audit_event_' || to_char(first_day, 'YYYY_MM');
    range_start timestamptz := (first_day::timestamp AT TIME ZONE 'UTC');
    range_end timestamptz := ((first_day + interval '1 month')::timestamp AT TIME ZONE 'UTC');
BEGIN
    IF to_regclass(partition_name) IS NOT NULL THEN
        RETURN partition_name;
    END IF;
    IF EXISTS (SELECT 1 FROM audit_event_default WHERE recorded_at >= range_start AND recorded_at < range_end) THEN
        -- rows of this month already sit in the default partition, where they stay (protected
        -- alike); creating the partition now would fail
        RAISE WARNING 'audit_event_default holds rows of %; no partition created', to_char(first_day, 'YYYY-MM');
        RETURN NULL;
    END IF;
    EXECUTE format('CREATE TABLE %I PARTITION OF audit_event FOR VALUES FROM (%L) TO (%L)',
                   partition_name, range_start, range_end);
    EXECUTE format('CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON %I'
                   ' FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()', partition_name);
    IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
        -- the application reaches the rows through audit_event only
        EXECUTE format('REVOKE ALL ON %I FROM %I', partition_name, '${appRole}');
    END IF;
    RETURN partition_name;
END
$$;

-- every month that has rows, then this month and the next twelve
SELECT audit_event_ensure_partition(month::date)
FROM generate_series(
        coalesce((SELECT date_trunc('month', min(recorded_at) AT TIME ZONE 'UTC') FROM audit_event_unpartitioned),
                 date_trunc('month', now() AT TIME ZONE 'UTC')),
        date_trunc('month', now() AT TIME ZONE 'UTC') + interval '12 months',
        interval '1 month') AS month;

INSERT INTO audit_event SELECT * FROM audit_event_unpartitioned;

DROP TABLE audit_event_unpartitioned;

-- filters of GET /api/v1/audit, newest first within each (as before, now per partition)
CREATE INDEX audit_event_actor_user_idx   ON audit_event (actor_user, sequence);
CREATE INDEX audit_event_object_id_idx    ON audit_event (object_id, sequence);
CREATE INDEX audit_event_organisation_idx ON audit_event (actor_organisation, sequence);
CREATE INDEX audit_event_action_idx       ON audit_event (action, sequence);
CREATE INDEX audit_event_recorded_at_idx  ON audit_event (recorded_at);
CREATE INDEX audit_event_pending_id_idx   ON audit_event (pending_id);

-- Layer 1 again: the row triggers are cloned onto every partition, present and future; TRUNCATE
-- of the parent is refused here, and of a partition by its own trigger.
CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event_default
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Layer 2 again: the application reads and appends through the parent, nothing else.
REVOKE ALL ON FUNCTION audit_event_ensure_partition(date) FROM PUBLIC;
DO $$
BEGIN
    IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
        EXECUTE format('REVOKE ALL ON audit_event FROM %I', '${appRole}');
        EXECUTE format('GRANT SELECT, INSERT ON audit_event TO %I', '${appRole}');
        EXECUTE format('REVOKE ALL ON audit_event_default FROM %I', '${appRole}');
        EXECUTE format('GRANT EXECUTE ON FUNCTION audit_event_ensure_partition(date) TO %I', '${appRole}');
    END IF;
END
$$;

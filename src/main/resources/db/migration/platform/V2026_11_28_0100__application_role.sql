-- Migrations run as the schema owner; the application connects as its own role (the placeholder
-- appRole). When the two differ, the application gets read and write rights on the tables that
-- later migrations create: each module withholds more where it must (the audit trail does).
DO $$
BEGIN
    IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
        EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', '${appRole}');
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', '${appRole}');
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', '${appRole}');
    END IF;
END
$$;

-- A compartment may require each user to acknowledge the confidentiality of what is shared in it
-- before reading any of its content (a MAHO case: Criminal Code art. 458ter). The acknowledgement
-- is dated, with the version of the text the user accepted; it is kept, never changed.
ALTER TABLE compartment ADD COLUMN acknowledgement_required BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE compartment_acknowledgement (
    id             UUID        PRIMARY KEY,
    compartment_id UUID        NOT NULL REFERENCES compartment (id),
    username       VARCHAR(64) NOT NULL,
    acknowledged_at TIMESTAMPTZ NOT NULL,
    text_version   VARCHAR(32) NOT NULL,
    UNIQUE (compartment_id, username)
);

-- Acknowledgements are a record: the application may add and read them, not change or remove them.
DO $$
BEGIN
    IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
        EXECUTE format('REVOKE UPDATE, DELETE ON compartment_acknowledgement FROM %I', '${appRole}');
    END IF;
END
$$;

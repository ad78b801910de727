-- A user's security clearance: the highest classification level the user may read, and until
-- when. No clearance (NONE) is the default: unclassified information only.
ALTER TABLE app_user
    ADD COLUMN clearance_level       TEXT NOT NULL DEFAULT 'NONE'
        CONSTRAINT app_user_clearance_level_ck
            CHECK (clearance_level IN ('NONE', 'BEPERKT', 'VERTROUWELIJK', 'GEHEIM', 'ZEER_GEHEIM')),
    ADD COLUMN clearance_valid_until DATE;

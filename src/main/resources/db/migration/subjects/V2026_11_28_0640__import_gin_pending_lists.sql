-- The merge of a large import inserts its rows with the GIN indexes' fast update: the new entries
-- go to each index's pending list, which is moved into the index in large sorted batches (the
-- merge raises gin_pending_list_limit and work_mem for its own transaction). At its end the merge
-- empties the pending lists, so that searches after an import do not scan a long pending list.
-- gin_clean_pending_list is for the index's owner only: this function, owned by the schema's
-- owner, cleans exactly the register's five GIN indexes and nothing else, for the application.

CREATE FUNCTION subject_clean_pending_lists() RETURNS bigint
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
        SELECT coalesce(sum(gin_clean_pending_list(to_regclass(i))), 0)
          FROM unnest(ARRAY['subject_name_trgm_ix', 'subject_normalised_trgm_ix', 'subject_canonical_trgm_ix',
                            'subject_variants_ix', 'subject_phonetic_ix']) AS i
         WHERE to_regclass(i) IS NOT NULL
    $$;

REVOKE ALL ON FUNCTION subject_clean_pending_lists() FROM PUBLIC;
DO $$
BEGIN
    IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
        EXECUTE format('GRANT EXECUTE ON FUNCTION subject_clean_pending_lists() TO %I', '${appRole}');
    END IF;
END $$;

-- The neighbourhood walk (docs/BENCHMARKS.md §7) checks the read rule at every step, on the
-- relation (its compartment, organisation and record flag) and on the subject at its other end.
-- With those columns included in the indexes the walk follows, every step is an index-only scan
-- instead of a visit to both tables per relation. The walk indexes keep their names and keys.

CREATE INDEX subject_relation_walk_source_ix ON subject_relation (source_id, target_id)
    INCLUDE (compartment_id, owner_org, on_record);
DROP INDEX subject_relation_source_ix;
ALTER INDEX subject_relation_walk_source_ix RENAME TO subject_relation_source_ix;

CREATE INDEX subject_relation_walk_target_ix ON subject_relation (target_id, source_id)
    INCLUDE (compartment_id, owner_org, on_record);
DROP INDEX subject_relation_target_ix;
ALTER INDEX subject_relation_walk_target_ix RENAME TO subject_relation_target_ix;

-- the read rule of a subject by its id, for the walk's other end
CREATE INDEX subject_read_ix ON subject (id) INCLUDE (compartment_id, owner_org, on_record);

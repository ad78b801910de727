-- Lineage: the item an item was made from (a summary of released information, a copy into a case).
-- The retention purge follows it: when an item goes, what was derived from it goes too.
ALTER TABLE information_item ADD COLUMN derived_from UUID REFERENCES information_item (id);
CREATE INDEX information_item_derived_from_ix ON information_item (derived_from) WHERE derived_from IS NOT NULL;

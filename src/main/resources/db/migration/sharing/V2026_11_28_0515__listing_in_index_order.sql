-- A page of a compartment's listing is read in the order of an index and stops after the page:
-- the compartment's items come from one index per sort order (the policy's filter columns
-- included, so that no table row is read to decide), the items disclosed into the compartment are
-- recognised from the disclosure index alone, and the total is counted on the two indexes.
-- For that, a disclosure carries the three attributes of its item that the listing filters on:
-- the item's compartment and owner (never change) and its classification rank (kept in step by a
-- trigger when the item is reclassified).

ALTER TABLE disclosure
    ADD COLUMN item_compartment_id uuid,
    ADD COLUMN item_owner_org varchar(64),
    ADD COLUMN item_rank smallint;

UPDATE disclosure d
   SET item_compartment_id = i.compartment_id, item_owner_org = i.owner_org, item_rank = i.classification_rank
  FROM information_item i
 WHERE i.id = d.item_id;

ALTER TABLE disclosure
    ALTER COLUMN item_compartment_id SET NOT NULL,
    ALTER COLUMN item_owner_org SET NOT NULL,
    ALTER COLUMN item_rank SET NOT NULL;

CREATE FUNCTION disclosure_copy_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT i.compartment_id, i.owner_org, i.classification_rank
      INTO NEW.item_compartment_id, NEW.item_owner_org, NEW.item_rank
      FROM information_item i WHERE i.id = NEW.item_id;
    RETURN NEW;
END $$;

CREATE TRIGGER disclosure_copy_item BEFORE INSERT OR UPDATE OF item_id ON disclosure
    FOR EACH ROW EXECUTE FUNCTION disclosure_copy_item();

CREATE FUNCTION information_item_rank_to_disclosures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE disclosure SET item_rank = NEW.classification_rank WHERE item_id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER information_item_rank_to_disclosures AFTER UPDATE OF classification ON information_item
    FOR EACH ROW WHEN (OLD.classification IS DISTINCT FROM NEW.classification)
    EXECUTE FUNCTION information_item_rank_to_disclosures();

-- the live disclosures into a compartment to one organisation: the listing's filter and count,
-- and the flows of the policy's partial evaluation, all without reading the table
DROP INDEX disclosure_listing_ix;
CREATE INDEX disclosure_listing_ix ON disclosure (compartment_id, recipient_org, grant_key, item_compartment_id, item_owner_org, item_rank)
    INCLUDE (item_id, provider_org, protocol_id, category, purpose) WHERE revoked_at IS NULL;

-- one index per sort order of the listing, each carrying the policy's filter columns
DROP INDEX information_item_listing_ix;
DROP INDEX information_item_owner_listing_ix;
CREATE INDEX information_item_by_created_ix ON information_item (compartment_id, created_at, id) INCLUDE (classification_rank, owner_org);
CREATE INDEX information_item_by_updated_ix ON information_item (compartment_id, updated_at, id) INCLUDE (classification_rank, owner_org);
CREATE INDEX information_item_by_title_ix ON information_item (compartment_id, title, id) INCLUDE (classification_rank, owner_org);
CREATE INDEX information_item_by_rank_ix ON information_item (compartment_id, classification_rank, id) INCLUDE (owner_org);
CREATE INDEX information_item_by_category_ix ON information_item (compartment_id, category, id) INCLUDE (classification_rank, owner_org);
CREATE INDEX information_item_by_owner_ix ON information_item (compartment_id, owner_org, classification_rank);

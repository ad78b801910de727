-- Embargo: a magistrate orders that nothing leaves a compartment (a KALI dossier), except summaries
-- that the magistrate approved. The policy decision point refuses a disclosure or a derived item
-- out of an embargoed compartment unless the item is such a summary (DenyReason EMBARGO).
ALTER TABLE compartment ADD COLUMN embargoed BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE information_item ADD COLUMN summary_approved_by VARCHAR(64);
ALTER TABLE information_item ADD COLUMN summary_approved_at TIMESTAMPTZ;
ALTER TABLE information_item ADD CONSTRAINT information_item_summary_approval_ck
    CHECK ((summary_approved_by IS NULL) = (summary_approved_at IS NULL));

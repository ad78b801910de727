/**
 * Sharing: compartments (a KALI dossier, a MAHO case, a COAC action, an organisation's reference
 * data) with their members, the information items in them (with versions and attachments), and
 * the disclosures that make an item of one organisation available to another under a protocol.
 * <p>
 * It is the policy enforcement point of the policy decision point of the protocols module: every
 * read, write and disclosure of an item gathers the attributes (user, item, memberships,
 * disclosures) and asks {@link be.stroomplan.protocols.PolicyDecisionPoint}, which decides and
 * audits. Listing a compartment runs one SQL query whose parameters come from the decision point's
 * partial evaluation ({@link be.stroomplan.sharing.ItemListing}).
 * <p>
 * Its public API is {@link be.stroomplan.sharing.Compartments},
 * {@link be.stroomplan.sharing.InformationItems} (with {@link be.stroomplan.sharing.ItemDraft}, an item's content
 * as an API body gives it), {@link be.stroomplan.sharing.Disclosures},
 * {@link be.stroomplan.sharing.ItemReleases} (the KALI magistrate's release of judicial
 * information into a MAHO case), and
 * the events {@link be.stroomplan.sharing.ItemAdded}, {@link be.stroomplan.sharing.ItemDisclosed}
 * and {@link be.stroomplan.sharing.DisclosureRevoked}; items that pass their retention date are
 * purged with everything derived from them (a {@link be.stroomplan.retention.Purgeable}), and
 * {@link be.stroomplan.sharing.ItemsPurged} tells later modules to drop what they derived. Later modules (dossiers, cases, controls)
 * open their compartments through it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sharing",
        allowedDependencies = { "platform", "partners", "audit", "protocols", "retention" })
package be.stroomplan.sharing;

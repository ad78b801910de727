package be.stroomplan.sharing.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.partners.Classification;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.platform.Actor;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.protocols.CoveringProtocol;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.DataFlow;
import be.stroomplan.protocols.HandlingCode;
import be.stroomplan.protocols.PolicyDecisionPoint;
import be.stroomplan.protocols.ProtocolAssessment;
import be.stroomplan.sharing.Compartment;
import be.stroomplan.sharing.Disclosure;
import be.stroomplan.sharing.InformationAccuracy;
import be.stroomplan.sharing.InformationItem;
import be.stroomplan.sharing.ItemContent;
import be.stroomplan.sharing.MemberType;
import be.stroomplan.sharing.SourceReliability;
import be.stroomplan.sharing.Tlp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo content: the KALI dossier "Operatie Zeehaven" and the MAHO case "Carwash Noord", a few items
 * with varied classification, TLP and 4x4 grading, and one disclosure (PZ Antwerpen → Stad
 * Antwerpen under the demo protocol for MAHO). Runs after the partners' and protocols' demo data;
 * ids are fixed (derived from names), so a second run adds nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
@ConditionalOnProperty(name = "stroomplan.demo-data.enabled", havingValue = "true")
class SharingDemoData implements ApplicationRunner {

    static final UUID ZEEHAVEN = id("compartment:operatie-zeehaven");
    static final UUID CARWASH = id("compartment:carwash-noord");

    private static final Logger log = LoggerFactory.getLogger(SharingDemoData.class);

    private final CompartmentStore compartments;
    private final ItemStore items;
    private final DisclosureStore disclosures;
    private final RetentionDates retention;
    private final PolicyDecisionPoint pdp;
    private final PartnerDirectory partners;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    SharingDemoData(CompartmentStore compartments, ItemStore items, DisclosureStore disclosures, RetentionDates retention,
                    PolicyDecisionPoint pdp, PartnerDirectory partners, AuditTrail audit, TransactionTemplate transaction) {
        this.compartments = compartments;
        this.items = items;
        this.disclosures = disclosures;
        this.retention = retention;
        this.pdp = pdp;
        this.partners = partners;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (compartments.find(ZEEHAVEN).isPresent() || partners.organisation("FGP_ANTWERPEN").isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Demo data: added the dossier 'Operatie Zeehaven' ({}) and the case 'Carwash Noord' ({})", ZEEHAVEN, CARWASH);
    }

    private void load() {
        open(ZEEHAVEN, CompartmentKind.DOSSIER, "Operatie Zeehaven", "FGP_ANTWERPEN", "AN.12.L1.012345/24", "kali.fgp",
                Map.of(MemberType.TEAM, Map.of("KALI", CompartmentRole.MEMBER), MemberType.USER,
                        Map.of("kali.fgp", CompartmentRole.MANAGER)));
        open(CARWASH, CompartmentKind.CASE, "Carwash Noord", "PARKET_ANTWERPEN", "MAHO-2026-014", "maho.coord",
                Map.of(MemberType.USER, Map.of("maho.coord", CompartmentRole.MANAGER), MemberType.ORGANISATION,
                        Map.of("PARKET_ANTWERPEN", CompartmentRole.MEMBER, "PZ_ANTWERPEN", CompartmentRole.MEMBER,
                                "STAD_ANTWERPEN", CompartmentRole.MEMBER, "RSZ_SOCIALE_INSPECTIE", CompartmentRole.MEMBER,
                                "FOD_FINANCIEN_BBI", CompartmentRole.MEMBER)));

        item("zeehaven-container", ZEEHAVEN, "FGP_ANTWERPEN", "kali.fgp", DataCategory.JUDICIAL, Classification.VERTROUWELIJK,
                Tlp.RED, SourceReliability.A, InformationAccuracy.TWO, HandlingCode.H1, "Container onderschept in het Deurganckdok",
                "Container MSCU1234565 met 1,2 ton cocaïne onderschept in het Deurganckdok; ontvanger: een invoerfirma in Merksem.");
        item("zeehaven-informant", ZEEHAVEN, "FGP_ANTWERPEN", "kali.fgp", DataCategory.JUDICIAL, Classification.GEHEIM,
                Tlp.RED, SourceReliability.B, InformationAccuracy.THREE, HandlingCode.H2, "Melding over overslag aan de Noorderlaan",
                "Een bron meldt dat de lading 's nachts wordt overgeladen in een loods aan de Noorderlaan.");
        item("zeehaven-observatie", ZEEHAVEN, "PZ_ANTWERPEN", "kali.pza", DataCategory.POLICE, Classification.BEPERKT,
                Tlp.AMBER, SourceReliability.B, InformationAccuracy.TWO, HandlingCode.H0, "Observatie aan de loods",
                "Voertuig 1-ABC-123 staat drie nachten na elkaar aan de loods aan de Noorderlaan.");
        InformationItem incidents = item("carwash-meldingen", CARWASH, "PZ_ANTWERPEN", "kali.pza", DataCategory.POLICE,
                Classification.NONE, Tlp.AMBER, SourceReliability.B, InformationAccuracy.TWO, HandlingCode.H0,
                "Meldingen rond Carwash Noord", "Vijf meldingen van nachtelijke drukte en een vechtpartij rond Carwash Noord in drie maanden.");
        item("carwash-dimona", CARWASH, "RSZ_SOCIALE_INSPECTIE", "inspectie", DataCategory.SOCIAL, Classification.NONE,
                Tlp.GREEN, SourceReliability.A, InformationAccuracy.ONE, HandlingCode.H0, "Controle sociale inspectie",
                "Bij de controle werkten vier werknemers zonder Dimona-aangifte.");
        item("carwash-omzet", CARWASH, "FOD_FINANCIEN_BBI", "fiscus", DataCategory.FISCAL, Classification.VERTROUWELIJK,
                Tlp.AMBER_STRICT, SourceReliability.B, InformationAccuracy.THREE, HandlingCode.H2, "Omzet en wasbeurten",
                "De aangegeven omzet van Carwash Noord BV staat niet in verhouding tot het aantal wasbeurten.");
        disclose(incidents, "STAD_ANTWERPEN", "MAHO_CASUSOVERLEG", "kali.pza");
    }

    private void open(UUID id, CompartmentKind kind, String title, String owner, String reference, String by,
                      Map<MemberType, Map<String, CompartmentRole>> members) {
        Instant now = Instant.now();
        compartments.insert(new Compartment(id, kind, title, owner, reference, by, now, null));
        members.forEach((type, ids) -> ids.forEach((member, role) -> compartments.putMember(id, type, member, role, by, now)));
        audit.record(AuditRecord.of(AuditAction.CREATE).object("COMPARTMENT", id).compartment(id)
                .legalBasis(kind.legalBasis(id.toString())).details(kind + " opened (demo data)").actor(actor(by, owner)).build());
    }

    private InformationItem item(String name, UUID compartment, String owner, String by, DataCategory category,
                                 Classification classification, Tlp tlp, SourceReliability source, InformationAccuracy accuracy,
                                 HandlingCode handling, String title, String text) {
        Instant now = Instant.now();
        LocalDate today = pdp.today();
        ItemContent content = new ItemContent(category, classification, tlp, source, accuracy, handling,
                handling == HandlingCode.H3 ? "Enkel na overleg met de eigenaar" : null, title, text, Map.of(), List.of());
        InformationItem item = new InformationItem(id("item:" + name), compartment, owner, content,
                retention.until(owner, category, compartments.find(compartment).orElseThrow().kind(), today, today), 1, by, now,
                by, now);
        items.insert(item);
        audit.record(AuditRecord.of(AuditAction.CREATE).object("ITEM", item.id()).compartment(compartment)
                .purpose(compartment.toString()).details("version 1 added (demo data)").actor(actor(by, owner)).build());
        return item;
    }

    private void disclose(InformationItem item, String recipient, String purpose, String by) {
        ProtocolAssessment assessment = pdp.assess(new DataFlow(item.ownerOrganisation(), recipient, item.content().category(),
                purpose, pdp.today()));
        if (!assessment.covered()) {
            log.info("Demo data: no protocol covers {} → {}; the demo disclosure is left out", item.ownerOrganisation(), recipient);
            return;
        }
        CoveringProtocol protocol = assessment.covering().get(0);
        Disclosure disclosure = new Disclosure(id("disclosure:" + item.id()), item.id(), item.ownerOrganisation(), recipient,
                item.compartment(), purpose, protocol.protocolId(), protocol.version(), protocol.versionId(),
                protocol.reference(), by, Instant.now(), null, null, null);
        disclosures.insert(disclosure, item.content().category());
        audit.record(AuditRecord.of(AuditAction.DISCLOSE).object("ITEM", item.id()).compartment(item.compartment())
                .purpose(purpose).legalBasis(protocol.reference() + " v" + protocol.version()).recipients(recipient)
                .details("disclosed (demo data)").actor(actor(by, item.ownerOrganisation())).build());
    }

    private static Actor actor(String username, String organisation) {
        return new Actor(username, organisation, null);
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("stroomplan-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}

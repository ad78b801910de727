package be.stroomplan.dossiers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.dossiers.internal.DossierGate;
import be.stroomplan.dossiers.internal.DossierRecordStore;
import be.stroomplan.dossiers.internal.DossierSummaryPdf;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.sharing.InformationItems;
import be.stroomplan.sharing.ItemPage;
import be.stroomplan.sharing.ItemSort;
import be.stroomplan.sharing.ItemSummary;

import org.springframework.stereotype.Service;

/**
 * The dossier summary for the magistrate as a PDF: what the reader may read of the dossier (its
 * items through the policy decision point), marked with the highest classification in it on every
 * page. Each summary is audited as an EXPORT.
 */
@Service
public class DossierSummaries {

    /** The most items a summary lists. */
    static final int MAX_ITEMS = 1000;
    private static final int PAGE = 200;

    private final Dossiers dossiers;
    private final DossierGate gate;
    private final DossierRecordStore records;
    private final InformationItems items;
    private final DossierSummaryPdf pdf;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    DossierSummaries(Dossiers dossiers, DossierGate gate, DossierRecordStore records, InformationItems items,
                     DossierSummaryPdf pdf, AuditTrail audit) {
        this.dossiers = dossiers;
        this.gate = gate;
        this.records = records;
        this.items = items;
        this.pdf = pdf;
        this.audit = audit;
    }

    /** The summary as PDF bytes, in the reader’s language. */
    public byte[] summary(UserProfile user, String id, Locale locale) {
        DossierDetails details = dossiers.details(user, id);
        String dossierId = details.dossier().id().toString();
        List<ItemSummary> readable = new ArrayList<>();
        for (int page = 0; readable.size() < MAX_ITEMS; page++) {
            ItemPage result = items.page(user, details.dossier().id(), dossierId, page, PAGE, ItemSort.CREATED, true);
            readable.addAll(result.items());
            if (page + 1 >= result.totalPages()) {
                break;
            }
        }
        String marking = DossierSummaryPdf.marking(readable);
        Instant now = clock.instant();
        byte[] bytes = pdf.render(new DossierSummaryPdf.Contents(details, readable, records.timeline(details.dossier().id()),
                marking, now, user.username()), locale);
        audit.record(AuditRecord.of(AuditAction.EXPORT).object("DOSSIER", dossierId).compartment(dossierId).purpose(dossierId)
                .legalBasis(CompartmentKind.DOSSIER.legalBasis(dossierId))
                .details(DossierGate.PURPOSE + ": summary PDF, " + readable.size() + " items, marking " + marking).build());
        return bytes;
    }
}

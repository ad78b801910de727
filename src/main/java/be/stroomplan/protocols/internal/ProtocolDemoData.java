package be.stroomplan.protocols.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.internal.ProtocolContent.CategoryTerms;
import be.stroomplan.protocols.internal.ProtocolRegister.Move;

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
 * Demo protocols between the demo partners: three active ones, one suspended and one expired.
 * Runs after the partners' demo data (it needs their organisations), adds what is missing and
 * never changes what exists (a protocol is recognised by title and provider).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@ConditionalOnProperty(name = "stroomplan.demo-data.enabled", havingValue = "true")
class ProtocolDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProtocolDemoData.class);
    private static final Protocol.Actor ADMIN = new Protocol.Actor("admin", "FGP_ANTWERPEN");

    private final ProtocolRegister register;
    private final ProtocolStore store;
    private final PartnerDirectory partners;
    private final TransactionTemplate transaction;

    ProtocolDemoData(ProtocolRegister register, ProtocolStore store, PartnerDirectory partners, TransactionTemplate transaction) {
        this.register = register;
        this.store = store;
        this.partners = partners;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = register.today();
        int added = 0;
        added += add("PZ Antwerpen → Stad Antwerpen, MAHO", "PZ_ANTWERPEN", List.of("STAD_ANTWERPEN"),
                List.of("MAHO_CASUSOVERLEG"), List.of(DataCategory.POLICE), today.withDayOfYear(1), today.plusYears(2), List.of());
        added += add("RSZ / Sociale Inspectie → MAHO-partners, sociale fraude", "RSZ_SOCIALE_INSPECTIE",
                List.of("PARKET_ANTWERPEN", "ARBEIDSAUDITORAAT_ANTWERPEN", "STAD_ANTWERPEN", "FOD_FINANCIEN_BBI"),
                List.of("MAHO_CASUSOVERLEG"), List.of(DataCategory.SOCIAL), today.withDayOfYear(1), today.plusYears(3), List.of());
        added += add("FOD Financiën BBI → Parket Antwerpen, fiscale informatie", "FOD_FINANCIEN_BBI", List.of("PARKET_ANTWERPEN"),
                List.of("KALI_ONDERZOEK", "MAHO_CASUSOVERLEG"), List.of(DataCategory.FISCAL), today.withDayOfYear(1),
                today.plusYears(2), List.of());
        added += add("Douane → PZ Antwerpen, COAC-controles (geschorst)", "DOUANE", List.of("PZ_ANTWERPEN"),
                List.of("COAC_CONTROLE"), List.of(DataCategory.CUSTOMS), today.withDayOfYear(1), today.plusYears(1),
                List.of(Move.SUSPEND));
        added += add("Stad Antwerpen → PZ Antwerpen, COAC-controles 2024–2025", "STAD_ANTWERPEN", List.of("PZ_ANTWERPEN"),
                List.of("COAC_CONTROLE"), List.of(DataCategory.ADMINISTRATIVE), LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 12, 31), List.of());
        if (added > 0) {
            log.info("Demo data: added {} protocols", added);
        }
    }

    private int add(String title, String provider, List<String> recipients, List<String> purposes,
                    List<DataCategory> categories, LocalDate from, LocalDate to, List<Move> moves) {
        if (store.exists(title, provider) || partners.organisation(provider).isEmpty()) {
            return 0;
        }
        transaction.executeWithoutResult(status -> {
            LocalDate activation = from.isBefore(register.today()) ? from : register.today();
            Instant at = activation.atStartOfDay(ProtocolRegister.ZONE).toInstant();
            Protocol protocol = register.create(content(title, provider, recipients, purposes, categories, from, to), ADMIN, at);
            register.move(protocol.id(), Move.ACTIVATE, ADMIN, at, activation);
            for (Move move : moves) {
                register.move(protocol.id(), move, ADMIN, Instant.now(), register.today());
            }
            register.expireDue(register.today());
        });
        return 1;
    }

    private static ProtocolContent content(String title, String provider, List<String> recipients, List<String> purposes,
                                           List<DataCategory> categories, LocalDate from, LocalDate to) {
        Map<DataCategory, CategoryTerms> terms = new java.util.EnumMap<>(DataCategory.class);
        categories.forEach(c -> terms.put(c, new CategoryTerms("Gestructureerde gegevens via het Stroomplan-platform",
                "Duur van het casusoverleg, hoogstens 5 jaar")));
        return new ProtocolContent(title, provider, recipients, purposes, categories,
                "Art. 20 wet van 30 juli 2018; samenwerkingsakkoord Stroomplan en het memorandum van overeenstemming",
                "Stroomplan-MoU art. 4", from, to,
                "Korpschef / leidend ambtenaar van de verstrekker", "Leidend ambtenaar van de ontvanger",
                "Demo DPO Verstrekker (dpo.verstrekker@demo.stroomplan.invalid)",
                "Demo DPO Ontvanger (dpo.ontvanger@demo.stroomplan.invalid)", terms,
                "Leden van het MAHO-overleg met een gebruikersprofiel op het platform",
                "Beveiligd platform, geen e-mail", "Per casus, bij elk overleg",
                "Enkel gegevens die nodig zijn voor de gekozen aanpak",
                "Versleuteling, rolgebaseerde toegang, hash-gekoppeld auditlogboek",
                "Art. 14 en 37 wet van 30 juli 2018 zolang het onderzoek loopt",
                "Via de DPO van de verstrekker", from.minusMonths(2), from.minusMonths(2),
                List.of("Korpschef PZ Antwerpen (demo)", "Burgemeester Stad Antwerpen (demo)"));
    }
}

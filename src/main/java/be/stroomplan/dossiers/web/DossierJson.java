package be.stroomplan.dossiers.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import be.stroomplan.dossiers.Arrest;
import be.stroomplan.dossiers.Dossier;
import be.stroomplan.dossiers.DossierDetails;
import be.stroomplan.dossiers.DossierSubject;
import be.stroomplan.dossiers.DossierTask;
import be.stroomplan.dossiers.Seizure;
import be.stroomplan.dossiers.SeizureTotals;
import be.stroomplan.dossiers.TimelineEvent;
import be.stroomplan.retention.LegalHold;
import be.stroomplan.sharing.CompartmentMember;
import be.stroomplan.sharing.InformationItem;

/** The JSON shapes of the dossiers API (field names are part of the public contract). */
final class DossierJson {

    private DossierJson() {
    }

    record Summary(String id, String noticeNumber, String title, String status, String magistrate, String leadInvestigator,
                   String judge, String ownerOrganisation, Instant createdAt, Instant updatedAt) {
        static Summary of(Dossier d) {
            return new Summary(d.id().toString(), d.noticeNumber().value(), d.title(), d.status().name(), d.magistrate(),
                    d.leadInvestigator(), d.judge(), d.ownerOrganisation(), d.createdAt(), d.updatedAt());
        }
    }

    record Page(List<Summary> items, int page, int size, int totalPages, long totalItems) {
    }

    record Member(String type, String id, String role) {
        static Member of(CompartmentMember m) {
            return new Member(m.type().name(), m.id(), m.role().name());
        }
    }

    record SubjectLink(String id, String dossier, String subjectId, String category, String name, String type, String addedBy,
                       Instant addedAt) {
        static SubjectLink of(DossierSubject s) {
            return new SubjectLink(s.id().toString(), s.dossier().toString(), s.subject().toString(), s.category().name(),
                    s.name(), s.type(), s.addedBy(), s.addedAt());
        }
    }

    record SeizureView(String id, String kind, String drugType, BigDecimal quantityKg, BigDecimal amountEur, Integer count,
                       String description, LocalDate seizedOn, String recordedBy, Instant recordedAt) {
        static SeizureView of(Seizure s) {
            return new SeizureView(s.id().toString(), s.kind().name(), s.drugType() == null ? null : s.drugType().name(),
                    s.quantityKg(), s.amountEur(), s.count(), s.description(), s.seizedOn(), s.recordedBy(), s.recordedAt());
        }
    }

    record Totals(Map<String, BigDecimal> drugsKg, BigDecimal drugsTotalKg, BigDecimal cashEur, BigDecimal cryptoEur,
                  int vehicles, int weapons, int realEstate) {
        static Totals of(SeizureTotals t) {
            Map<String, BigDecimal> drugs = new java.util.TreeMap<>();
            t.drugsKg().forEach((type, kg) -> drugs.put(type.name(), kg));
            return new Totals(drugs, t.drugsTotalKg(), t.cashEur(), t.cryptoEur(), t.vehicles(), t.weapons(), t.realEstate());
        }
    }

    record ArrestView(String id, String subjectId, LocalDate arrestedOn, String place, String recordedBy, Instant recordedAt) {
        static ArrestView of(Arrest a) {
            return new ArrestView(a.id().toString(), a.subject().toString(), a.arrestedOn(), a.place(), a.recordedBy(),
                    a.recordedAt());
        }
    }

    record TaskView(String id, String title, String assignee, LocalDate dueOn, boolean done, String doneBy, Instant doneAt,
                    String createdBy, Instant createdAt) {
        static TaskView of(DossierTask t) {
            return new TaskView(t.id().toString(), t.title(), t.assignee(), t.dueOn(), t.done(), t.doneBy(), t.doneAt(),
                    t.createdBy(), t.createdAt());
        }
    }

    record EventView(String id, Instant at, String kind, String actor, String details) {
        static EventView of(TimelineEvent e) {
            return new EventView(e.id().toString(), e.at(), e.kind(), e.actor(), e.details());
        }
    }

    record Hold(String reason, String placedBy, Instant placedAt) {
        static Hold of(LegalHold h) {
            return h == null ? null : new Hold(h.reason(), h.placedBy(), h.placedAt());
        }
    }

    record Detail(String id, String noticeNumber, String title, String status, String magistrate, String leadInvestigator,
                  String judge, String joinedInto, boolean restricted, boolean embargo, Hold legalHold, String ownerOrganisation,
                  List<String> officialReports, List<Member> members, List<SubjectLink> subjects, List<Summary> linkedDossiers,
                  Map<String, Long> counts, Totals seizureTotals, List<SeizureView> seizures, List<ArrestView> arrests,
                  List<TaskView> tasks, String role, String createdBy, Instant createdAt, Instant updatedAt, int version) {
        static Detail of(DossierDetails x) {
            Dossier d = x.dossier();
            return new Detail(d.id().toString(), d.noticeNumber().value(), d.title(), d.status().name(), d.magistrate(),
                    d.leadInvestigator(), d.judge(), d.joinedInto() == null ? null : d.joinedInto().toString(), d.restricted(),
                    x.embargoed(), Hold.of(x.legalHold()), d.ownerOrganisation(), x.officialReports(),
                    x.members().stream().map(Member::of).toList(), x.subjects().stream().map(SubjectLink::of).toList(),
                    x.linked().stream().map(Summary::of).toList(), x.counts(), Totals.of(x.seizureTotals()),
                    x.seizures().stream().map(SeizureView::of).toList(), x.arrests().stream().map(ArrestView::of).toList(),
                    x.tasks().stream().map(TaskView::of).toList(), x.role().name(), d.createdBy(), d.createdAt(), d.updatedAt(),
                    d.version());
        }
    }

    record ItemView(String id, String compartment, String dossier, String ownerOrganisation, String category,
                    String classification, String marking, String tlp, String sourceReliability, String informationAccuracy,
                    String handlingCode, String title, List<String> subjects, LocalDate retentionUntil, int version,
                    String createdBy, Instant createdAt) {
        static ItemView of(InformationItem i) {
            var c = i.content();
            return new ItemView(i.id().toString(), i.compartment().toString(), i.compartment().toString(), i.ownerOrganisation(),
                    c.category().name(), c.classification().name(), i.marking(), c.tlp().label(), c.sourceReliability().name(),
                    c.informationAccuracy().code(), c.handlingCode().name(), c.title(), c.subjects(), i.retentionUntil(),
                    i.version(), i.createdBy(), i.createdAt());
        }
    }
}

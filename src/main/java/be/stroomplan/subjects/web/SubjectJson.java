package be.stroomplan.subjects.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.subjects.MatchReason;
import be.stroomplan.subjects.MatchVerdict;
import be.stroomplan.subjects.PostalAddress;
import be.stroomplan.subjects.Relation;
import be.stroomplan.subjects.Subject;
import be.stroomplan.subjects.SubjectGraph;
import be.stroomplan.subjects.SubjectMatch;
import be.stroomplan.subjects.SubjectPage;
import be.stroomplan.subjects.SubjectPath;
import be.stroomplan.subjects.SubjectSummary;

/** The JSON shapes of the subjects API (DESIGN.md §7). Ids are opaque strings. */
final class SubjectJson {

    private SubjectJson() {
    }

    record IdentifierView(String type, String value, String display) {
    }

    record AddressView(String street, String number, String box, String postcode, String municipality, String line) {
        static AddressView of(PostalAddress a) {
            return new AddressView(a.street(), a.number(), a.box(), a.postcode(), a.municipality(), a.line());
        }
    }

    record SubjectView(String id, String ref, String type, String name, String compartment, String category, LocalDate birthDate,
                       String birthPlace, String nationality, String legalForm, List<String> naceCodes,
                       List<IdentifierView> identifiers, List<AddressView> addresses, String ownerOrganisation, boolean onRecord,
                       String createdBy, Instant createdAt, int version, List<RelationView> relations) {

        static SubjectView of(Subject s, List<Relation> relations) {
            return new SubjectView(s.id().toString(), s.ref(), s.type().name(), s.name(), s.compartment().toString(),
                    s.category().name(), s.birthDate(), s.birthPlace(), s.nationality(), s.legalForm(), s.naceCodes(),
                    s.identifiers().stream().map(i -> new IdentifierView(i.type().name(), i.value(), i.display())).toList(),
                    s.addresses().stream().map(AddressView::of).toList(), s.ownerOrganisation(), s.onRecord(), s.createdBy(),
                    s.createdAt(), s.version(), relations == null ? null : relations.stream().map(RelationView::of).toList());
        }
    }

    record SummaryView(String id, String ref, String type, String name, LocalDate birthDate, String category, String compartment,
                       double score) {
        static SummaryView of(SubjectSummary s) {
            return new SummaryView(s.id().toString(), s.ref(), s.type().name(), s.name(), s.birthDate(), s.category().name(),
                    s.compartment().toString(), s.score());
        }
    }

    record PageView(List<SummaryView> items, int page, int size, int totalPages, long totalItems, boolean totalCapped) {
        static PageView of(SubjectPage page) {
            return new PageView(page.items().stream().map(SummaryView::of).toList(), page.page(), page.size(), page.totalPages(),
                    page.totalItems(), page.totalCapped());
        }
    }

    record MatchView(String subjectId, String ref, String name, String type, String compartment, double score, String decision,
                     List<String> reasons, String confirmed) {
        static MatchView of(SubjectMatch m) {
            return new MatchView(m.subjectId().toString(), m.ref(), m.name(), m.type().name(), m.compartment().toString(), m.score(),
                    m.decision().name(), m.reasons().stream().map(MatchReason::text).toList(),
                    m.confirmed() == null ? null : m.confirmed().name());
        }
    }

    record MatchesView(List<MatchView> matches) {
    }

    record VerdictView(String id, String subjectId, String otherId, String decision, String decidedBy, String decidedOrganisation,
                       Instant decidedAt) {
        static VerdictView of(MatchVerdict v) {
            return new VerdictView(v.id().toString(), v.subjectId().toString(), v.otherId().toString(), v.decision().name(),
                    v.decidedBy(), v.decidedOrganisation(), v.decidedAt());
        }
    }

    record RelationView(String id, String source, String target, String type, LocalDate from, LocalDate to, String sourceItem,
                        String grading, String compartment, String ownerOrganisation, String createdBy, Instant createdAt) {
        static RelationView of(Relation r) {
            return new RelationView(r.id().toString(), r.source().toString(), r.target().toString(), r.type().name(), r.from(), r.to(),
                    r.sourceItem() == null ? null : r.sourceItem().toString(), r.grading(), r.compartment().toString(),
                    r.ownerOrganisation(), r.createdBy(), r.createdAt());
        }
    }

    record NodeView(String id, String ref, String type, String name, int depth) {
    }

    record GraphView(String root, int depth, List<NodeView> nodes, List<RelationView> edges) {
        static GraphView of(SubjectGraph g) {
            return new GraphView(g.root().toString(), g.depth(),
                    g.nodes().stream().map(n -> new NodeView(n.id().toString(), n.ref(), n.type().name(), n.name(), n.depth())).toList(),
                    g.edges().stream().map(RelationView::of).toList());
        }
    }

    record PathView(List<String> subjects, List<String> relations, int length) {
        static PathView of(SubjectPath p) {
            return new PathView(p.subjects().stream().map(UUID::toString).toList(), p.relations().stream().map(UUID::toString).toList(),
                    p.length());
        }
    }

    record PathsView(List<PathView> paths, Map<String, NodeView> subjects) {
    }
}

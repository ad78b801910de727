package be.stroomplan.subjects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditOutcome;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.protocols.DenyReason;
import be.stroomplan.protocols.PolicyRules;
import be.stroomplan.sharing.Compartment;
import be.stroomplan.sharing.Compartments;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The subject register: records subjects in compartments, searches them (fuzzy on names, exact on
 * identifiers), reads them, proposes matches across every compartment the user may read, records
 * people's match decisions, links subjects and walks the links. Every search and read is audited
 * with its purpose; what the user may not read is never returned (the read rule in
 * docs/SECURITY.md, {@link SubjectReader}).
 */
@Service
public class SubjectRegister {

    /** The largest page of a compartment's subjects. */
    public static final int MAX_PAGE = 500;
    /**
     * The most results a name search ranks and counts: a name shared by more subjects than this is
     * reported as more than this many ({@link SubjectPage#totalCapped()}), to be narrowed down.
     */
    public static final int MAX_RESULTS = 200;
    /** The most subjects a neighbourhood holds (the nearest ones): more than a graph can show. */
    public static final int MAX_NEIGHBOURHOOD = 500;
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d[\\d .\\-/]{4,}\\d");
    private static final Pattern GRADING = Pattern.compile("[ABCX][1-4]");

    private final SubjectStore store;
    private final Compartments compartments;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final Clock clock = Clock.systemUTC();

    SubjectRegister(SubjectStore store, Compartments compartments, AuditTrail audit, TransactionTemplate transaction) {
        this.store = store;
        this.compartments = compartments;
        this.audit = audit;
        this.transaction = transaction;
        this.readOnly = new TransactionTemplate(transaction.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    SubjectReader reader(UserProfile user) {
        Map<UUID, CompartmentKind> kinds = new HashMap<>();
        Map<UUID, CompartmentRole> roles = new HashMap<>();
        for (Map.Entry<Compartment, CompartmentRole> entry : compartments.compartmentsOf(user)) {
            kinds.put(entry.getKey().id(), entry.getKey().kind());
            roles.put(entry.getKey().id(), entry.getValue());
        }
        return SubjectReader.of(user, kinds, roles);
    }

    /** The compartments the user may add subjects to (MANAGER or MEMBER), newest first. */
    public List<Compartment> writableCompartments(UserProfile user) {
        return compartments.compartmentsOf(user).stream().filter(e -> e.getValue().writes()).map(Map.Entry::getKey).toList();
    }

    /** The compartments the user is a member of, newest first: the purposes a search may name. */
    public List<Compartment> readableCompartments(UserProfile user) {
        return compartments.compartmentsOf(user).stream().map(Map.Entry::getKey).toList();
    }

    // creating --------------------------------------------------------------------------------

    /**
     * Records a new subject in a compartment where the user is MANAGER or MEMBER. A compartment the
     * user is not a member of is not found; a READER is refused. Only a MANAGER puts a subject on the
     * compartment's record.
     */
    public Subject create(UserProfile user, SubjectDraft draft) {
        List<InvalidSubjectInput.Problem> problems = new ArrayList<>();
        UUID compartmentId = null;
        if (draft.compartment() == null || draft.compartment().isBlank()) {
            problems.add(InvalidSubjectInput.problem("compartment", "subjects.error.required"));
        } else {
            compartmentId = id(draft.compartment(), "compartment");
        }
        SubjectValidation.Checked checked = SubjectValidation.check(draft, LocalDate.now(clock));
        problems.addAll(checked.problems());
        if (!problems.isEmpty()) {
            throw new InvalidSubjectInput(problems);
        }
        SubjectReader reader = reader(user);
        Compartment compartment = compartments.find(compartmentId).filter(c -> reader.role(c.id()).isPresent())
                .orElseThrow(() -> new SubjectNotFound("compartment"));
        CompartmentRole role = reader.role(compartment.id()).orElseThrow();
        boolean onRecord = Boolean.TRUE.equals(draft.onRecord()) && !compartment.kind().jointFile();
        if (!reader.contentRole()) {
            throw refused(compartment, null, "create refused", DenyReason.ROLE_NOT_ALLOWED);
        }
        if (!role.writes() || (onRecord && role != CompartmentRole.MANAGER)) {
            throw refused(compartment, null, "create refused: role " + role, DenyReason.ROLE_NOT_ALLOWED);
        }
        SubjectType type = checked.type();
        SubjectCategory category = checked.category();
        Subject subject = new Subject(UUID.randomUUID(), compartment.id(), type, checked.name(), checked.birthDate(),
                checked.birthPlace(), checked.nationality(), checked.legalForm(), checked.naceCodes(), checked.ref(), category,
                reader.organisation(), onRecord, user.username(), clock.instant(), 1, checked.identifiers(), checked.addresses());
        transaction.executeWithoutResult(status -> {
            store.insert(subject, checked.keys());
            audit.record(AuditRecord.of(AuditAction.CREATE).object("SUBJECT", subject.id()).compartment(compartment.id())
                    .purpose(compartment.id().toString()).legalBasis(compartment.kind().legalBasis(compartment.id().toString()))
                    .details(type + " " + category + (onRecord ? " on record" : "")).build());
        });
        return subject;
    }

    /**
     * The compartment where the user may record subjects in bulk (an import): as for
     * {@link #create}, a compartment the user is not a member of is not found, and a READER or a
     * user without a content role is refused (and the refusal audited).
     */
    public Compartment writable(UserProfile user, UUID compartmentId) {
        SubjectReader reader = reader(user);
        Compartment compartment = compartments.find(compartmentId).filter(c -> reader.role(c.id()).isPresent())
                .orElseThrow(() -> new SubjectNotFound("compartment"));
        CompartmentRole role = reader.role(compartment.id()).orElseThrow();
        if (!reader.contentRole() || !role.writes()) {
            throw refused(compartment, null, "import refused: role " + role, DenyReason.ROLE_NOT_ALLOWED);
        }
        return compartment;
    }

    // searching and reading -------------------------------------------------------------------

    /**
     * Searches the subjects the user may read. A query that is a valid identifier of any type is
     * searched exactly on its normalised value; anything else fuzzily on the name. The purpose is a
     * compartment the user is a member of, or a justification of at least
     * {@value PolicyRules#MIN_JUSTIFICATION} characters; without one the search is refused.
     */
    public SubjectPage search(UserProfile user, String query, String purpose, int page, int size) {
        SubjectReader reader = reader(user);
        Purpose why = purpose(reader, purpose, null);
        String q = query == null ? "" : query.trim();
        if (q.isEmpty() || q.length() > 200) {
            throw InvalidSubjectInput.of("q", "subjects.error.query");
        }
        if (!reader.contentRole()) {
            audit.record(AuditRecord.of(AuditAction.DENIED).objectType("SUBJECT").compartment(why.compartment()).purpose(why.recorded())
                    .outcome(AuditOutcome.DENIED).details("search denied: " + DenyReason.ROLE_NOT_ALLOWED).build());
            throw new SubjectRefused(DenyReason.ROLE_NOT_ALLOWED);
        }
        List<IdentifierCheck.Valid> identifiers = new ArrayList<>();
        for (IdentifierType type : IdentifierType.values()) {
            if (Identifiers.check(type, q) instanceof IdentifierCheck.Valid valid) {
                identifiers.add(valid);
            }
        }
        SubjectPage result;
        String details;
        if (!identifiers.isEmpty()) {
            result = readOnly.execute(status -> store.searchIdentifiers(reader, identifiers, page, size));
            details = "identifier search " + identifiers.stream().map(v -> v.type() + " " + masked(v.key())).distinct().toList();
        } else {
            NameKeys keys = Names.keys(q);
            if (keys.isEmpty()) {
                throw InvalidSubjectInput.of("q", "subjects.error.query");
            }
            result = readOnly.execute(status -> store.searchNames(reader, keys, fold(q), page, size, MAX_RESULTS));
            details = "name search '" + DIGIT_RUN.matcher(q).replaceAll(m -> masked(m.group())) + "'";
        }
        audit.record(AuditRecord.of(AuditAction.SEARCH).objectType("SUBJECT").compartment(why.compartment()).purpose(why.recorded())
                .details(details + ", page " + page + ": " + result.items().size() + " of " + result.totalItems()
                        + (result.totalCapped() ? "+" : "")).build());
        return result;
    }

    /** The subjects of one compartment that the user may read. */
    public SubjectPage compartment(UserProfile user, String compartmentId, String purpose, int page, int size) {
        SubjectReader reader = reader(user);
        UUID id = id(compartmentId, "compartment");
        Compartment compartment = compartments.find(id).filter(c -> reader.role(c.id()).isPresent())
                .orElseThrow(() -> new SubjectNotFound("compartment"));
        Purpose why = purpose(reader, purpose, id);
        if (!reader.contentRole()) {
            throw refused(compartment, why, "listing denied", DenyReason.ROLE_NOT_ALLOWED);
        }
        SubjectPage result = readOnly.execute(status -> store.compartment(reader, id, page, size));
        audit.record(AuditRecord.of(AuditAction.READ).object("COMPARTMENT", id).compartment(id).purpose(why.recorded())
                .legalBasis(compartment.kind().legalBasis(id.toString()))
                .details("subjects page " + page + ": " + result.items().size() + " of " + result.totalItems()).build());
        return result;
    }

    /** One subject and its readable relations; 404 for a subject the user may not know, 403 for another organisation's. */
    public Subject read(UserProfile user, String subjectId, String purpose) {
        SubjectReader reader = reader(user);
        Subject subject = readable(reader, subjectId, purpose, "read");
        Purpose why = purpose(reader, purpose, subject.compartment());
        recordRead(subject, why, "read");
        return subject;
    }

    /** The relations of a subject the user has just read, to subjects the user may read. */
    public List<Relation> relations(UserProfile user, Subject subject) {
        SubjectReader reader = reader(user);
        return reader.reads(subject) ? readOnly.execute(status -> store.relations(reader, subject.id())) : List.of();
    }

    /**
     * The subjects with these ids, identifiers and addresses included. For the platform’s own use
     * (the deconfliction index keeps only keyed hashes of them): no user, not filtered, not audited.
     */
    public List<Subject> subjectsForIndex(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : readOnly.execute(status -> store.subjects(ids));
    }

    /** The ids of the subjects recorded in one compartment. For the platform’s own use (screening a case). */
    public List<UUID> subjectIdsIn(UUID compartment) {
        return readOnly.execute(status -> store.idsIn(compartment));
    }

    /** The names of subjects the user may read, by id (for showing relations and paths). */
    public Map<UUID, Subject> readableSubjects(UserProfile user, Set<UUID> ids) {
        SubjectReader reader = reader(user);
        Map<UUID, Subject> result = new HashMap<>();
        for (Subject subject : store.subjects(ids)) {
            if (reader.reads(subject)) {
                result.put(subject.id(), subject);
            }
        }
        return result;
    }

    /**
     * The subjects the user may read in the given compartments that are the given subject or share
     * one of its identifiers (type and normalised value): the KALI magistrate’s view of a release
     * request, across the magistrate’s dossiers. Nothing of the given subject itself is returned
     * unless the user may read it there. Audited as one SEARCH with the purpose.
     */
    public List<Subject> sameIdentity(UserProfile user, UUID subjectId, Collection<UUID> compartmentIds, String purpose) {
        SubjectReader reader = reader(user);
        List<UUID> mine = compartmentIds.stream().filter(id -> reader.role(id).isPresent()).distinct().toList();
        List<Subject> found = readOnly.execute(status -> store.subjects(store.sameIdentity(subjectId, mine))).stream()
                .filter(reader::reads).toList();
        audit.record(AuditRecord.of(AuditAction.SEARCH).objectType("SUBJECT").purpose(purpose)
                .details("same identity as subject " + subjectId + " in " + mine.size() + " compartment(s): " + found.size()
                        + " found").build());
        return found;
    }

    private Subject readable(SubjectReader reader, String subjectId, String purpose, String what) {
        return readable(reader, id(subjectId, "subject"), purpose, what, store::find);
    }

    /** Like {@link #readable(SubjectReader, String, String, String)}, the subject's row alone: for walks that need only its id. */
    private Subject readableRow(SubjectReader reader, String subjectId, String purpose, String what) {
        return readable(reader, id(subjectId, "subject"), purpose, what, store::findRow);
    }

    private Subject readable(SubjectReader reader, UUID id, String purpose, String what,
                             java.util.function.Function<UUID, Optional<Subject>> find) {
        Subject subject = find.apply(id).orElseThrow(() -> new SubjectNotFound("subject"));
        if (reader.role(subject.compartment()).isEmpty()) {
            throw new SubjectNotFound("subject");
        }
        if (!reader.reads(subject)) {
            Compartment compartment = compartments.find(subject.compartment()).orElseThrow();
            Purpose why = purpose(reader, purpose, subject.compartment());
            DenyReason reason = reader.contentRole() ? DenyReason.OTHER_ORGANISATION : DenyReason.ROLE_NOT_ALLOWED;
            audit.record(AuditRecord.of(AuditAction.DENIED).object("SUBJECT", id).compartment(subject.compartment())
                    .purpose(why.recorded()).legalBasis(compartment.kind().legalBasis(compartment.id().toString()))
                    .outcome(AuditOutcome.DENIED).details(what + " denied: " + reason).build());
            throw new SubjectRefused(reason);
        }
        return subject;
    }

    private void recordRead(Subject subject, Purpose why, String details) {
        Compartment compartment = compartments.find(subject.compartment()).orElseThrow();
        audit.record(AuditRecord.of(AuditAction.READ).object("SUBJECT", subject.id()).compartment(subject.compartment())
                .purpose(why.recorded()).legalBasis(compartment.kind().legalBasis(compartment.id().toString())).details(details).build());
    }

    // matching --------------------------------------------------------------------------------

    /**
     * The candidate matches of a subject among every subject the user may read, its own compartment
     * included, best first, with the latest decision people took on each pair. A pair confirmed the
     * same is always listed.
     */
    public List<SubjectMatch> matches(UserProfile user, String subjectId, String purpose) {
        SubjectReader reader = reader(user);
        Subject subject = readable(reader, subjectId, purpose, "matches");
        Purpose why = purpose(reader, purpose, subject.compartment());
        List<SubjectMatch> matches = readOnly.execute(status -> {
            Map<UUID, SameEntity> decisions = store.decisions(subject.id());
            Set<UUID> ids = new LinkedHashSet<>(store.candidates(reader, subject, Names.keys(subject.name())));
            decisions.forEach((other, decision) -> {
                if (decision == SameEntity.SAME) {
                    ids.add(other);
                }
            });
            MatchProfile profile = profile(subject);
            List<SubjectMatch> found = new ArrayList<>();
            for (Subject other : store.subjects(ids)) {
                if (!reader.reads(other)) {
                    continue;
                }
                SubjectMatcher.Scored scored = SubjectMatcher.score(profile, profile(other));
                SameEntity confirmed = decisions.get(other.id());
                Optional<MatchLevel> level = scored.level();
                List<MatchReason> reasons = new ArrayList<>(scored.reasons());
                if (confirmed == SameEntity.SAME) {
                    level = Optional.of(MatchLevel.MATCH);
                    reasons.add(0, MatchReason.CONFIRMED_SAME);
                }
                level.ifPresent(l -> found.add(new SubjectMatch(other.id(), other.ref(), other.name(), other.type(), other.compartment(),
                        scored.score(), l, reasons, confirmed)));
            }
            found.sort(Comparator.comparingDouble(SubjectMatch::score).reversed().thenComparing(m -> m.subjectId().toString()));
            return found;
        });
        recordRead(subject, why, "matches: " + matches.size() + " candidates");
        return matches;
    }

    /** Records that two subjects are (not) the same entity. The user must read both and write in the first one's compartment. */
    public MatchVerdict decide(UserProfile user, String subjectId, String otherId, String decision) {
        SubjectReader reader = reader(user);
        List<InvalidSubjectInput.Problem> problems = new ArrayList<>();
        SameEntity verdict = SubjectValidation.enumeration(SameEntity.class, "decision", decision, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSubjectInput(problems);
        }
        Subject subject = readable(reader, subjectId, null, "match decision");
        Subject other = readable(reader, otherId, null, "match decision");
        if (subject.id().equals(other.id())) {
            throw InvalidSubjectInput.of("otherId", "subjects.error.sameSubject");
        }
        Compartment compartment = compartments.find(subject.compartment()).orElseThrow();
        if (!reader.role(subject.compartment()).map(CompartmentRole::writes).orElse(false)) {
            throw refused(compartment, null, "match decision refused", DenyReason.ROLE_NOT_ALLOWED);
        }
        double score = SubjectMatcher.score(profile(subject), profile(other)).score();
        MatchVerdict recorded = new MatchVerdict(UUID.randomUUID(), subject.id(), other.id(), verdict, user.username(),
                reader.organisation(), clock.instant());
        transaction.executeWithoutResult(status -> {
            store.insertDecision(recorded.id(), subject.id(), other.id(), verdict, score, user.username(), reader.organisation(),
                    recorded.decidedAt());
            audit.record(AuditRecord.of(AuditAction.DECIDE).object("SUBJECT", subject.id()).compartment(subject.compartment())
                    .purpose(subject.compartment().toString()).legalBasis(compartment.kind().legalBasis(compartment.id().toString()))
                    .details("match " + verdict + " with " + other.id() + " (score " + score + ")").build());
        });
        return recorded;
    }

    static MatchProfile profile(Subject subject) {
        Set<String> addresses = new LinkedHashSet<>();
        subject.addresses().forEach(a -> addresses.add(Identifiers.addressKey(a)));
        subject.identifiers().stream().filter(i -> i.type() == IdentifierType.ADDRESS).forEach(i -> addresses.add(i.key()));
        return new MatchProfile(subject.id(), subject.type(), Names.keys(subject.name()), subject.birthDate(),
                SubjectStore.identifierKeys(subject), addresses);
    }

    // relations and graph ---------------------------------------------------------------------

    /** Links a subject to another. The user writes in the source's compartment and reads the target. */
    public Relation relate(UserProfile user, String subjectId, RelationDraft draft) {
        List<InvalidSubjectInput.Problem> problems = new ArrayList<>();
        RelationType type = SubjectValidation.enumeration(RelationType.class, "type", draft.type(), problems);
        if (draft.target() == null || draft.target().isBlank()) {
            problems.add(InvalidSubjectInput.problem("target", "subjects.error.required"));
        }
        LocalDate from = SubjectValidation.date("from", draft.from(), problems);
        LocalDate to = SubjectValidation.date("to", draft.to(), problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(InvalidSubjectInput.problem("to", "subjects.error.period"));
        }
        UUID sourceItem = null;
        if (draft.sourceItem() != null && !draft.sourceItem().isBlank()) {
            try {
                sourceItem = UUID.fromString(draft.sourceItem().trim());
            } catch (IllegalArgumentException e) {
                problems.add(InvalidSubjectInput.problem("sourceItem", "subjects.error.id"));
            }
        }
        String grading = draft.grading() == null || draft.grading().isBlank() ? null : draft.grading().trim().toUpperCase(Locale.ROOT);
        if (grading != null && !GRADING.matcher(grading).matches()) {
            problems.add(InvalidSubjectInput.problem("grading", "subjects.error.grading"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubjectInput(problems);
        }
        SubjectReader reader = reader(user);
        Subject source = readable(reader, subjectId, null, "relation");
        Subject target = readable(reader, draft.target(), null, "relation");
        if (source.id().equals(target.id())) {
            throw InvalidSubjectInput.of("target", "subjects.error.sameSubject");
        }
        Compartment compartment = compartments.find(source.compartment()).orElseThrow();
        if (!reader.role(source.compartment()).map(CompartmentRole::writes).orElse(false)) {
            throw refused(compartment, null, "relation refused", DenyReason.ROLE_NOT_ALLOWED);
        }
        Relation relation = new Relation(UUID.randomUUID(), source.id(), target.id(), type, from, to, sourceItem, grading,
                source.compartment(), reader.organisation(), user.username(), clock.instant());
        transaction.executeWithoutResult(status -> {
            store.insertRelation(relation, source.onRecord() && target.onRecord());
            audit.record(AuditRecord.of(AuditAction.CREATE).object("RELATION", relation.id()).compartment(source.compartment())
                    .purpose(source.compartment().toString()).legalBasis(compartment.kind().legalBasis(compartment.id().toString()))
                    .details(type + " from " + source.id() + " to " + target.id()).build());
        });
        return relation;
    }

    /** The neighbourhood of a subject, 1 to 3 links deep, over subjects and relations the user may read (at most 500 subjects). */
    public SubjectGraph graph(UserProfile user, String subjectId, int depth, String purpose) {
        if (depth < 1 || depth > 3) {
            throw InvalidSubjectInput.of("depth", "subjects.error.depth", 1, 3);
        }
        SubjectReader reader = reader(user);
        Subject root = readableRow(reader, subjectId, purpose, "graph");
        Purpose why = purpose(reader, purpose, root.compartment());
        SubjectGraph graph = readOnly.execute(status -> {
            List<SubjectStore.Reached> reached = store.neighbourhood(reader, root.id(), depth, MAX_NEIGHBOURHOOD);
            List<SubjectGraph.Node> nodes = reached.stream()
                    .map(r -> new SubjectGraph.Node(r.id(), r.ref(), r.type(), r.name(), r.depth())).toList();
            return new SubjectGraph(root.id(), depth, nodes,
                    store.relationsAmong(reader, reached.stream().map(SubjectStore.Reached::id).toList()));
        });
        recordRead(root, why, "graph depth " + depth + ": " + graph.nodes().size() + " subjects, " + graph.edges().size() + " relations");
        return graph;
    }

    /**
     * The network of a set of compartments: their subjects the user may read and the readable
     * relations among them, in one read that leaves one audit row naming the compartments and the
     * purpose. Every compartment must be one the user is a member of, else it is not found. Without
     * a purpose the compartments themselves are the purpose.
     */
    public SubjectNetwork network(UserProfile user, Collection<UUID> compartmentIds, String purpose) {
        SubjectReader reader = reader(user);
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(compartmentIds));
        List<Compartment> found = new ArrayList<>();
        for (UUID id : ids) {
            found.add(compartments.find(id).filter(c -> reader.role(c.id()).isPresent())
                    .orElseThrow(() -> new SubjectNotFound("compartment")));
        }
        UUID single = ids.size() == 1 ? ids.get(0) : null;
        Purpose why = purpose == null || purpose.isBlank()
                ? new Purpose(String.join(", ", ids.stream().map(UUID::toString).toList()), single)
                : purpose(reader, purpose, single);
        if (!reader.contentRole() && !found.isEmpty()) {
            throw refused(found.get(0), why, "network denied", DenyReason.ROLE_NOT_ALLOWED);
        }
        SubjectNetwork network = ids.isEmpty() || !reader.contentRole() ? new SubjectNetwork(List.of(), List.of())
                : readOnly.execute(status -> new SubjectNetwork(store.networkNodes(reader, ids), store.networkRelations(reader, ids)));
        audit.record(AuditRecord.of(AuditAction.READ).objectType("NETWORK").compartment(single).purpose(why.recorded())
                .legalBasis(found.isEmpty() ? null
                        : String.join("; ", found.stream().map(c -> c.kind().legalBasis(c.id().toString())).toList()))
                .details("network of " + ids.size() + " compartment(s) " + ids + ": " + network.nodes().size() + " subjects, "
                        + network.relations().size() + " relations").build());
        return network;
    }

    /**
     * The neighbourhood of a subject as a network: like {@link #graph}, 1 to 3 links deep and at
     * most 500 subjects, but with each subject's compartment and without reading identifiers or
     * addresses; audited once.
     */
    public SubjectNetwork neighbourhood(UserProfile user, String subjectId, int depth, String purpose) {
        if (depth < 1 || depth > 3) {
            throw InvalidSubjectInput.of("depth", "subjects.error.depth", 1, 3);
        }
        SubjectReader reader = reader(user);
        Subject root = readableRow(reader, subjectId, purpose, "graph");
        Purpose why = purpose(reader, purpose, root.compartment());
        SubjectNetwork network = readOnly.execute(status -> {
            List<SubjectStore.Reached> reached = store.neighbourhood(reader, root.id(), depth, MAX_NEIGHBOURHOOD);
            List<SubjectNetwork.Node> nodes = reached.stream()
                    .map(r -> new SubjectNetwork.Node(r.id(), r.compartment(), r.ref(), r.type(), r.name())).toList();
            return new SubjectNetwork(nodes, store.relationsAmong(reader, reached.stream().map(SubjectStore.Reached::id).toList()));
        });
        recordRead(root, why, "graph depth " + depth + ": " + network.nodes().size() + " subjects, " + network.relations().size()
                + " relations");
        return network;
    }

    /** The shortest paths between two subjects the user may read, at most {@code maxDepth} (1 to 6) links long, at most 20. */
    public List<SubjectPath> paths(UserProfile user, String subjectId, String otherId, int maxDepth, String purpose) {
        if (maxDepth < 1 || maxDepth > 6) {
            throw InvalidSubjectInput.of("maxDepth", "subjects.error.depth", 1, 6);
        }
        SubjectReader reader = reader(user);
        Subject from = readableRow(reader, subjectId, purpose, "paths");
        Subject to = readableRow(reader, otherId, purpose, "paths");
        Purpose why = purpose(reader, purpose, from.compartment());
        List<SubjectPath> paths = from.id().equals(to.id()) ? List.of(new SubjectPath(List.of(from.id()), List.of()))
                : readOnly.execute(status -> store.shortestPaths(reader, from.id(), to.id(), maxDepth, 20));
        recordRead(from, why, "paths to " + to.id() + ": " + paths.size() + (paths.isEmpty() ? "" : " of length " + paths.get(0).length()));
        return paths;
    }

    // helpers ---------------------------------------------------------------------------------

    /** A purpose as recorded in the audit trail, and the compartment it names (or null). */
    record Purpose(String recorded, UUID compartment) {
    }

    private static Purpose purpose(SubjectReader reader, String purpose, UUID derived) {
        String given = purpose == null ? "" : purpose.trim();
        if (given.isEmpty()) {
            if (derived == null) {
                throw InvalidSubjectInput.of("purpose", "subjects.error.purposeRequired", PolicyRules.MIN_JUSTIFICATION);
            }
            return new Purpose(derived.toString(), derived);
        }
        try {
            UUID compartment = UUID.fromString(given);
            if (reader.role(compartment).isPresent()) {
                return new Purpose(compartment.toString(), compartment);
            }
            // an id is no justification, and a compartment the user is not in is no purpose
            throw InvalidSubjectInput.of("purpose", "subjects.error.purpose", PolicyRules.MIN_JUSTIFICATION);
        } catch (IllegalArgumentException notAnId) {
            // a justification
        }
        if (given.length() < PolicyRules.MIN_JUSTIFICATION || given.length() > 500) {
            throw InvalidSubjectInput.of("purpose", "subjects.error.purpose", PolicyRules.MIN_JUSTIFICATION);
        }
        return new Purpose("Justification: " + given, null);
    }

    private SubjectRefused refused(Compartment compartment, Purpose why, String details, DenyReason reason) {
        audit.record(AuditRecord.of(AuditAction.DENIED).object("COMPARTMENT", compartment.id()).compartment(compartment.id())
                .purpose(why == null ? compartment.id().toString() : why.recorded())
                .legalBasis(compartment.kind().legalBasis(compartment.id().toString())).outcome(AuditOutcome.DENIED)
                .details(details + ": " + reason).build());
        return new SubjectRefused(reason);
    }

    /** An identifier as the audit trail may show it: the type's shape, all but the last two characters hidden. */
    static String masked(String value) {
        String compact = value.replaceAll("[\\s.\\-/]", "");
        if (compact.length() <= 4) {
            return "••••";
        }
        return "•".repeat(compact.length() - 2) + compact.substring(compact.length() - 2);
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    static UUID id(String value, String what) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw new SubjectNotFound(what);
        }
    }



}

package be.stroomplan.subjects.web;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.partners.UserProfile;
import be.stroomplan.subjects.InvalidSubjectInput;
import be.stroomplan.subjects.RelationDraft;
import be.stroomplan.subjects.Subject;
import be.stroomplan.subjects.SubjectDraft;
import be.stroomplan.subjects.SubjectRegister;
import be.stroomplan.subjects.web.SubjectJson.GraphView;
import be.stroomplan.subjects.web.SubjectJson.MatchView;
import be.stroomplan.subjects.web.SubjectJson.MatchesView;
import be.stroomplan.subjects.web.SubjectJson.NodeView;
import be.stroomplan.subjects.web.SubjectJson.PageView;
import be.stroomplan.subjects.web.SubjectJson.PathView;
import be.stroomplan.subjects.web.SubjectJson.PathsView;
import be.stroomplan.subjects.web.SubjectJson.RelationView;
import be.stroomplan.subjects.web.SubjectJson.SubjectView;
import be.stroomplan.subjects.web.SubjectJson.VerdictView;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The subject register over the API (DESIGN.md §7): record a subject in a compartment, search
 * with a purpose, list a compartment's subjects, read one, its candidate matches, decide a match,
 * link subjects, and the graph and shortest paths around a subject. What the user may not read is
 * never returned; a subject or compartment the user may not know answers 404.
 */
@RestController
@RequestMapping("/api/v1/subjects")
@PreAuthorize("isAuthenticated()")
class SubjectApiController {

    private final SubjectRegister register;
    private final SubjectUsers users;

    SubjectApiController(SubjectRegister register, SubjectUsers users) {
        this.register = register;
        this.users = users;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubjectView> create(@RequestBody SubjectDraft draft) {
        Subject subject = register.create(users.current(), draft);
        return ResponseEntity.created(URI.create("/api/v1/subjects/" + subject.id())).body(SubjectView.of(subject, null));
    }

    /** A search ({@code q} and {@code purpose}) or, with {@code compartment}, the subjects of one compartment. */
    @GetMapping
    PageView list(@RequestParam(required = false) String q, @RequestParam(required = false) String purpose,
                  @RequestParam(required = false) String compartment, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(required = false) Integer size) {
        UserProfile user = users.current();
        int from = Math.max(0, page);
        if (compartment != null && !compartment.isBlank()) {
            int limit = Math.min(Math.max(1, size == null ? 50 : size), SubjectRegister.MAX_PAGE);
            return PageView.of(register.compartment(user, compartment, purpose, from, limit));
        }
        if (q == null || q.isBlank()) {
            throw InvalidSubjectInput.of("q", "subjects.error.query");
        }
        return PageView.of(register.search(user, q, purpose, from, Math.min(Math.max(1, size == null ? 20 : size), 100)));
    }

    @GetMapping("/{id}")
    SubjectView subject(@PathVariable String id, @RequestParam(required = false) String purpose) {
        UserProfile user = users.current();
        Subject subject = register.read(user, id, purpose);
        return SubjectView.of(subject, register.relations(user, subject));
    }

    @GetMapping("/{id}/matches")
    MatchesView matches(@PathVariable String id, @RequestParam(required = false) String purpose) {
        return new MatchesView(register.matches(users.current(), id, purpose).stream().map(MatchView::of).toList());
    }

    record DecisionRequest(String decision) {
    }

    @PostMapping(path = "/{id}/matches/{otherId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<VerdictView> decide(@PathVariable String id, @PathVariable String otherId, @RequestBody DecisionRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(VerdictView.of(register.decide(users.current(), id, otherId, request.decision())));
    }

    @PostMapping(path = "/{id}/relations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RelationView> relate(@PathVariable String id, @RequestBody RelationDraft draft) {
        return ResponseEntity.status(HttpStatus.CREATED).body(RelationView.of(register.relate(users.current(), id, draft)));
    }

    @GetMapping("/{id}/graph")
    GraphView graph(@PathVariable String id, @RequestParam(defaultValue = "1") int depth, @RequestParam(required = false) String purpose) {
        return GraphView.of(register.graph(users.current(), id, depth, purpose));
    }

    @GetMapping("/{id}/paths/{otherId}")
    PathsView paths(@PathVariable String id, @PathVariable String otherId, @RequestParam(defaultValue = "4") int maxDepth,
                    @RequestParam(required = false) String purpose) {
        UserProfile user = users.current();
        var paths = register.paths(user, id, otherId, maxDepth, purpose);
        Set<UUID> ids = new HashSet<>();
        paths.forEach(p -> ids.addAll(p.subjects()));
        Map<String, NodeView> subjects = new HashMap<>();
        register.readableSubjects(user, ids).forEach((key, s) -> subjects.put(key.toString(),
                new NodeView(key.toString(), s.ref(), s.type().name(), s.name(), 0)));
        return new PathsView(paths.stream().map(PathView::of).toList(), subjects);
    }

}

package be.stroomplan.dossiers.web;

import java.net.URI;
import java.util.Map;

import be.stroomplan.dossiers.ArrestDraft;
import be.stroomplan.dossiers.DossierSubject;
import be.stroomplan.dossiers.DossierWork;
import be.stroomplan.dossiers.SeizureDraft;
import be.stroomplan.dossiers.TaskDraft;
import be.stroomplan.sharing.InformationItem;
import be.stroomplan.sharing.ItemDraft;
import be.stroomplan.subjects.SubjectDraft;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The team’s work on a dossier through the API: items ({@code POST /api/v1/dossiers/{id}/items},
 * taken over from the sharing module), subjects (DESIGN.md §7), seizures, arrests and tasks.
 */
@RestController
@RequestMapping("/api/v1/dossiers/{id}")
@PreAuthorize("isAuthenticated()")
class DossierWorkApiController {

    private final DossierWork work;
    private final DossierUsers users;

    DossierWorkApiController(DossierWork work, DossierUsers users) {
        this.work = work;
        this.users = users;
    }

    @PostMapping(path = "/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DossierJson.ItemView> item(@PathVariable String id, @RequestBody ItemDraft request,
                                              @RequestParam(required = false) String purpose) {
        InformationItem item = work.addItem(users.current(), id, request.content(), purpose);
        return ResponseEntity.created(URI.create("/api/v1/items/" + item.id())).body(DossierJson.ItemView.of(item));
    }

    record SubjectRequest(String subjectId, SubjectDraft subject, String category) {
    }

    @PostMapping(path = "/subjects", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DossierJson.SubjectLink> subject(@PathVariable String id, @RequestBody SubjectRequest request) {
        DossierSubject link = work.addSubject(users.current(), id, request.subjectId(), request.subject(), request.category());
        return ResponseEntity.created(URI.create("/api/v1/subjects/" + link.subject())).body(DossierJson.SubjectLink.of(link));
    }

    @PostMapping(path = "/seizures", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DossierJson.SeizureView> seizure(@PathVariable String id, @RequestBody SeizureDraft draft) {
        return ResponseEntity.status(201).body(DossierJson.SeizureView.of(work.addSeizure(users.current(), id, draft)));
    }

    @PostMapping(path = "/arrests", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DossierJson.ArrestView> arrest(@PathVariable String id, @RequestBody ArrestDraft draft) {
        return ResponseEntity.status(201).body(DossierJson.ArrestView.of(work.addArrest(users.current(), id, draft)));
    }

    @PostMapping(path = "/tasks", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DossierJson.TaskView> task(@PathVariable String id, @RequestBody TaskDraft draft) {
        return ResponseEntity.status(201).body(DossierJson.TaskView.of(work.addTask(users.current(), id, draft)));
    }

    @PostMapping("/tasks/{taskId}/done")
    Map<String, Object> done(@PathVariable String id, @PathVariable String taskId) {
        work.taskDone(users.current(), id, taskId);
        return Map.of("id", taskId, "done", true);
    }
}

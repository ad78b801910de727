package be.stroomplan.controls.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.controls.ControlAction;
import be.stroomplan.controls.ControlDraft;
import be.stroomplan.controls.ControlPage;
import be.stroomplan.controls.ControlResult;
import be.stroomplan.controls.ControlResults;
import be.stroomplan.controls.ControlStatus;
import be.stroomplan.controls.ControlTarget;
import be.stroomplan.controls.ControlView;
import be.stroomplan.controls.Controls;
import be.stroomplan.controls.InvalidControlInput;
import be.stroomplan.controls.ResultDraft;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The COAC control actions API (DESIGN.md §5): list (paged, sorted, only the actions the user
 * takes part in), plan, read, transitions, targets, results, checklists and the briefing PDF. An
 * action the user does not take part in is 404, like a guessed id.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class ControlApiController {

    private final Controls controls;
    private final ControlResults results;
    private final ControlUsers users;

    ControlApiController(Controls controls, ControlResults results, ControlUsers users) {
        this.controls = controls;
        this.results = results;
        this.users = users;
    }

    record TransitionRequest(String to, String reason) {
    }

    record ChecklistRequest(Boolean done) {
    }

    @GetMapping("/api/v1/controls")
    Map<String, Object> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                             @RequestParam(defaultValue = "startsAt") String sort, @RequestParam(defaultValue = "desc") String dir) {
        int pageSize = Math.min(Math.max(1, size), 200);
        ControlPage result = controls.list(users.current(), sort, "asc".equalsIgnoreCase(dir), Math.max(0, page), pageSize);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", result.items().stream().map(ControlJson::summary).toList());
        body.put("page", result.page());
        body.put("size", result.size());
        body.put("totalItems", result.totalItems());
        body.put("totalPages", result.totalPages());
        return body;
    }

    @PostMapping(path = "/api/v1/controls", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> plan(@RequestBody ControlDraft draft) {
        ControlAction action = controls.plan(users.current(), draft);
        return ResponseEntity.created(URI.create("/api/v1/controls/" + action.id())).body(ControlJson.summary(action));
    }

    @GetMapping("/api/v1/controls/{id}")
    Map<String, Object> read(@PathVariable String id) {
        ControlView view = controls.read(users.current(), ControlUsers.id(id, "control action"));
        return ControlJson.of(view);
    }

    @PostMapping(path = "/api/v1/controls/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> transition(@PathVariable String id, @RequestBody TransitionRequest request) {
        UUID actionId = ControlUsers.id(id, "control action");
        return ControlJson.summary(controls.transition(users.current(), actionId, status(request.to()), request.reason()));
    }

    @PostMapping(path = "/api/v1/controls/{id}/targets", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> addTarget(@PathVariable String id, @RequestBody ControlDraft.TargetDraft draft) {
        UUID actionId = ControlUsers.id(id, "control action");
        ControlTarget target = controls.addTarget(users.current(), actionId, draft);
        return ResponseEntity.created(URI.create("/api/v1/controls/" + actionId)).body(ControlJson.target(target));
    }

    @PostMapping(path = "/api/v1/controls/{id}/results", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> enter(@PathVariable String id, @RequestBody ResultDraft draft) {
        UUID actionId = ControlUsers.id(id, "control action");
        ControlResult result = results.enter(users.current(), actionId, draft);
        return ResponseEntity.created(URI.create("/api/v1/controls/" + actionId)).body(ControlJson.result(result));
    }

    @PostMapping(path = "/api/v1/controls/{id}/checklist/{line}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> check(@PathVariable String id, @PathVariable String line, @RequestBody ChecklistRequest request) {
        UUID actionId = ControlUsers.id(id, "control action");
        results.check(users.current(), actionId, ControlUsers.id(line, "checklist line"), Boolean.TRUE.equals(request.done()));
        return Map.of("id", line, "done", Boolean.TRUE.equals(request.done()));
    }

    @GetMapping("/api/v1/controls/{id}/briefing.pdf")
    ResponseEntity<byte[]> briefing(@PathVariable String id) {
        UUID actionId = ControlUsers.id(id, "control action");
        byte[] pdf = controls.briefing(users.current(), actionId, LocaleContextHolder.getLocale());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("briefing-" + actionId + ".pdf").build().toString())
                .body(pdf);
    }

    static ControlStatus status(String value) {
        try {
            return ControlStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidControlInput("to", "controls.error.oneOf",
                    String.join(", ", List.of(ControlStatus.values()).stream().map(Enum::name).toList()));
        }
    }
}

package be.stroomplan.cases.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.cases.CaseAction;
import be.stroomplan.cases.CaseNotification;
import be.stroomplan.cases.CaseActions;
import be.stroomplan.cases.CaseDecisions;
import be.stroomplan.cases.CaseNotices;
import be.stroomplan.cases.CaseRequests;
import be.stroomplan.cases.Decision;
import be.stroomplan.cases.InformationRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The work on a case over the API: information requests, the decision, actions, notifications, the overdue list. */
@RestController
@PreAuthorize("isAuthenticated()")
class CaseWorkApiController {

    private final CaseRequests requests;
    private final CaseDecisions decisions;
    private final CaseActions actions;
    private final CaseNotices notices;
    private final CaseUsers users;

    CaseWorkApiController(CaseRequests requests, CaseDecisions decisions, CaseActions actions, CaseNotices notices,
                          CaseUsers users) {
        this.requests = requests;
        this.decisions = decisions;
        this.actions = actions;
        this.notices = notices;
        this.users = users;
    }

    record RequestBodyIn(String organisation, String question, LocalDate due) {
    }

    record AnswerRequest(UUID item, String note) {
    }

    record DecisionRequest(String leadOrganisation, String rationale, UUID meeting, List<CaseDecisions.InterventionDraft> interventions) {
    }

    record ActionRequest(UUID intervention, String title, String organisation, String user, LocalDate due) {
    }

    record ReportRequest(String status, String result) {
    }

    @PostMapping(path = "/api/v1/cases/{id}/information-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InformationRequest> request(@PathVariable String id, @RequestBody RequestBodyIn body) {
        UUID caseId = CaseUsers.id(id, "case");
        InformationRequest r = requests.request(users.current(), caseId, body.organisation(), body.question(), body.due());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/information-requests/" + r.id())).body(r);
    }

    @PostMapping(path = "/api/v1/cases/{id}/information-requests/{requestId}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    InformationRequest answer(@PathVariable String id, @PathVariable String requestId, @RequestBody AnswerRequest body) {
        return requests.answer(users.current(), CaseUsers.id(id, "case"), CaseUsers.id(requestId, "information request"),
                body.item(), body.note());
    }

    @PostMapping(path = "/api/v1/cases/{id}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Decision> decide(@PathVariable String id, @RequestBody DecisionRequest body) {
        UUID caseId = CaseUsers.id(id, "case");
        Decision d = decisions.decide(users.current(), caseId, body.leadOrganisation(), body.rationale(), body.meeting(),
                body.interventions());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId)).body(d);
    }

    @PostMapping(path = "/api/v1/cases/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseAction> assign(@PathVariable String id, @RequestBody ActionRequest body) {
        UUID caseId = CaseUsers.id(id, "case");
        CaseAction a = actions.assign(users.current(), caseId, body.intervention(), body.title(), body.organisation(), body.user(),
                body.due());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId)).body(a);
    }

    @PostMapping(path = "/api/v1/cases/{id}/actions/{actionId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    CaseAction report(@PathVariable String id, @PathVariable String actionId, @RequestBody ReportRequest body) {
        return actions.report(users.current(), CaseUsers.id(id, "case"), CaseUsers.id(actionId, "action"), body.status(),
                body.result());
    }

    @GetMapping("/api/v1/cases/overdue-actions")
    Map<String, List<CaseAction>> overdue() {
        return Map.of("items", actions.overdue(users.current()));
    }

    @GetMapping("/api/v1/cases/notifications")
    Map<String, List<CaseNotification>> notifications() {
        return Map.of("items", notices.notifications(users.current()));
    }
}

package be.stroomplan.cases.web;

import java.time.LocalDate;
import java.util.List;

import be.stroomplan.cases.CaseActions;
import be.stroomplan.cases.CaseDecisions;
import be.stroomplan.cases.CaseNotices;
import be.stroomplan.cases.CaseRequests;
import be.stroomplan.partners.UserProfile;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the case page that work on a case: information requests (the coordinator asks, the
 * requested organisation answers), the decision (optionally taken in a meeting), actions and their
 * reports; and the user's notifications.
 */
@Controller
@RequestMapping("/cases")
@PreAuthorize("isAuthenticated()")
class CaseWorkPagesController {

    private final CaseRequests requests;
    private final CaseDecisions decisions;
    private final CaseActions actions;
    private final CaseNotices notices;
    private final CaseUsers users;
    private final CasePageActions forms;

    CaseWorkPagesController(CaseRequests requests, CaseDecisions decisions, CaseActions actions, CaseNotices notices,
                            CaseUsers users, CasePageActions forms) {
        this.requests = requests;
        this.decisions = decisions;
        this.actions = actions;
        this.notices = notices;
        this.users = users;
        this.forms = forms;
    }

    @PostMapping("/{id}/requests")
    String request(@PathVariable String id, @RequestParam String organisation, @RequestParam String question,
                   @RequestParam(required = false) LocalDate due, RedirectAttributes redirect) {
        return forms.act(id, redirect, "cases.requested",
                caseId -> requests.request(users.current(), caseId, organisation, question, due));
    }

    @PostMapping("/{id}/requests/{requestId}/answer")
    String answer(@PathVariable String id, @PathVariable String requestId, @RequestParam(required = false) String note,
                  @RequestParam(required = false) String item, RedirectAttributes redirect) {
        return forms.act(id, redirect, "cases.answeredNotice", caseId -> requests.answer(users.current(), caseId,
                CaseUsers.id(requestId, "information request"),
                CasePageActions.blank(item) == null ? null : CaseUsers.id(item, "item"), note));
    }

    @PostMapping("/{id}/decision")
    String decide(@PathVariable String id, @RequestParam String leadOrganisation, @RequestParam String rationale,
                  @RequestParam String intervention, @RequestParam(required = false) Integer months,
                  @RequestParam(required = false) String meeting, RedirectAttributes redirect) {
        return forms.act(id, redirect, "cases.decided", caseId -> decisions.decide(users.current(), caseId, leadOrganisation,
                rationale, CasePageActions.blank(meeting) == null ? null : CaseUsers.id(meeting, "meeting"),
                List.of(new CaseDecisions.InterventionDraft(intervention, leadOrganisation, null, null, months, rationale))));
    }

    @PostMapping("/{id}/actions")
    String assign(@PathVariable String id, @RequestParam String intervention, @RequestParam String title,
                  @RequestParam(required = false) String organisation, @RequestParam(required = false) String user,
                  @RequestParam(required = false) LocalDate due, RedirectAttributes redirect) {
        return forms.act(id, redirect, "cases.assigned", caseId -> actions.assign(users.current(), caseId,
                CaseUsers.id(intervention, "intervention"), title, CasePageActions.blank(organisation),
                CasePageActions.blank(user), due));
    }

    @PostMapping("/{id}/actions/{actionId}")
    String report(@PathVariable String id, @PathVariable String actionId, @RequestParam String status,
                  @RequestParam(required = false) String result, RedirectAttributes redirect) {
        return forms.act(id, redirect, "cases.reported", caseId -> actions.report(users.current(), caseId,
                CaseUsers.id(actionId, "action"), status, result));
    }

    @GetMapping("/notifications")
    String notifications(Model model) {
        UserProfile user = users.current();
        model.addAttribute("notifications", notices.notifications(user));
        model.addAttribute("overdue", actions.overdue(user));
        return "cases/notifications";
    }

    @PostMapping("/notifications/read")
    String read() {
        notices.markRead(users.current());
        return "redirect:/cases/notifications";
    }
}

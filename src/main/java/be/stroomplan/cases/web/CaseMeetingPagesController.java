package be.stroomplan.cases.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import be.stroomplan.cases.CaseConflict;
import be.stroomplan.cases.CaseNotFound;
import be.stroomplan.cases.CaseRefused;
import be.stroomplan.cases.InvalidCaseInput;
import be.stroomplan.cases.MahoMeetings;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The meeting pages: the coordinator's meetings, planning one from a case, a meeting with its minutes. */
@Controller
@RequestMapping("/cases/meetings")
@PreAuthorize("isAuthenticated()")
class CaseMeetingPagesController {

    private final MahoMeetings meetings;
    private final CaseUsers users;
    private final CasePageActions forms;

    CaseMeetingPagesController(MahoMeetings meetings, CaseUsers users, CasePageActions forms) {
        this.meetings = meetings;
        this.users = users;
        this.forms = forms;
    }

    @GetMapping
    String meetingList(Model model) {
        model.addAttribute("meetings", meetings.recent(users.current()));
        return "cases/meetings";
    }

    @PostMapping
    String plan(@RequestParam String caseId, @RequestParam LocalDateTime heldAt, @RequestParam String place,
                @RequestParam(required = false) List<String> attendees, RedirectAttributes redirect) {
        UUID id = CaseUsers.id(caseId, "case");
        try {
            var meeting = meetings.plan(users.current(), heldAt.atZone(ZoneId.of("Europe/Brussels")).toInstant(), place,
                    users.current().username(), attendees, List.of(id));
            return "redirect:/cases/meetings/" + meeting.id();
        } catch (InvalidCaseInput | CaseConflict | CaseRefused e) {
            redirect.addFlashAttribute("problemText", forms.text(e));
            return "redirect:/cases/" + id;
        } catch (CaseNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping("/{id}")
    String meeting(@PathVariable String id, Model model) {
        try {
            model.addAttribute("meeting", meetings.read(users.current(), CaseUsers.id(id, "meeting")));
        } catch (CaseNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "cases/meeting";
    }

    @PostMapping("/{id}/minutes")
    String minutes(@PathVariable String id, @RequestParam String caseId, @RequestParam String minutes,
                   @RequestParam(required = false) String decision, RedirectAttributes redirect) {
        UUID meeting = CaseUsers.id(id, "meeting");
        try {
            meetings.minutes(users.current(), meeting, CaseUsers.id(caseId, "case"), minutes, decision);
            redirect.addFlashAttribute("notice", "cases.minutesKept");
        } catch (InvalidCaseInput e) {
            redirect.addFlashAttribute("problemText", forms.text(e));
        } catch (CaseNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/cases/meetings/" + meeting;
    }
}

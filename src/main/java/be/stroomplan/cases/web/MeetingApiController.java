package be.stroomplan.cases.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.cases.MahoMeetings;
import be.stroomplan.cases.Meeting;

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
import org.springframework.web.bind.annotation.RestController;

/** MAHO meetings over the API: plan, read, minutes per case, agenda and minutes as PDF. */
@RestController
@PreAuthorize("isAuthenticated()")
class MeetingApiController {

    private final MahoMeetings meetings;
    private final CaseUsers users;

    MeetingApiController(MahoMeetings meetings, CaseUsers users) {
        this.meetings = meetings;
        this.users = users;
    }

    record MeetingRequest(Instant heldAt, String place, String chair, List<String> attendees, List<UUID> cases) {
    }

    record MinutesRequest(UUID caseId, String minutes, String decision) {
    }

    @PostMapping(path = "/api/v1/meetings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Meeting> plan(@RequestBody MeetingRequest body) {
        Meeting m = meetings.plan(users.current(), body.heldAt(), body.place(), body.chair(), body.attendees(), body.cases());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + m.id())).body(m);
    }

    @GetMapping("/api/v1/meetings")
    Map<String, List<Meeting>> list() {
        return Map.of("items", meetings.recent(users.current()));
    }

    @GetMapping("/api/v1/meetings/{id}")
    Meeting read(@PathVariable String id) {
        return meetings.read(users.current(), CaseUsers.id(id, "meeting"));
    }

    @PostMapping(path = "/api/v1/meetings/{id}/minutes", consumes = MediaType.APPLICATION_JSON_VALUE)
    Meeting minutes(@PathVariable String id, @RequestBody MinutesRequest body) {
        return meetings.minutes(users.current(), CaseUsers.id(id, "meeting"), body.caseId(), body.minutes(), body.decision());
    }

    @GetMapping("/api/v1/meetings/{id}/agenda.pdf")
    ResponseEntity<byte[]> agenda(@PathVariable String id) {
        return pdf(id, false);
    }

    @GetMapping("/api/v1/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable String id) {
        return pdf(id, true);
    }

    ResponseEntity<byte[]> pdf(String id, boolean minutes) {
        byte[] bytes = meetings.export(users.current(), CaseUsers.id(id, "meeting"), minutes, LocaleContextHolder.getLocale());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename((minutes ? "notulen-" : "agenda-") + id + ".pdf").build().toString())
                .body(bytes);
    }
}

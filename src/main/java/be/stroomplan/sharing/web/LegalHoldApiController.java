package be.stroomplan.sharing.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.retention.LegalHold;
import be.stroomplan.retention.LegalHolds;
import be.stroomplan.sharing.Compartments;
import be.stroomplan.sharing.SharingConflict;
import be.stroomplan.sharing.SharingNotFound;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Legal holds on a compartment: a KALI magistrate who is a member of it freezes it against the
 * retention purge, and lifts the freeze, each with a reason (both audited by the retention
 * module). Members and the DPO see the hold and its history. For anyone else the compartment
 * does not exist (404).
 */
@RestController
@RequestMapping("/api/v1/compartments/{id}/legal-hold")
@PreAuthorize("isAuthenticated()")
class LegalHoldApiController {

    private final Compartments compartments;
    private final LegalHolds holds;
    private final SharingUsers users;

    LegalHoldApiController(Compartments compartments, LegalHolds holds, SharingUsers users) {
        this.compartments = compartments;
        this.holds = holds;
        this.users = users;
    }

    record ReasonRequest(String reason) {
    }

    @GetMapping
    Map<String, Object> hold(@PathVariable String id) {
        UUID compartment = SharingUsers.id(id, "compartment");
        UserProfile user = users.current();
        if (!user.hasRole(Role.DPO)) {
            member(compartment, user);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("compartment", compartment);
        body.put("active", holds.active(compartment).orElse(null));
        body.put("history", holds.history(compartment));
        return body;
    }

    @PostMapping
    @PreAuthorize("hasRole('KALI_MAGISTRATE')")
    ResponseEntity<LegalHold> place(@PathVariable String id, @RequestBody ReasonRequest request) {
        UUID compartment = SharingUsers.id(id, "compartment");
        UserProfile magistrate = users.current();
        member(compartment, magistrate);
        try {
            LegalHold hold = holds.place(compartment, request.reason(), magistrate.username());
            return ResponseEntity.created(URI.create("/api/v1/compartments/" + compartment + "/legal-hold")).body(hold);
        } catch (IllegalStateException alreadyHeld) {
            throw new SharingConflict("retention.hold.exists", alreadyHeld.getMessage());
        }
    }

    @PostMapping("/lift")
    @PreAuthorize("hasRole('KALI_MAGISTRATE')")
    LegalHold lift(@PathVariable String id, @RequestBody ReasonRequest request) {
        UUID compartment = SharingUsers.id(id, "compartment");
        UserProfile magistrate = users.current();
        member(compartment, magistrate);
        return holds.lift(compartment, request.reason(), magistrate.username())
                .orElseThrow(() -> new SharingNotFound("legal hold"));
    }

    private void member(UUID compartment, UserProfile user) {
        if (compartments.find(compartment).isEmpty() || compartments.membership(compartment, user).isEmpty()) {
            throw new SharingNotFound("compartment");
        }
    }
}

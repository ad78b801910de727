package be.stroomplan.partners.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import be.stroomplan.partners.Classification;
import be.stroomplan.partners.Clearance;
import be.stroomplan.partners.internal.UserAccount;
import be.stroomplan.partners.internal.UserStore;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A user's security clearance over the API, for the functional administrator: read it, or set
 * level and end date. Every change is audited; the policy decision point uses the new clearance
 * from its next decision on.
 */
@RestController
@RequestMapping("/api/v1/users/{username}/clearance")
@PreAuthorize("hasRole('FUNCTIONAL_ADMIN')")
class ClearanceApiController {

    private final UserStore users;
    private final PartnerAdministration administration;
    private final PartnerAudit audit;

    ClearanceApiController(UserStore users, PartnerAdministration administration, PartnerAudit audit) {
        this.users = users;
        this.administration = administration;
        this.audit = audit;
    }

    @GetMapping
    ClearanceBody clearance(@PathVariable String username) {
        UserAccount account = user(username);
        audit.read("USER", account.id().toString());
        return ClearanceBody.of(users.clearance(account.id()));
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ClearanceBody setClearance(@PathVariable String username, @Valid @RequestBody ClearanceBody body) {
        UserAccount account = user(username);
        Clearance clearance = new Clearance(body.level(), body.validUntil());
        administration.setClearance(account.id(), clearance);
        return ClearanceBody.of(clearance);
    }

    private UserAccount user(String username) {
        return users.findByUsername(username)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No user with this name"));
    }

    record ClearanceBody(@NotNull Classification level, LocalDate validUntil) {

        static ClearanceBody of(Clearance clearance) {
            return new ClearanceBody(clearance.level(), clearance.validUntil());
        }
    }
}

package be.stroomplan.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import be.stroomplan.audit.AuditDigest;
import be.stroomplan.audit.DigestVerification;
import be.stroomplan.audit.VerificationResult;
import be.stroomplan.audit.internal.AuditQuery.AuditFilter;
import be.stroomplan.audit.internal.AuditQuery.AuditPage;

/**
 * The DPO's view of the audit trail: a filtered, paged list and the chain verification. Both are
 * audited themselves.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    static final int MAX_SIZE = 500;
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final AuditConsultation consultation;

    AuditController(AuditConsultation consultation) {
        this.consultation = consultation;
    }

    /**
     * The audit trail, newest first. {@code from} and {@code to} take an ISO date (a whole day in
     * Europe/Brussels, both ends inclusive), a local date-time (Europe/Brussels) or an instant
     * with offset; {@code subject} and {@code object} both filter on the object id.
     */
    @GetMapping
    @PreAuthorize("hasRole('DPO')")
    AuditPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String user, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String object, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String action, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "sequence,desc") String sort) {
        if (page < 0) {
            throw badRequest("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw badRequest("size must be between 1 and " + MAX_SIZE);
        }
        String objectId = AuditFilters.blankToNull(subject);
        String objectAlias = AuditFilters.blankToNull(object);
        if (objectId != null && objectAlias != null && !objectId.equals(objectAlias)) {
            throw badRequest("subject and object both filter on the object id; give one");
        }
        AuditFilter filter;
        boolean ascending;
        try {
            filter = AuditFilters.parse(user, objectId != null ? objectId : objectAlias, organisation, action, from, to);
            ascending = AuditFilters.ascending(sort);
        } catch (InvalidAuditFilter invalid) {
            throw badRequest(invalid.getMessage());
        }
        return consultation.read(filter, page, size, ascending);
    }

    /** Verifies the whole chain (after sealing what is pending); 200 with {@code valid} true or false. */
    @GetMapping("/verify")
    @PreAuthorize("hasRole('DPO')")
    VerificationResult verify() {
        return consultation.verify();
    }

    /**
     * The signed digests of the days from {@code from} to {@code to} (ISO dates, inclusive; by
     * default the last 31 days), oldest first, to hand to an outside verifier together with the
     * public keyset.
     */
    @GetMapping("/digests")
    @PreAuthorize("hasRole('DPO')")
    List<AuditDigest> digests(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        LocalDate until = to != null ? to : LocalDate.now(BRUSSELS);
        LocalDate since = from != null ? from : until.minusDays(31);
        if (since.isAfter(until)) {
            throw badRequest("from must not be after to");
        }
        return consultation.digests(since, until);
    }

    /** The Tink public keyset (JSON) that verifies the digests' signatures. Holds no secret. */
    @GetMapping(path = "/digests/public-keyset", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('DPO')")
    String publicKeyset() {
        return consultation.publicKeyset();
    }

    /** Verifies every digest: signature, link to the previous one, and the chain row it anchors. */
    @GetMapping("/digests/verify")
    @PreAuthorize("hasRole('DPO')")
    DigestVerification verifyDigests() {
        return consultation.verifyDigests();
    }

    private static ResponseStatusException badRequest(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }
}

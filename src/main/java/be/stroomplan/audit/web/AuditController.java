package be.stroomplan.audit.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditOutcome;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.audit.AuditVerifier;
import be.stroomplan.audit.VerificationResult;
import be.stroomplan.audit.internal.AuditQuery;
import be.stroomplan.audit.internal.AuditQuery.AuditFilter;
import be.stroomplan.audit.internal.AuditQuery.AuditPage;

/**
 * The DPO's view of the audit trail: a filtered, paged list and the chain verification. Both are
 * audited themselves.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final int MAX_SIZE = 500;

    private final AuditQuery query;
    private final AuditTrail trail;
    private final AuditVerifier verifier;

    AuditController(AuditQuery query, AuditTrail trail, AuditVerifier verifier) {
        this.query = query;
        this.trail = trail;
        this.verifier = verifier;
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
        String objectId = blankToNull(subject);
        String objectAlias = blankToNull(object);
        if (objectId != null && objectAlias != null && !objectId.equals(objectAlias)) {
            throw badRequest("subject and object both filter on the object id; give one");
        }
        objectId = objectId != null ? objectId : objectAlias;
        Instant fromInstant = blankToNull(from) == null ? null : lowerBound(from.trim(), "from");
        Instant toExclusive = blankToNull(to) == null ? null : upperBoundExclusive(to.trim(), "to");
        if (fromInstant != null && toExclusive != null && !fromInstant.isBefore(toExclusive)) {
            throw badRequest("from must be before to");
        }
        boolean ascending = switch (sort.trim().toLowerCase(Locale.ROOT)) {
            case "sequence,desc", "desc" -> false;
            case "sequence", "sequence,asc", "asc" -> true;
            default -> throw badRequest("sort must be sequence,desc or sequence,asc");
        };
        AuditFilter filter = new AuditFilter(blankToNull(user), objectId, blankToNull(organisation), action(action),
                fromInstant, toExclusive);

        StringJoiner details = new StringJoiner(" ", "list", "");
        details.add("page=" + page).add("size=" + size);
        add(details, "user", filter.user());
        add(details, "object", filter.objectId());
        add(details, "organisation", filter.organisation());
        add(details, "action", filter.action());
        add(details, "from", filter.from());
        add(details, "toExclusive", filter.toExclusive());
        trail.record(AuditRecord.of(AuditAction.READ).objectType("AUDIT").details(details.toString()).build());
        return query.find(filter, page, size, ascending);
    }

    /** Verifies the whole chain (after sealing what is pending); 200 with {@code valid} true or false. */
    @GetMapping("/verify")
    @PreAuthorize("hasRole('DPO')")
    VerificationResult verify() {
        trail.flush();
        VerificationResult result = verifier.verify();
        trail.record(AuditRecord.of(AuditAction.VERIFY)
                .objectType("AUDIT")
                .outcome(result.valid() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE)
                .details(result.toJson())
                .build());
        return result;
    }

    private static AuditAction action(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return AuditAction.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw badRequest("action must be one of " + Arrays.toString(AuditAction.values()));
        }
    }

    static Instant lowerBound(String value, String name) {
        if (value.length() == 10) {
            return date(value, name).atStartOfDay(BRUSSELS).toInstant();
        }
        return instant(value, name);
    }

    static Instant upperBoundExclusive(String value, String name) {
        if (value.length() == 10) {
            return date(value, name).plusDays(1).atStartOfDay(BRUSSELS).toInstant();
        }
        // timestamps are stored to the microsecond: "up to and including" this instant
        return instant(value, name).truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
    }

    private static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw badRequest(name + " must be an ISO date (2026-11-28) or date-time (2026-11-28T14:00:00Z)");
        }
    }

    private static Instant instant(String value, String name) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException offsetMissing) {
            try {
                return LocalDateTime.parse(value).atZone(BRUSSELS).toInstant();
            } catch (DateTimeException e) {
                throw badRequest(name + " must be an ISO date (2026-11-28) or date-time (2026-11-28T14:00:00Z)");
            }
        }
    }

    private static void add(StringJoiner details, String name, Object value) {
        if (value != null) {
            details.add(name + "=" + value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static ResponseStatusException badRequest(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }
}

package be.stroomplan.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.audit.internal.AccessAnomaly;
import be.stroomplan.audit.internal.AccessReports;
import be.stroomplan.audit.internal.AccessReports.Access;
import be.stroomplan.audit.internal.AnomalyDetector;
import be.stroomplan.audit.internal.UserActivity;

import org.springframework.stereotype.Component;

/**
 * The DPO workspace's questions, each recorded in the audit trail itself (READ of AUDIT, with
 * the question in the details): who accessed an object or a compartment, and each user's access
 * volume with its anomaly flags.
 */
@Component
class DpoWorkspace {

    static final int PAGE_SIZE = 25;

    private final AccessReports reports;
    private final AnomalyDetector detector;
    private final AuditTrail trail;

    DpoWorkspace(AccessReports reports, AnomalyDetector detector, AuditTrail trail) {
        this.reports = reports;
        this.detector = detector;
        this.trail = trail;
    }

    /** A period of whole days in Europe/Brussels, both ends inclusive. */
    record Period(LocalDate from, LocalDate to) {

        Instant start() {
            return from.atStartOfDay(AuditFilters.BRUSSELS).toInstant();
        }

        Instant endExclusive() {
            return to.plusDays(1).atStartOfDay(AuditFilters.BRUSSELS).toInstant();
        }
    }

    record UserActivityView(String user, String organisation, long accesses, long searches, long reads, long denials,
                            long exports, long oddHours, long objects, Set<AccessAnomaly> anomalies) {

        static UserActivityView of(UserActivity a, Set<AccessAnomaly> anomalies) {
            return new UserActivityView(a.user(), a.organisation(), a.accesses(), a.searches(), a.reads(), a.denials(),
                    a.exports(), a.oddHours(), a.objects(), anomalies);
        }
    }

    /** The answer of {@code GET /api/v1/dpo/activity}. */
    record ActivityPage(LocalDate from, LocalDate to, List<UserActivityView> users, int page, int totalPages,
                        long totalUsers, long flaggedUsers) {
    }

    /** The answer of {@code GET /api/v1/dpo/accesses}. */
    record AccessReport(String object, String compartment, LocalDate from, LocalDate to, List<Access> accesses) {
    }

    AccessReport accesses(String objectId, String compartment, Period period) {
        trail.record(AuditRecord.of(AuditAction.READ).objectType("AUDIT")
                .details("dpo accesses object=" + objectId + " compartment=" + compartment + " " + period.from() + ".."
                        + period.to())
                .build());
        return new AccessReport(objectId, compartment, period.from(), period.to(),
                reports.accesses(objectId, compartment, period.start(), period.endExclusive()));
    }

    ActivityPage activity(Period period, String organisation, boolean flaggedOnly, ActivitySort sort, boolean ascending,
                          int page) {
        trail.record(AuditRecord.of(AuditAction.READ).objectType("AUDIT")
                .details("dpo activity organisation=" + organisation + " " + period.from() + ".." + period.to())
                .build());
        List<UserActivity> activity = reports.activity(period.start(), period.endExclusive(), organisation);
        Map<String, Set<AccessAnomaly>> flags = detector.flag(activity);
        Comparator<UserActivityView> order = ascending ? sort.order() : sort.order().reversed();
        List<UserActivityView> rows = activity.stream().map(a -> UserActivityView.of(a, flags.get(a.user())))
                .filter(v -> !flaggedOnly || !v.anomalies().isEmpty())
                .sorted(order.thenComparing(UserActivityView::user))
                .toList();
        long flagged = flags.values().stream().filter(f -> !f.isEmpty()).count();
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(0, page), pages - 1);
        List<UserActivityView> slice = rows.subList(current * PAGE_SIZE, Math.min(rows.size(), (current + 1) * PAGE_SIZE));
        return new ActivityPage(period.from(), period.to(), slice, current, pages, rows.size(), flagged);
    }

    /** The columns the activity table sorts on. */
    enum ActivitySort {
        USER(Comparator.comparing(UserActivityView::user)),
        ORGANISATION(Comparator.comparing(v -> String.valueOf(v.organisation()))),
        ACCESSES(Comparator.comparingLong(UserActivityView::accesses)),
        SEARCHES(Comparator.comparingLong(UserActivityView::searches)),
        DENIALS(Comparator.comparingLong(UserActivityView::denials)),
        EXPORTS(Comparator.comparingLong(UserActivityView::exports)),
        ODD_HOURS(Comparator.comparingLong(UserActivityView::oddHours)),
        ANOMALIES(Comparator.comparingInt(v -> v.anomalies().size()));

        private final Comparator<UserActivityView> order;

        ActivitySort(Comparator<UserActivityView> order) {
            this.order = order;
        }

        Comparator<UserActivityView> order() {
            return order;
        }
    }
}

package be.stroomplan.impact;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.cases.CaseFigures;
import be.stroomplan.cases.MahoCases;
import be.stroomplan.dossiers.DossierFigures;
import be.stroomplan.dossiers.Dossiers;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.ResultPage;
import be.stroomplan.subjects.SubjectPostcodes;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Computes the {@link Indicators} of a period over what the user may see (package-info has the
 * rule), one SQL aggregate per indicator, each timed; every computation is audited (READ, object
 * IMPACT). The drill-down lists the cases and dossiers behind the figures, never for the project
 * lead’s organisation-wide view.
 */
@Service
public class ImpactIndicators {

    /** The longest period one request may ask for. */
    static final int MAX_YEARS = 10;
    /** The most lines of a drill-down. */
    public static final int DRILL_DOWN = 200;
    /** The lines of a drill-down page on the dashboard. */
    public static final int DRILL_DOWN_PAGE = 20;
    /** How many indicator queries run at once (a request's share of the connection pool). */
    static final int QUERY_THREADS = 4;

    private final CaseFigures cases;
    private final DossierFigures dossiers;
    private final MahoCases mahoCases;
    private final Dossiers dossierRegister;
    private final SubjectPostcodes postcodes;
    private final PartnerDirectory partners;
    private final ObjectProvider<ControlFigures> controls;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();
    /** The indicator queries of one request run side by side on this small pool. */
    private final ExecutorService pool = Executors.newFixedThreadPool(QUERY_THREADS, runnable -> {
        Thread thread = new Thread(runnable, "impact-query");
        thread.setDaemon(true);
        return thread;
    });

    ImpactIndicators(CaseFigures cases, DossierFigures dossiers, MahoCases mahoCases, Dossiers dossierRegister,
                     SubjectPostcodes postcodes, PartnerDirectory partners, ObjectProvider<ControlFigures> controls,
                     AuditTrail audit) {
        this.cases = cases;
        this.dossiers = dossiers;
        this.mahoCases = mahoCases;
        this.dossierRegister = dossierRegister;
        this.postcodes = postcodes;
        this.partners = partners;
        this.controls = controls;
        this.audit = audit;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ImpactQuery.BRUSSELS));
    }

    /** Parses and checks the request: ISO dates, from ≤ to, at most ten years, a known partner. Defaults: the last twelve months. */
    public ImpactQuery query(String from, String to, String partner) {
        List<InvalidImpactInput.Problem> problems = new ArrayList<>();
        LocalDate end = date(to, "to", today(), problems);
        LocalDate start = date(from, "from", end == null ? today().minusYears(1).plusDays(1) : end.minusYears(1).plusDays(1), problems);
        if (start != null && end != null) {
            if (start.isAfter(end)) {
                problems.add(new InvalidImpactInput.Problem("from", "must not be after to"));
            } else if (start.plusYears(MAX_YEARS).isBefore(end)) {
                problems.add(new InvalidImpactInput.Problem("to", "the period may span at most " + MAX_YEARS + " years"));
            }
        }
        String code = partner == null || partner.isBlank() ? null : partner.trim();
        if (code != null && partners.organisation(code).isEmpty()) {
            problems.add(new InvalidImpactInput.Problem("partner", "unknown organisation"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidImpactInput(problems);
        }
        return new ImpactQuery(start, end, code);
    }

    private static LocalDate date(String text, String field, LocalDate fallback, List<InvalidImpactInput.Problem> problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(text.trim());
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                problems.add(new InvalidImpactInput.Problem(field, "must be a date between 2000 and 2100"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new InvalidImpactInput.Problem(field, "must be a date as yyyy-MM-dd"));
            return null;
        }
    }

    /** Whether the user gets organisation-wide figures (the project lead). */
    public static boolean organisationWide(UserProfile user) {
        return user.hasRole(Role.PROJECT_LEAD);
    }

    /** The indicators over what the user may see (the lead: organisation-wide). Audited. */
    public Indicators of(UserProfile user, ImpactQuery query) {
        boolean wide = organisationWide(user);
        Scopes scopes = scopes(user, query, wide);
        Indicators indicators = compute(scopes, query, wide ? "ORGANISATION" : "USER",
                () -> controls.stream().findFirst().map(c -> c.figures(user, query, wide)).orElse(ControlIndicators.none()));
        audit.record(AuditRecord.of(AuditAction.READ).objectType("IMPACT").purpose("IMPACT")
                .details("indicators " + query.from() + ".." + query.to() + (query.partner() == null ? "" : ", partner " + query.partner())
                        + ", scope " + indicators.scope() + (wide ? "" : " (" + scopes.cases().ids().size() + " cases, "
                        + scopes.dossiers().ids().size() + " dossiers)")).build());
        return indicators;
    }

    /** The organisation-wide indicators for the public statistics page (no user; suppression is the page's). */
    public Indicators published(ImpactQuery query) {
        Scopes scopes = new Scopes(new CaseFigures.Scope(null, query.start(), query.end(), query.partner()),
                new DossierFigures.Scope(null, query.start(), query.end(), query.partner()));
        return compute(scopes, query, "ORGANISATION",
                () -> controls.stream().findFirst().map(c -> c.figures(null, query, true)).orElse(ControlIndicators.none()));
    }

    /** The cases and dossiers behind the figures that the user may read, a page of each; empty for the organisation-wide view. */
    public record DrillDown(List<CaseFigures.CaseLine> cases, List<DossierFigures.DossierLine> dossiers, Paging casesPaging,
                            Paging dossiersPaging, String sort) {
    }

    /** Where a drill-down list stands: its page (from 0), the page size and the totals. */
    public record Paging(int page, int size, int totalPages, long totalItems) {

        static Paging of(ResultPage<?> page) {
            return new Paging(page.page(), page.size(), page.totalPages(), page.totalItems());
        }
    }

    /** The first pages, newest first. */
    public DrillDown drillDown(UserProfile user, ImpactQuery query) {
        return drillDown(user, query, 0, 0, DRILL_DOWN_PAGE, false);
    }

    /**
     * A page of the cases and one of the dossiers ({@code size} lines, at most {@link #DRILL_DOWN}),
     * newest first or {@code oldestFirst}; a negative page or a size out of range is refused.
     */
    public DrillDown drillDown(UserProfile user, ImpactQuery query, int casesPage, int dossiersPage, int size, boolean oldestFirst) {
        List<InvalidImpactInput.Problem> problems = new ArrayList<>();
        if (casesPage < 0) {
            problems.add(new InvalidImpactInput.Problem("casesPage", "must be 0 or more"));
        }
        if (dossiersPage < 0) {
            problems.add(new InvalidImpactInput.Problem("dossiersPage", "must be 0 or more"));
        }
        if (size < 1 || size > DRILL_DOWN) {
            problems.add(new InvalidImpactInput.Problem("size", "must be between 1 and " + DRILL_DOWN));
        }
        if (!problems.isEmpty()) {
            throw new InvalidImpactInput(problems);
        }
        String sort = oldestFirst ? "oldest" : "newest";
        if (organisationWide(user)) {
            ResultPage<?> none = new ResultPage<>(List.of(), 0, size, 0);
            return new DrillDown(List.of(), List.of(), Paging.of(none), Paging.of(none), sort);
        }
        Scopes scopes = scopes(user, query, false);
        ResultPage<CaseFigures.CaseLine> casePage = scopes.cases().ids().isEmpty() ? new ResultPage<>(List.of(), casesPage, size, 0)
                : cases.cases(scopes.cases(), casesPage, size, oldestFirst);
        ResultPage<DossierFigures.DossierLine> dossierPage = scopes.dossiers().ids().isEmpty()
                ? new ResultPage<>(List.of(), dossiersPage, size, 0)
                : dossiers.dossiers(scopes.dossiers(), dossiersPage, size, oldestFirst);
        return new DrillDown(casePage.items(), dossierPage.items(), Paging.of(casePage), Paging.of(dossierPage), sort);
    }

    private record Scopes(CaseFigures.Scope cases, DossierFigures.Scope dossiers) {
    }

    private Scopes scopes(UserProfile user, ImpactQuery query, boolean wide) {
        List<UUID> caseIds = wide ? null : mahoCases.caseIds(user);
        List<UUID> dossierIds = wide ? null : dossierRegister.readableIds(user);
        return new Scopes(new CaseFigures.Scope(caseIds, query.start(), query.end(), query.partner()),
                new DossierFigures.Scope(dossierIds, query.start(), query.end(), query.partner()));
    }

    private Indicators compute(Scopes s, ImpactQuery query, String scope, Supplier<ControlIndicators> controlFigures) {
        Map<String, Double> timings = new ConcurrentHashMap<>();
        boolean noCases = s.cases().ids() != null && s.cases().ids().isEmpty();
        boolean noDossiers = s.dossiers().ids() != null && s.dossiers().ids().isEmpty();
        // the indicator queries are independent: run them side by side, each in its own read-only transaction
        var byStatus = timed("casesByStatus", timings, () -> noCases ? Map.<String, Long>of() : cases.byStatus(s.cases()));
        var byMonth = timed("casesByMonth", timings, () -> noCases ? Map.<String, Long>of() : cases.byMonth(s.cases()));
        var byTrack = timed("decisionsByTrack", timings, () -> noCases ? Map.<String, Long>of() : cases.byTrack(s.cases()));
        var byIntervention = timed("interventionsByType", timings,
                () -> noCases ? Map.<String, Long>of() : cases.byIntervention(s.cases()));
        var outcomes = timed("outcomes", timings, () -> noCases
                ? new CaseFigures.Outcomes(0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0) : cases.outcomes(s.cases()));
        var leadTimes = timed("leadTimes", timings,
                () -> noCases ? new CaseFigures.LeadTimes(0, 0, null, null) : cases.leadTimes(s.cases()));
        var overdue = timed("overdueActions", timings, () -> noCases ? 0L : cases.overdueActions(s.cases(), today()));
        var districts = timed("districts", timings, () -> noCases ? emptyDistricts() : districts(s.cases()));
        var seizures = timed("seizures", timings,
                () -> noDossiers ? List.<DossierFigures.SeizureSum>of() : dossiers.seizures(s.dossiers()));
        var dossierArrests = timed("dossierArrests", timings, () -> noDossiers ? 0L : dossiers.arrests(s.dossiers()));
        var dossierReports = timed("dossierOfficialReports", timings, () -> noDossiers ? 0L : dossiers.officialReports(s.dossiers()));
        var dossiersByStatus = timed("dossiersByStatus", timings,
                () -> noDossiers ? Map.<String, Long>of() : dossiers.byStatus(s.dossiers()));
        ControlIndicators control = controlFigures.get();
        CaseFigures.Outcomes o = outcomes.join();
        CaseFigures.LeadTimes lt = leadTimes.join();
        Map<String, Long> statuses = byStatus.join();
        Map<String, Long> dossierStatuses = dossiersByStatus.join();
        Indicators indicators = new Indicators(query.from(), query.to(), query.partner(), scope,
                new Indicators.Cases(sum(statuses), statuses, byMonth.join(), sum(dossierStatuses), dossierStatuses),
                new Indicators.Decisions(byTrack.join(), byIntervention.join()),
                new Indicators.Outcomes(o.closures(), o.closureDays(), o.permitsRefused(), o.permitsWithdrawn(),
                        o.integrityInvestigations(), o.taxAssessed(), o.socialFines(), o.officialReports(), dossierReports.join(),
                        o.arrests(), dossierArrests.join()),
                seizures(seizures.join()), new Indicators.LeadTimes(lt.decided(), lt.executed(), round(lt.intakeToDecisionDays()),
                        round(lt.decisionToExecutionDays())), overdue.join(), districts.join(), control, new TreeMap<>(timings));
        return indicators;
    }

    private Map<String, Long> districts(CaseFigures.Scope scope) {
        List<UUID> ids = cases.ids(scope);
        Map<String, Set<UUID>> byDistrict = new HashMap<>();
        for (Map.Entry<UUID, String> pair : postcodes.of(ids, "2000", "2660")) {
            String district = Districts.BY_POSTCODE.get(pair.getValue());
            if (district != null) {
                byDistrict.computeIfAbsent(district, d -> new HashSet<>()).add(pair.getKey());
            }
        }
        Map<String, Long> out = emptyDistricts();
        byDistrict.forEach((d, set) -> out.put(d, (long) set.size()));
        return out;
    }

    private static Map<String, Long> emptyDistricts() {
        Map<String, Long> out = new LinkedHashMap<>();
        Districts.NAMES.forEach(d -> out.put(d, 0L));
        return out;
    }

    private static Indicators.Seizures seizures(List<DossierFigures.SeizureSum> sums) {
        Map<String, BigDecimal> drugs = new TreeMap<>();
        BigDecimal cash = BigDecimal.ZERO;
        BigDecimal crypto = BigDecimal.ZERO;
        long vehicles = 0;
        long realEstate = 0;
        long weapons = 0;
        for (DossierFigures.SeizureSum s : sums) {
            switch (s.kind()) {
                case "DRUGS" -> drugs.merge(s.drug(), s.kg(), BigDecimal::add);
                case "CASH" -> cash = cash.add(s.eur());
                case "CRYPTO" -> crypto = crypto.add(s.eur());
                case "VEHICLE" -> vehicles += s.items();
                case "REAL_ESTATE" -> realEstate += s.items();
                case "WEAPON" -> weapons += s.items();
                default -> { }
            }
        }
        return new Indicators.Seizures(drugs, cash, vehicles, realEstate, weapons, crypto);
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Double round(Double days) {
        return days == null ? null : Math.round(days * 10) / 10.0;
    }

    private <T> CompletableFuture<T> timed(String name, Map<String, Double> timings, Supplier<T> query) {
        return CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            T result = query.get();
            timings.put(name, Math.round((System.nanoTime() - start) / 10_000.0) / 100.0);
            return result;
        }, pool);
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }
}

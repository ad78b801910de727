package be.stroomplan.impact.web;

import be.stroomplan.impact.ImpactIndicators;
import be.stroomplan.impact.ImpactQuery;
import be.stroomplan.impact.Indicators;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/impact?from=&to=&partner=}: the indicators over what the caller may see. */
@RestController
@PreAuthorize(ImpactApiController.READERS)
class ImpactApiController {

    /** Everyone who reads case content, and the project lead; not the DPO or the administrator. */
    static final String READERS = "hasAnyRole('PROJECT_LEAD', 'MAHO_COORDINATOR', 'MAHO_PARTNER', 'KALI_MAGISTRATE', "
            + "'INVESTIGATOR', 'ANALYST', 'COAC_COORDINATOR', 'INSPECTOR', 'CITY_OFFICER')";

    private final ImpactIndicators indicators;
    private final ImpactUsers users;

    ImpactApiController(ImpactIndicators indicators, ImpactUsers users) {
        this.indicators = indicators;
        this.users = users;
    }

    @GetMapping("/api/v1/impact")
    Indicators impact(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String partner) {
        ImpactQuery query = indicators.query(from, to, partner);
        return indicators.of(users.current(), query);
    }

    @GetMapping("/api/v1/impact/drill-down")
    ImpactIndicators.DrillDown drillDown(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                         @RequestParam(required = false) String partner,
                                         @RequestParam(defaultValue = "0") int casesPage, @RequestParam(defaultValue = "0") int dossiersPage,
                                         @RequestParam(defaultValue = "" + ImpactIndicators.DRILL_DOWN) int size,
                                         @RequestParam(defaultValue = "newest") String sort) {
        ImpactQuery query = indicators.query(from, to, partner);
        return indicators.drillDown(users.current(), query, casesPage, dossiersPage, size, "oldest".equals(sort));
    }
}

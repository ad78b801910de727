package be.stroomplan.impact.web;

import java.util.List;

import be.stroomplan.impact.Disclosure;
import be.stroomplan.impact.FigureTable;
import be.stroomplan.impact.ImpactExports;
import be.stroomplan.impact.ImpactIndicators;
import be.stroomplan.impact.ImpactQuery;
import be.stroomplan.impact.InvalidImpactInput;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public statistics page, without login: organisation-wide counts of a calendar year, each
 * count under {@link Disclosure#THRESHOLD} suppressed (shown as ‘<5’), on the page and in its CSV.
 * No amounts, no partner filter, no drill-down.
 */
@Controller
@PreAuthorize("permitAll()")
class StatisticsController {

    /** How many past years the page offers. */
    private static final int YEARS = 5;

    private final ImpactIndicators indicators;
    private final ImpactExports exports;

    StatisticsController(ImpactIndicators indicators, ImpactExports exports) {
        this.indicators = indicators;
        this.exports = exports;
    }

    @GetMapping("/statistics")
    String statistics(@RequestParam(required = false) Integer year, Model model) {
        ImpactQuery query = year(year);
        List<FigureTable.Row> rows = FigureTable.published(indicators.published(query));
        model.addAttribute("query", query);
        model.addAttribute("rows", rows);
        model.addAttribute("threshold", Disclosure.THRESHOLD);
        model.addAttribute("years", years());
        return "impact/statistics";
    }

    @GetMapping("/statistics.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year) {
        ImpactQuery query = year(year);
        return ImpactExportsController.file(exports.publishedCsv(query), ImpactExportsController.CSV,
                "stroomplan-statistics-" + query.from().getYear() + ".csv");
    }

    private ImpactQuery year(Integer year) {
        int current = indicators.today().getYear();
        int chosen = year == null || year < current - YEARS || year > current ? current : year;
        try {
            return indicators.query(chosen + "-01-01", chosen + "-12-31", null);
        } catch (InvalidImpactInput e) {
            return indicators.query(null, null, null);
        }
    }

    private List<Integer> years() {
        int current = indicators.today().getYear();
        return java.util.stream.IntStream.rangeClosed(0, YEARS).mapToObj(i -> current - i).toList();
    }
}

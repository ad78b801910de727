package be.stroomplan.impact.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import be.stroomplan.impact.ImpactIndicators;
import be.stroomplan.impact.ImpactQuery;
import be.stroomplan.impact.Indicators;
import be.stroomplan.impact.InvalidImpactInput;
import be.stroomplan.partners.Organisation;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * The impact dashboard: filters (period, partner), key figures, charts (static/impact/impact.js
 * draws them from the page's JSON data block), the table by Antwerp district and the drill-down to
 * the cases and dossiers the user may read. A filter change swaps the results with htmx and the
 * charts redraw.
 */
@Controller
@PreAuthorize(ImpactApiController.READERS)
class ImpactPagesController {

    // the figures go into a <script type=application/json> element unescaped by Thymeleaf: an escaped
    // slash keeps any text in them (the partner filter) from closing that element
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.core.json.JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build();

    private final ImpactIndicators indicators;
    private final PartnerDirectory partners;
    private final ImpactUsers users;

    ImpactPagesController(ImpactIndicators indicators, PartnerDirectory partners, ImpactUsers users) {
        this.indicators = indicators;
        this.partners = partners;
        this.users = users;
    }

    @GetMapping("/impact")
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String partner, Model model, Locale locale) {
        UserProfile user = users.current();
        ImpactQuery query;
        try {
            query = indicators.query(from, to, partner);
        } catch (InvalidImpactInput invalid) {
            model.addAttribute("problems", invalid.problems());
            query = indicators.query(null, null, null);
        }
        Indicators figures = indicators.of(user, query);
        model.addAttribute("query", query);
        model.addAttribute("figures", figures);
        model.addAttribute("figuresJson", JSON.writeValueAsString(figures));
        model.addAttribute("drill", indicators.drillDown(user, query));
        model.addAttribute("wide", ImpactIndicators.organisationWide(user));
        model.addAttribute("organisations", partners.organisations().stream()
                .sorted(Comparator.comparing((Organisation o) -> o.name(locale))).toList());
        model.addAttribute("exportQuery", "from=" + query.from() + "&to=" + query.to()
                + (query.partner() == null ? "" : "&partner=" + query.partner()));
        return "impact/dashboard";
    }

    /** The indicators as JSON for the page's scripts (the browser session; the API takes Basic or bearer). */
    @GetMapping(path = "/impact/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @org.springframework.web.bind.annotation.ResponseBody
    Indicators data(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    @RequestParam(required = false) String partner) {
        return indicators.of(users.current(), indicators.query(from, to, partner));
    }

    static List<String> districtsOrder() {
        return be.stroomplan.impact.Districts.NAMES;
    }
}

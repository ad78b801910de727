package be.stroomplan.impact.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.stroomplan.impact.ImpactIndicators;
import be.stroomplan.impact.ImpactQuery;
import be.stroomplan.impact.Indicators;
import be.stroomplan.impact.InvalidImpactInput;
import be.stroomplan.partners.Organisation;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;

import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    ImpactPagesController(ImpactIndicators indicators, PartnerDirectory partners, ImpactUsers users, MessageSource messages) {
        this.indicators = indicators;
        this.partners = partners;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/impact")
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String partner, @RequestParam(defaultValue = "0") int casesPage,
                     @RequestParam(defaultValue = "0") int dossiersPage, @RequestParam(defaultValue = "newest") String sort,
                     Model model, Locale locale) {
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
        model.addAttribute("labelsJson", JSON.writeValueAsString(chartLabels(locale)));
        boolean oldestFirst = "oldest".equals(sort);
        model.addAttribute("drill", indicators.drillDown(user, query, Math.max(0, casesPage), Math.max(0, dossiersPage),
                ImpactIndicators.DRILL_DOWN_PAGE, oldestFirst));
        model.addAttribute("wide", ImpactIndicators.organisationWide(user));
        model.addAttribute("organisations", partners.organisations().stream()
                .sorted(Comparator.comparing((Organisation o) -> o.name(locale))).toList());
        model.addAttribute("exportQuery", "from=" + query.from() + "&to=" + query.to()
                + (query.partner() == null ? "" : "&partner=" + query.partner()));
        return "impact/dashboard";
    }

    /** The names the charts give the codes on their axes, in the user's language (status, intervention, drug). */
    private Map<String, Map<String, String>> chartLabels(Locale locale) {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        labels.put("status", names("cases.status.", be.stroomplan.cases.CaseStatus.values(), locale));
        labels.put("intervention", names("cases.intervention.", be.stroomplan.cases.Intervention.values(), locale));
        labels.put("drug", names("dossiers.drug.", be.stroomplan.dossiers.DrugType.values(), locale));
        return labels;
    }

    private Map<String, String> names(String prefix, Enum<?>[] codes, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Enum<?> code : codes) {
            names.put(code.name(), messages.getMessage(prefix + code.name(), null, code.name(), locale));
        }
        return names;
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

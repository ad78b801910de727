package be.stroomplan.dossiers.web.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.stroomplan.dossiers.network.InvalidNetworkInput;
import be.stroomplan.dossiers.network.NetworkFilter;
import be.stroomplan.dossiers.network.NetworkNotFound;
import be.stroomplan.dossiers.network.NetworkReport;
import be.stroomplan.dossiers.network.NetworkView;
import be.stroomplan.dossiers.network.Networks;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.subjects.RelationType;
import be.stroomplan.subjects.SubjectNetwork;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The network view: one dossier's network, or that of every dossier the user may read, drawn by
 * static/network/network.js from the network API, with the filters, the path finder, the exports
 * and the key players as a table (the accessible alternative to the picture).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class NetworkPagesController {

    static final List<String> GRADINGS = List.of("A1", "A2", "B2", "B3", "C3", "X4");

    private final Networks networks;
    private final NetworkUsers users;
    private final MessageSource messages;

    NetworkPagesController(Networks networks, NetworkUsers users, MessageSource messages) {
        this.networks = networks;
        this.users = users;
        this.messages = messages;
    }

    /** A row of the key-player and subject tables. */
    record Row(String id, String name, String type, NetworkReport.Scores scores) {
    }

    @GetMapping("/network")
    String all(@RequestParam(required = false) List<String> types, @RequestParam(required = false) String from,
               @RequestParam(required = false) String to, @RequestParam(required = false) String grading, Locale locale, Model model) {
        return page(null, types, from, to, grading, locale, model);
    }

    @GetMapping("/dossiers/{id}/network")
    String dossier(@PathVariable String id, @RequestParam(required = false) List<String> types, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, @RequestParam(required = false) String grading, Locale locale, Model model) {
        return page(id, types, from, to, grading, locale, model);
    }

    /** Records that the user saved the picture as PNG (drawn in the browser). */
    @PostMapping("/network/exports")
    ResponseEntity<Void> png(@RequestParam(required = false) String dossier, @RequestParam(required = false) String types,
                             @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) String grading) {
        UserProfile user = users.current();
        try {
            NetworkFilter filter = NetworkFilter.parse(types, from, to, grading);
            NetworkView view = dossier == null || dossier.isBlank() ? networks.all(user, filter) : networks.dossier(user, dossier, filter);
            networks.recordExport(user, view, "PNG");
        } catch (NetworkNotFound missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (InvalidNetworkInput invalid) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return ResponseEntity.noContent().build();
    }

    private String page(String dossierId, List<String> types, String from, String to, String grading, Locale locale, Model model) {
        UserProfile user = users.current();
        String joined = types == null ? "" : String.join(",", types);
        NetworkFilter filter = NetworkFilter.NONE;
        List<String> errors = new ArrayList<>();
        try {
            filter = NetworkFilter.parse(joined, from, to, grading);
        } catch (InvalidNetworkInput invalid) {
            invalid.problems().forEach(p -> errors.add(messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)));
        }
        NetworkView view;
        try {
            view = dossierId == null ? networks.all(user, filter) : networks.dossier(user, dossierId, filter);
        } catch (NetworkNotFound missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Map<String, SubjectNetwork.Node> byId = new HashMap<>();
        view.nodes().forEach(n -> byId.put(n.id().toString(), n));
        List<Row> rows = view.nodes().stream().map(n -> row(view, n)).sorted(Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Row::id)).toList();
        List<Row> keyPlayers = view.report().keyPlayers().stream().map(id -> row(view, byId.get(id))).toList();

        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (!filter.types().isEmpty()) {
            query.queryParam("types", String.join(",", filter.types().stream().map(Enum::name).sorted().toList()));
        }
        if (filter.from() != null) {
            query.queryParam("from", filter.from());
        }
        if (filter.to() != null) {
            query.queryParam("to", filter.to());
        }
        if (filter.minGrading() != null) {
            query.queryParam("grading", filter.minGrading());
        }
        String parameters = query.build().getQuery();
        String base = dossierId == null ? "/api/v1/network" : "/api/v1/dossiers/" + view.dossiers().get(0).id() + "/network";
        model.addAttribute("dossier", dossierId == null ? null : view.dossiers().get(0));
        model.addAttribute("dossiers", networks.dossiers(user));
        model.addAttribute("view", view);
        model.addAttribute("rows", rows);
        model.addAttribute("keyPlayers", keyPlayers);
        model.addAttribute("filter", filter);
        model.addAttribute("errors", errors);
        model.addAttribute("relationTypes", RelationType.values());
        model.addAttribute("gradings", GRADINGS);
        model.addAttribute("parameters", parameters == null ? "" : parameters);
        model.addAttribute("graphUrl", base + (parameters == null ? "" : "?" + parameters));
        model.addAttribute("exportUrl", base + "/export?" + (parameters == null ? "" : parameters + "&") + "format=");
        model.addAttribute("pageUrl", dossierId == null ? "/network" : "/dossiers/" + view.dossiers().get(0).id() + "/network");
        return "network/network";
    }

    private static Row row(NetworkView view, SubjectNetwork.Node node) {
        return new Row(node.id().toString(), node.name(), node.type().name(), view.report().scores().get(node.id().toString()));
    }
}

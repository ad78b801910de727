package be.stroomplan.protocols.web;

import java.util.List;
import java.util.Map;

import be.stroomplan.protocols.internal.ProtocolQueries;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The managed list of purposes a protocol may name: common knowledge among the partners. */
@RestController
@RequestMapping("/api/v1/purposes")
@PreAuthorize("isAuthenticated()")
class PurposeApiController {

    private final ProtocolQueries queries;

    PurposeApiController(ProtocolQueries queries) {
        this.queries = queries;
    }

    record PurposeView(String code, String name, Map<String, String> names) {
    }

    @GetMapping
    List<PurposeView> purposes() {
        return queries.purposes().stream().map(p -> new PurposeView(p.code(), p.nameNl(),
                Map.of("nl", p.nameNl(), "fr", p.nameFr(), "en", p.nameEn()))).toList();
    }
}

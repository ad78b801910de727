package be.stroomplan.dossiers.web.network;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import be.stroomplan.dossiers.network.InvalidNetworkInput;
import be.stroomplan.dossiers.network.NetworkFilter;
import be.stroomplan.dossiers.network.NetworkFtm;
import be.stroomplan.dossiers.network.NetworkI2;
import be.stroomplan.dossiers.network.NetworkSvg;
import be.stroomplan.dossiers.network.NetworkView;
import be.stroomplan.dossiers.network.Networks;
import be.stroomplan.dossiers.web.network.NetworkJson.GraphView;
import be.stroomplan.dossiers.web.network.NetworkJson.PathView;
import be.stroomplan.partners.UserProfile;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network API: the graph of one dossier or of every readable dossier (filtered by relation
 * type, period and minimum grading) with its analysis, a subject's neighbourhood, the shortest
 * path between two subjects, and the exports (SVG, i2 CSV zip, FtM ndjson). A dossier the user may
 * not read answers 404.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class NetworkApiController {

    private final Networks networks;
    private final NetworkUsers users;

    NetworkApiController(Networks networks, NetworkUsers users) {
        this.networks = networks;
        this.users = users;
    }

    @GetMapping("/api/v1/dossiers/{id}/network")
    GraphView dossier(@PathVariable String id, @RequestParam(required = false) String types, @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to, @RequestParam(required = false) String grading) {
        return GraphView.of(networks.dossier(users.current(), id, NetworkFilter.parse(types, from, to, grading)));
    }

    @GetMapping("/api/v1/network")
    GraphView all(@RequestParam(required = false) String types, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(required = false) String grading) {
        return GraphView.of(networks.all(users.current(), NetworkFilter.parse(types, from, to, grading)));
    }

    @GetMapping("/api/v1/network/neighbourhood")
    GraphView neighbourhood(@RequestParam(required = false) String subject, @RequestParam(defaultValue = "1") int depth) {
        return GraphView.of(networks.neighbourhood(users.current(), subject, depth));
    }

    @GetMapping("/api/v1/network/path")
    PathView path(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false) String dossier, @RequestParam(required = false) String types,
                  @RequestParam(required = false) String since, @RequestParam(required = false) String until,
                  @RequestParam(required = false) String grading) {
        return PathView.of(networks.path(users.current(), from, to, dossier, NetworkFilter.parse(types, since, until, grading)));
    }

    @GetMapping("/api/v1/dossiers/{id}/network/export")
    ResponseEntity<byte[]> exportDossier(@PathVariable String id, @RequestParam(required = false) String format,
                                         @RequestParam(required = false) String types, @RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to, @RequestParam(required = false) String grading) {
        Format chosen = Format.of(format);
        UserProfile user = users.current();
        return export(user, networks.dossier(user, id, NetworkFilter.parse(types, from, to, grading)), chosen);
    }

    @GetMapping("/api/v1/network/export")
    ResponseEntity<byte[]> exportAll(@RequestParam(required = false) String format, @RequestParam(required = false) String types,
                                     @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String grading) {
        Format chosen = Format.of(format);
        UserProfile user = users.current();
        return export(user, networks.all(user, NetworkFilter.parse(types, from, to, grading)), chosen);
    }

    private ResponseEntity<byte[]> export(UserProfile user, NetworkView view, Format format) {
        String name = view.dossiers().size() == 1 ? "network-" + view.dossiers().get(0).id() : "network";
        byte[] body = switch (format) {
            case SVG -> NetworkSvg.svg(view, title(view)).getBytes(StandardCharsets.UTF_8);
            case I2 -> NetworkI2.zip(view);
            case FTM -> NetworkFtm.ndjson(view).getBytes(StandardCharsets.UTF_8);
        };
        networks.recordExport(user, view, format.name());
        return ResponseEntity.ok().contentType(format.type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + format.extension).build().toString())
                .body(body);
    }

    private static String title(NetworkView view) {
        return view.dossiers().size() == 1 ? view.dossiers().get(0).title() : "Stroomplan network";
    }

    enum Format {
        SVG(MediaType.parseMediaType("image/svg+xml"), ".svg"),
        I2(MediaType.parseMediaType("application/zip"), "-i2.zip"),
        FTM(MediaType.parseMediaType("application/x-ndjson"), ".ftm.json");

        final MediaType type;
        final String extension;

        Format(MediaType type, String extension) {
            this.type = type;
            this.extension = extension;
        }

        static Format of(String value) {
            try {
                return Format.valueOf(value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidNetworkInput.of("format", "network.error.format", "svg, i2, ftm");
            }
        }
    }
}

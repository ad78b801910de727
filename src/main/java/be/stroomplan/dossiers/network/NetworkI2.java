package be.stroomplan.dossiers.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import be.stroomplan.sharing.Compartment;
import be.stroomplan.subjects.Relation;
import be.stroomplan.subjects.SubjectNetwork;

/**
 * The network as an entity CSV and a link CSV in one zip, for the import wizard of i2 Analyst's
 * Notebook (docs/NETWORK-EXPORT.md): comma separated, double quotes around every value, UTF-8,
 * one header row, dates as yyyy-MM-dd.
 */
public final class NetworkI2 {

    public static final List<String> ENTITY_COLUMNS = List.of("Entity ID", "Entity Type", "Label", "Reference", "Dossier",
            "Degree", "Betweenness", "Community", "Articulation Point", "Front Company");
    public static final List<String> LINK_COLUMNS = List.of("Link ID", "From Entity ID", "To Entity ID", "Link Type", "Direction",
            "Date From", "Date To", "Grading", "Source Reliability", "Information Accuracy", "Source Item");

    private NetworkI2() {
    }

    public static String entities(NetworkView view) {
        Map<UUID, String> titles = view.dossiers().stream().collect(Collectors.toMap(Compartment::id, Compartment::title));
        StringBuilder out = new StringBuilder();
        row(out, ENTITY_COLUMNS);
        for (SubjectNetwork.Node node : view.nodes()) {
            NetworkReport.Scores scores = view.report().scores().get(node.id().toString());
            row(out, List.of(node.id().toString(), node.type().name(), node.name(), text(node.ref()),
                    text(titles.get(node.compartment())), String.valueOf(scores.degree()), String.valueOf(scores.betweenness()),
                    String.valueOf(scores.community() + 1), scores.articulationPoint() ? "Yes" : "No",
                    scores.frontCompany().isEmpty() ? "No" : "Yes: " + scores.frontCompany().stream().map(Enum::name)
                            .collect(Collectors.joining(" "))));
        }
        return out.toString();
    }

    public static String links(NetworkView view) {
        StringBuilder out = new StringBuilder();
        row(out, LINK_COLUMNS);
        for (Relation relation : view.relations()) {
            String grading = text(relation.grading());
            row(out, List.of(relation.id().toString(), relation.source().toString(), relation.target().toString(), relation.type().name(),
                    "Directed", relation.from() == null ? "" : relation.from().toString(), relation.to() == null ? "" : relation.to().toString(),
                    grading, grading.isEmpty() ? "" : grading.substring(0, 1), grading.isEmpty() ? "" : grading.substring(1),
                    relation.sourceItem() == null ? "" : relation.sourceItem().toString()));
        }
        return out.toString();
    }

    /** entities.csv and links.csv, zipped. */
    public static byte[] zip(NetworkView view) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("entities.csv"));
            zip.write(entities(view).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("links.csv"));
            zip.write(links(view).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void row(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String value = values.get(i);
            // a leading =, +, - or @ would be a formula in a spreadsheet
            if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")) {
                value = "'" + value;
            }
            out.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }
}

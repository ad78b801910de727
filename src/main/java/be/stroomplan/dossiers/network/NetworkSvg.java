package be.stroomplan.dossiers.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.subjects.Relation;
import be.stroomplan.subjects.SubjectNetwork;

/**
 * The network as an SVG picture with a simple deterministic layout: each community on a circle of
 * its own, the communities on one large circle, largest first; a node's size follows its
 * betweenness, its colour its community; articulation points have a thick dark ring and front
 * companies are drawn as squares. The same network always gives the same picture.
 */
public final class NetworkSvg {

    /** The community colours, the same as the page's (static/network/network.js). */
    static final List<String> PALETTE = List.of("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
            "#bcbd22", "#17becf", "#ff7f0e");

    private NetworkSvg() {
    }

    record Point(double x, double y) {
    }

    /** Positions by subject id, with the top-left corner at (0, 0) and a margin of 60. */
    static Map<UUID, Point> layout(NetworkView view) {
        Map<Integer, List<SubjectNetwork.Node>> communities = new LinkedHashMap<>();
        view.nodes().stream().sorted(java.util.Comparator.comparingInt((SubjectNetwork.Node n) -> community(view, n))
                .thenComparing(n -> n.id().toString()))
                .forEach(n -> communities.computeIfAbsent(community(view, n), c -> new ArrayList<>()).add(n));
        Map<UUID, Point> points = new HashMap<>();
        int count = communities.size();
        double largest = communities.values().stream().mapToInt(List::size).max().orElse(1);
        double inner = 30 + 14 * Math.sqrt(largest) * 2;
        double outer = count <= 1 ? 0 : Math.max(inner * 2.2, inner * count / Math.PI * 1.2);
        int c = 0;
        for (List<SubjectNetwork.Node> members : communities.values()) {
            double cx = outer * Math.cos(2 * Math.PI * c / Math.max(1, count));
            double cy = outer * Math.sin(2 * Math.PI * c / Math.max(1, count));
            double radius = members.size() == 1 ? 0 : 30 + 14 * Math.sqrt(members.size()) * 2;
            for (int i = 0; i < members.size(); i++) {
                double angle = 2 * Math.PI * i / members.size();
                points.put(members.get(i).id(), new Point(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)));
            }
            c++;
        }
        double minX = points.values().stream().mapToDouble(Point::x).min().orElse(0);
        double minY = points.values().stream().mapToDouble(Point::y).min().orElse(0);
        points.replaceAll((id, p) -> new Point(p.x() - minX + 60, p.y() - minY + 60));
        return points;
    }

    public static String svg(NetworkView view, String title) {
        Map<UUID, Point> points = layout(view);
        double width = points.values().stream().mapToDouble(Point::x).max().orElse(0) + 60 + 120;
        double height = points.values().stream().mapToDouble(Point::y).max().orElse(0) + 60;
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                + "viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\" font-size=\"10\" role=\"img\">%n", width, height, width, height));
        out.append("<title>").append(escape(title)).append("</title>\n");
        out.append("<desc>").append(view.nodes().size()).append(" subjects, ").append(view.relations().size()).append(" relations, ")
                .append(view.report().communities()).append(" communities</desc>\n");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<g class=\"edges\" stroke=\"#8a8a8a\" stroke-width=\"1\">\n");
        for (Relation relation : view.relations()) {
            Point a = points.get(relation.source());
            Point b = points.get(relation.target());
            if (a != null && b != null) {
                out.append(String.format(Locale.ROOT, "<line id=\"r-%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"><title>%s</title></line>%n",
                        relation.id(), a.x(), a.y(), b.x(), b.y(), escape(relation.type().name())));
            }
        }
        out.append("</g>\n<g class=\"nodes\">\n");
        for (SubjectNetwork.Node node : view.nodes()) {
            Point p = points.get(node.id());
            NetworkReport.Scores scores = view.report().scores().get(node.id().toString());
            double r = 6 + 18 * Math.sqrt(scores.betweennessCentrality());
            String fill = PALETTE.get(scores.community() % PALETTE.size());
            String stroke = scores.articulationPoint() ? " stroke=\"#111111\" stroke-width=\"3\"" : " stroke=\"#ffffff\" stroke-width=\"1\"";
            out.append(String.format(Locale.ROOT, "<g id=\"s-%s\">", node.id()));
            if (scores.frontCompany().isEmpty()) {
                out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"%s/>", p.x(), p.y(), r, fill, stroke));
            } else {
                out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"%s/>",
                        p.x() - r, p.y() - r, 2 * r, 2 * r, fill, stroke));
            }
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#111111\">%s</text><title>%s (%s)</title></g>%n",
                    p.x() + r + 3, p.y() + 3, escape(node.name()), escape(node.name()), node.type()));
        }
        out.append("</g>\n</svg>\n");
        return out.toString();
    }

    private static int community(NetworkView view, SubjectNetwork.Node node) {
        return view.report().scores().get(node.id().toString()).community();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}

package be.stroomplan.dossiers.web.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import be.stroomplan.dossiers.network.NetworkReport;
import be.stroomplan.dossiers.network.NetworkView;
import be.stroomplan.subjects.SubjectPath;

/** The network API's JSON shapes. */
final class NetworkJson {

    private NetworkJson() {
    }

    record DossierView(String id, String title, String reference) {
    }

    record ScoresView(int degree, double degreeCentrality, double betweenness, double betweennessCentrality, int community,
                      boolean articulationPoint, List<String> frontCompany) {
    }

    record NodeView(String id, String ref, String type, String name, List<String> dossiers, ScoresView scores) {
    }

    record EdgeView(String id, String source, String target, String type, LocalDate from, LocalDate to, String grading) {
    }

    record AnalysisView(int communities, List<String> articulationPoints, List<String> bridges, List<String> keyPlayers,
                        boolean betweennessExact, int betweennessSamples) {
    }

    record GraphView(List<DossierView> dossiers, List<NodeView> nodes, List<EdgeView> edges, AnalysisView analysis) {

        static GraphView of(NetworkView view) {
            NetworkReport report = view.report();
            return new GraphView(
                    view.dossiers().stream().map(d -> new DossierView(d.id().toString(), d.title(), d.reference())).toList(),
                    view.nodes().stream().map(n -> {
                        NetworkReport.Scores s = report.scores().get(n.id().toString());
                        return new NodeView(n.id().toString(), n.ref(), n.type().name(), n.name(),
                                n.compartment() == null ? List.of() : List.of(n.compartment().toString()),
                                new ScoresView(s.degree(), round(s.degreeCentrality()), s.betweenness(), s.betweennessCentrality(), s.community(),
                                        s.articulationPoint(), s.frontCompany().stream().map(Enum::name).toList()));
                    }).toList(),
                    view.relations().stream().map(r -> new EdgeView(r.id().toString(), r.source().toString(), r.target().toString(),
                            r.type().name(), r.from(), r.to(), r.grading())).toList(),
                    new AnalysisView(report.communities(), report.articulationPoints(), report.bridges(), report.keyPlayers(),
                            report.betweennessExact(), report.betweennessSamples()));
        }
    }

    record PathView(boolean found, int length, List<String> subjects, List<String> relations) {

        static PathView of(Optional<SubjectPath> path) {
            return path.map(p -> new PathView(true, p.length(), p.subjects().stream().map(Object::toString).toList(),
                    p.relations().stream().map(Object::toString).toList())).orElse(new PathView(false, 0, List.of(), List.of()));
        }
    }

    private static double round(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }
}

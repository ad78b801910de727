package be.stroomplan.controls.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.stroomplan.controls.ControlAction;
import be.stroomplan.controls.ControlResult;
import be.stroomplan.controls.ControlTarget;
import be.stroomplan.controls.ControlView;
import be.stroomplan.controls.TargetTicket;

/** The JSON shapes of the controls API (maps, so that absent values are plain nulls). */
final class ControlJson {

    private ControlJson() {
    }

    static Map<String, Object> summary(ControlAction a) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", a.id());
        body.put("reference", a.reference());
        body.put("name", a.name());
        body.put("type", a.type());
        body.put("startsAt", a.startsAt());
        body.put("endsAt", a.endsAt());
        body.put("area", a.area());
        body.put("status", a.status());
        body.put("plannedBy", a.plannedBy());
        body.put("plannerOrganisation", a.plannerOrganisation());
        return body;
    }

    static Map<String, Object> of(ControlView view) {
        Map<String, Object> body = summary(view.action());
        body.put("coordinator", view.coordinator());
        body.put("targets", view.targets().stream().map(ControlJson::target).toList());
        body.put("services", view.services().stream().map(s -> Map.of("organisation", s.organisation(), "staff", s.staff(),
                "checklist", s.checklist().stream().map(c -> Map.of("id", c.id(), "label", c.label(), "done", c.done())).toList()))
                .toList());
        body.put("cases", view.links().stream().filter(l -> l.kind().name().equals("CASE")).map(l -> l.compartment()).toList());
        body.put("dossiers", view.links().stream().filter(l -> l.kind().name().equals("DOSSIER")).map(l -> l.compartment()).toList());
        body.put("history", view.history().stream().map(t -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("from", t.from());
            line.put("to", t.to());
            line.put("reason", t.reason());
            line.put("by", t.byUser());
            line.put("at", t.at());
            return line;
        }).toList());
        body.put("results", view.results().stream().map(ControlJson::result).toList());
        body.put("feedback", view.feedback().stream().map(f -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("organisation", f.organisation());
            line.put("item", f.item());
            line.put("compartment", f.compartment());
            line.put("recipient", f.recipient());
            line.put("disclosed", f.disclosed());
            line.put("reasons", f.reasons());
            return line;
        }).toList());
        body.put("clashes", view.clashes().stream().map(c -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("otherKind", c.otherKind());
            line.put("otherCoordinator", c.otherCoordinator());
            line.put("overlapFrom", c.overlapFrom());
            line.put("overlapTo", c.overlapTo());
            return line;
        }).toList());
        return body;
    }

    static Map<String, Object> target(ControlTarget t) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", t.id());
        body.put("subjectId", t.subjectId());
        body.put("kind", t.kind());
        body.put("label", t.label());
        body.put("address", t.address());
        body.put("deconfliction", t.checkStatus());
        body.put("state", t.state());
        body.put("visitable", t.visitable());
        body.put("tickets", t.tickets().stream().map(ControlJson::ticket).toList());
        return body;
    }

    private static Map<String, Object> ticket(TargetTicket k) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ticket", k.ticket());
        body.put("decision", k.decision());
        body.put("conditions", k.conditions());
        body.put("postponedUntil", k.postponedUntil());
        return body;
    }

    static Map<String, Object> result(ControlResult r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", r.id());
        body.put("target", r.targetId());
        body.put("organisation", r.organisation());
        body.put("findings", r.findings());
        body.put("officialReports", r.officialReports());
        body.put("violations", r.violations());
        body.put("violationKind", r.violationKind());
        body.put("closureUntil", r.closureUntil());
        body.put("seizureKind", r.seizureKind());
        body.put("seizureQuantity", r.seizureQuantity());
        body.put("seizureValue", r.seizureValue());
        body.put("arrests", r.arrests());
        body.put("fines", r.fines());
        body.put("enteredBy", r.enteredBy());
        body.put("enteredAt", r.enteredAt());
        return body;
    }

}

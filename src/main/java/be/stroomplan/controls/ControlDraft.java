package be.stroomplan.controls;

import java.util.List;

import be.stroomplan.subjects.SubjectDraft;

/**
 * A new action as the API and the form give it, unparsed, so that every field can be refused with
 * its own message: the date and times are local to Europe/Brussels ({@code 2026-12-04}, {@code 22:00});
 * an end before the start runs past midnight.
 */
public record ControlDraft(String name, String type, String date, String from, String to, String area,
                           List<TargetDraft> targets, List<ServiceDraft> services, List<String> cases,
                           List<String> dossiers) {

    public ControlDraft {
        targets = targets == null ? List.of() : targets;
        services = services == null ? List.of() : services;
        cases = cases == null ? List.of() : cases;
        dossiers = dossiers == null ? List.of() : dossiers;
    }

    /** A target: an existing subject the user may read ({@code subjectId}), or a new one ({@code subject}). */
    public record TargetDraft(String subjectId, SubjectDraft subject) {
    }

    /** A participating service: the organisation code, its staff count, its checklist lines. */
    public record ServiceDraft(String organisation, Integer staff, List<String> checklist) {
    }
}

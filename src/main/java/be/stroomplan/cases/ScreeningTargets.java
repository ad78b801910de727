package be.stroomplan.cases;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import be.stroomplan.subjects.Subject;
import be.stroomplan.subjects.SubjectIdentifier;
import be.stroomplan.subjects.SubjectType;

/**
 * What screening offers the deconfliction check for a case’s subjects: every identifier (its type
 * code and normalised value), and for a person with both a name and a birth date, NAME with the
 * name and that date. Each target once, in the subjects’ order. A pure function.
 */
public final class ScreeningTargets {

    private ScreeningTargets() {
    }

    public static List<ScreeningCheck.Target> of(List<Subject> subjects) {
        Set<ScreeningCheck.Target> targets = new LinkedHashSet<>();
        for (Subject subject : subjects) {
            for (SubjectIdentifier identifier : subject.identifiers()) {
                targets.add(new ScreeningCheck.Target(identifier.type().name(), identifier.value()));
            }
            if (subject.type() == SubjectType.PERSON && subject.name() != null && !subject.name().isBlank()
                    && subject.birthDate() != null) {
                targets.add(new ScreeningCheck.Target("NAME", subject.name().strip(), subject.birthDate()));
            }
        }
        return List.copyOf(targets);
    }
}

package be.stroomplan.subjects;

import java.util.List;
import java.util.UUID;

/** A shortest path between two subjects: the subjects along it, first to last, and the relations that link them. */
public record SubjectPath(List<UUID> subjects, List<UUID> relations) {

    public SubjectPath {
        subjects = List.copyOf(subjects);
        relations = List.copyOf(relations);
    }

    public int length() {
        return relations.size();
    }
}

package be.stroomplan.controls.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import be.stroomplan.controls.ControlDraft.TargetDraft;
import be.stroomplan.controls.ControlTarget;
import be.stroomplan.controls.InvalidControlInput;
import be.stroomplan.controls.TargetKind;
import be.stroomplan.deconfliction.CheckItem;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.subjects.InvalidSubjectInput;
import be.stroomplan.subjects.PostalAddress;
import be.stroomplan.subjects.Subject;
import be.stroomplan.subjects.SubjectDraft;
import be.stroomplan.subjects.SubjectIdentifier;
import be.stroomplan.subjects.SubjectNotFound;
import be.stroomplan.subjects.SubjectRefused;
import be.stroomplan.subjects.SubjectRegister;

import org.springframework.stereotype.Component;

/**
 * Turns a target draft into a target: an existing subject the user may read (through the subject
 * register's policy), or a new one recorded in the action's compartment on its record. What is
 * checked for it comes from the subject: its identifiers, its addresses, and for a person with a
 * birth date the name with that date.
 */
@Component
public class TargetIntake {

    private final SubjectRegister subjects;

    TargetIntake(SubjectRegister subjects) {
        this.subjects = subjects;
    }

    /** The target for {@code draft}; {@code field} prefixes the field names of its problems (e.g. targets[0].). */
    public ControlTarget take(UserProfile user, UUID actionId, TargetDraft draft, String field) {
        Subject subject;
        if (draft == null || (blank(draft.subjectId()) && draft.subject() == null)) {
            throw new InvalidControlInput(field + "subject", "controls.error.required");
        }
        if (!blank(draft.subjectId())) {
            try {
                subject = subjects.read(user, draft.subjectId().trim(), actionId.toString());
            } catch (SubjectNotFound | SubjectRefused unknown) {
                throw new InvalidControlInput(field + "subjectId", "controls.error.unknownSubject");
            }
        } else {
            SubjectDraft d = draft.subject();
            try {
                subject = subjects.create(user, new SubjectDraft(actionId.toString(), d.type(), d.name(), d.birthDate(),
                        d.birthPlace(), d.nationality(), d.legalForm(), d.naceCodes(), d.ref(),
                        blank(d.category()) ? "OTHER" : d.category(), Boolean.TRUE, d.identifiers(), d.addresses()));
            } catch (InvalidSubjectInput invalid) {
                throw new InvalidControlInput(invalid.problems().stream().map(p -> new InvalidControlInput.Problem(
                        field + "subject." + p.field(), p.message().getCodes()[0], p.message().getArguments() == null
                        ? List.<String>of() : Arrays.stream(p.message().getArguments()).map(String::valueOf).toList())).toList());
            }
        }
        TargetKind kind = switch (subject.type()) {
            case PERSON -> TargetKind.PERSON;
            case COMPANY -> TargetKind.COMPANY;
            case ADDRESS -> TargetKind.PREMISES;
            case VEHICLE -> TargetKind.VEHICLE;
            default -> throw new InvalidControlInput(field + "subject.type", "controls.error.targetType");
        };
        List<CheckItem> checks = new ArrayList<>();
        for (SubjectIdentifier identifier : subject.identifiers()) {
            checks.add(CheckItem.of(identifier.type().name(), identifier.value()));
        }
        String address = null;
        for (PostalAddress a : subject.addresses()) {
            checks.add(CheckItem.of("ADDRESS", a.line()));
            address = address == null ? a.line() : address;
        }
        if (subject.type().name().equals("PERSON") && subject.birthDate() != null) {
            checks.add(new CheckItem("NAME", subject.name(), subject.birthDate()));
        }
        if (checks.isEmpty()) {
            throw new InvalidControlInput(field + "subject.identifiers", "controls.error.nothingToCheck");
        }
        return new ControlTarget(UUID.randomUUID(), actionId, subject.id(), kind, subject.name(), address, checks, null, List.of());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

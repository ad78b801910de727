package be.stroomplan.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import be.stroomplan.subjects.IdentifierType;
import be.stroomplan.subjects.Subject;
import be.stroomplan.subjects.SubjectCategory;
import be.stroomplan.subjects.SubjectIdentifier;
import be.stroomplan.subjects.SubjectType;

import org.junit.jupiter.api.Test;

/** What screening offers the deconfliction check: every identifier, and NAME with the birth date of a person. */
class ScreeningTargetsTests {

    static Subject subject(SubjectType type, String name, LocalDate birth, SubjectIdentifier... identifiers) {
        return new Subject(UUID.randomUUID(), UUID.randomUUID(), type, name, birth, null, null, null, null, null,
                SubjectCategory.OTHER, "STAD_ANTWERPEN", true, "stad", Instant.now(), 0, List.of(identifiers), null);
    }

    @Test
    void everyIdentifierAndTheNameWithTheBirthDateOfAPerson() {
        var company = subject(SubjectType.COMPANY, "Carwash Noord BV", null,
                new SubjectIdentifier(IdentifierType.ENTERPRISE_NUMBER, "0566988259", "0566.988.259", "0566988259"),
                new SubjectIdentifier(IdentifierType.IBAN, "BE68539007547034", "BE68 5390 0754 7034", "BE68539007547034"));
        var person = subject(SubjectType.PERSON, " Mohamed El Amrani ", LocalDate.of(1989, 4, 12),
                new SubjectIdentifier(IdentifierType.NATIONAL_NUMBER, "89041212356", "89.04.12-123.56", "89041212356"));
        var unknownBirth = subject(SubjectType.PERSON, "Jan Peeters", null);

        assertThat(ScreeningTargets.of(List.of(company, person, unknownBirth))).containsExactly(
                new ScreeningCheck.Target("ENTERPRISE_NUMBER", "0566988259"),
                new ScreeningCheck.Target("IBAN", "BE68539007547034"),
                new ScreeningCheck.Target("NATIONAL_NUMBER", "89041212356"),
                new ScreeningCheck.Target("NAME", "Mohamed El Amrani", LocalDate.of(1989, 4, 12)));
    }

    @Test
    void theSameIdentifierOnTwoSubjectsIsOneTarget() {
        var a = subject(SubjectType.COMPANY, "A", null,
                new SubjectIdentifier(IdentifierType.PLATE, "1ABC123", "1-ABC-123", "1ABC123"));
        var b = subject(SubjectType.VEHICLE, "B", null,
                new SubjectIdentifier(IdentifierType.PLATE, "1ABC123", "1-ABC-123", "1ABC123"));
        assertThat(ScreeningTargets.of(List.of(a, b))).containsExactly(new ScreeningCheck.Target("PLATE", "1ABC123"));
        assertThat(ScreeningTargets.of(List.of())).isEmpty();
    }
}

package be.stroomplan.cases;

import java.util.List;
import java.util.UUID;

/**
 * The extension point of screening: when a case enters SCREENING, its subjects' identifiers are
 * offered to the deconfliction check. The default implementation answers ‘not checked’; the
 * deconfliction module will provide a bean of this type that matches them against open KALI
 * dossiers (answering only clear or on hold, never the hit).
 */
public interface ScreeningCheck {

    /** The answer of a screening check: its status code and a short text for the case history. */
    record Result(String status, String note) {

        public static Result notChecked() {
            return new Result("NOT_CHECKED", "deconfliction not available yet");
        }
    }

    /**
     * One identifier of one of the case's subjects: its type code (of {@code subjects.IdentifierType})
     * and normalised value, or NAME with a person's name as {@code value} and the birth date.
     */
    record Target(String type, String value, java.time.LocalDate birthDate) {

        public Target(String type, String value) {
            this(type, value, null);
        }
    }

    Result screen(UUID caseId, List<Target> targets);
}

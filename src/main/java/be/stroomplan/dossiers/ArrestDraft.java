package be.stroomplan.dossiers;

/** An arrest as typed: the subject’s id (on the dossier), the day (ISO) and the place. */
public record ArrestDraft(String subject, String arrestedOn, String place) {
}

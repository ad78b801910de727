package be.stroomplan.dossiers;

/** A seizure as typed: kind, drug type, kilograms, euro, count, description and day (ISO), all as text. */
public record SeizureDraft(String kind, String drugType, String quantityKg, String amountEur, String count, String description,
                           String seizedOn) {
}

package be.stroomplan.dossiers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One seizure: drugs by type and kilograms, cash or crypto in euro, vehicles, weapons or real
 * estate by count, with a description (plates, addresses) and the day of the seizure.
 */
public record Seizure(UUID id, UUID dossier, SeizureKind kind, DrugType drugType, BigDecimal quantityKg, BigDecimal amountEur,
                      Integer count, String description, LocalDate seizedOn, String recordedBy, Instant recordedAt) {
}

package be.stroomplan.controls;

import java.math.BigDecimal;
import java.util.List;

/** Results as entered for one target by the user's own service. */
public record ResultDraft(String target, String findings, List<String> officialReports, Integer violations,
                          String violationKind, String closureUntil, String seizureKind, BigDecimal seizureQuantity,
                          BigDecimal seizureValue, Integer arrests, BigDecimal fines) {
}

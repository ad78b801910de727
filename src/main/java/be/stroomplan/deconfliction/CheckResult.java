package be.stroomplan.deconfliction;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to a check: per identifier, in request order, CLEAR or ON_HOLD with a ticket. It is the
 * API’s JSON answer as it stands: a CLEAR result has no ticket field at all.
 */
public record CheckResult(List<ItemResult> results) {

    /** One identifier’s answer; {@code ticket} is null when CLEAR. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemResult(int index, CheckStatus status, UUID ticket) {
    }
}

package be.stroomplan.deconfliction;

import java.util.List;
import java.util.UUID;

/** The answer to a check: per identifier, in request order, CLEAR or ON_HOLD with a ticket. */
public record CheckResult(List<ItemResult> results) {

    /** One identifier's answer; {@code ticket} is null when CLEAR. */
    public record ItemResult(int index, CheckStatus status, UUID ticket) {
    }
}

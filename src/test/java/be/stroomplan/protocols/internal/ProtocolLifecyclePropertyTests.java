package be.stroomplan.protocols.internal;

import static be.stroomplan.protocols.internal.ProtocolLifecycleTests.ADMIN;
import static be.stroomplan.protocols.internal.ProtocolLifecycleTests.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import be.stroomplan.protocols.ProtocolStatus;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of moves, on random days, against a small model of the lifecycle written
 * independently here: the aggregate accepts exactly the moves the model allows, ends in the
 * model's statuses, and keeps at most one draft and one version in force.
 */
class ProtocolLifecyclePropertyTests {

    enum Step { ACTIVATE, SUSPEND, REACTIVATE, TERMINATE, AMEND, EXPIRE, NEXT_YEAR }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Arbitraries.of(Step.class).list().ofMaxSize(25);
    }

    @Property(tries = 2000)
    void theAggregateAgreesWithTheModel(@ForAll("steps") List<Step> steps) {
        Protocol protocol = ProtocolLifecycleTests.draft(); // valid 2026-01-01 .. 2027-12-31
        List<ProtocolStatus> model = new ArrayList<>(List.of(ProtocolStatus.DRAFT));
        LocalDate today = ProtocolLifecycleTests.TODAY;
        for (Step step : steps) {
            if (step == Step.NEXT_YEAR) {
                today = today.plusYears(1);
                continue;
            }
            boolean expectedLegal = modelMove(model, step, today);
            boolean legal = true;
            try {
                switch (step) {
                    case ACTIVATE -> protocol.activate(ADMIN, NOW, today);
                    case SUSPEND -> protocol.suspend(ADMIN, NOW, today);
                    case REACTIVATE -> protocol.reactivate(ADMIN, NOW, today);
                    case TERMINATE -> protocol.terminate(ADMIN, NOW, today);
                    case AMEND -> protocol.amend(ADMIN, NOW, today);
                    case EXPIRE -> legal = protocol.expire(ADMIN, NOW, today).isPresent();
                    default -> throw new IllegalStateException();
                }
            } catch (ProtocolStateException refused) {
                legal = false;
            }
            assertThat(legal).as("%s on %s with %s", step, today, model).isEqualTo(expectedLegal);
            assertThat(protocol.versions()).extracting(ProtocolVersion::status).containsExactlyElementsOf(model);
            assertThat(model.stream().filter(s -> s == ProtocolStatus.DRAFT).count()).isLessThanOrEqualTo(1);
            assertThat(model.stream().filter(ProtocolStatus::inForce).count()).isLessThanOrEqualTo(1);
        }
    }

    /** The model: applies the step to the list of version statuses if legal; says whether it was. */
    private static boolean modelMove(List<ProtocolStatus> versions, Step step, LocalDate today) {
        boolean ended = today.isAfter(LocalDate.of(2027, 12, 31)); // every version has the same validity
        int draft = versions.indexOf(ProtocolStatus.DRAFT);
        int inForce = -1;
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).inForce()) {
                inForce = i;
            }
        }
        ProtocolStatus forceStatus = inForce < 0 ? null : ended ? ProtocolStatus.EXPIRED : versions.get(inForce);
        switch (step) {
            case ACTIVATE -> {
                if (draft < 0 || ended) {
                    return false;
                }
                if (inForce >= 0) {
                    versions.set(inForce, ProtocolStatus.SUPERSEDED);
                }
                versions.set(draft, ProtocolStatus.ACTIVE);
                return true;
            }
            case SUSPEND, REACTIVATE -> {
                ProtocolStatus from = step == Step.SUSPEND ? ProtocolStatus.ACTIVE : ProtocolStatus.SUSPENDED;
                if (forceStatus != from) {
                    return false;
                }
                versions.set(inForce, step == Step.SUSPEND ? ProtocolStatus.SUSPENDED : ProtocolStatus.ACTIVE);
                return true;
            }
            case TERMINATE -> {
                if (forceStatus == ProtocolStatus.EXPIRED || (inForce < 0 && draft < 0)) {
                    return false;
                }
                if (inForce >= 0) {
                    versions.set(inForce, ProtocolStatus.TERMINATED);
                }
                if (draft >= 0) {
                    versions.set(draft, ProtocolStatus.TERMINATED);
                }
                return true;
            }
            case AMEND -> {
                ProtocolStatus current = current(versions, ended);
                if (draft >= 0 || !(current == ProtocolStatus.ACTIVE || current == ProtocolStatus.SUSPENDED
                        || current == ProtocolStatus.EXPIRED)) {
                    return false;
                }
                versions.add(ProtocolStatus.DRAFT);
                return true;
            }
            case EXPIRE -> {
                if (forceStatus != ProtocolStatus.EXPIRED) {
                    return false;
                }
                versions.set(inForce, ProtocolStatus.EXPIRED);
                return true;
            }
            default -> throw new IllegalStateException();
        }
    }

    private static ProtocolStatus current(List<ProtocolStatus> versions, boolean ended) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            ProtocolStatus status = versions.get(i);
            if (status != ProtocolStatus.DRAFT) {
                return status.inForce() && ended ? ProtocolStatus.EXPIRED : status;
            }
        }
        return ProtocolStatus.DRAFT;
    }
}

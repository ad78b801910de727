package be.stroomplan.protocols.internal;

import static be.stroomplan.protocols.ProtocolStatus.ACTIVE;
import static be.stroomplan.protocols.ProtocolStatus.DRAFT;
import static be.stroomplan.protocols.ProtocolStatus.EXPIRED;
import static be.stroomplan.protocols.ProtocolStatus.SUPERSEDED;
import static be.stroomplan.protocols.ProtocolStatus.SUSPENDED;
import static be.stroomplan.protocols.ProtocolStatus.TERMINATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.ProtocolStatus;

import org.junit.jupiter.api.Test;

/** Every legal and illegal move of the protocol aggregate, one by one. */
class ProtocolLifecycleTests {

    static final Protocol.Actor ADMIN = new Protocol.Actor("admin", "FGP_ANTWERPEN");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    static ProtocolContent content(LocalDate from, LocalDate to) {
        return new ProtocolContent("PZ → Stad", "PZ_ANTWERPEN", List.of("STAD_ANTWERPEN"), List.of("MAHO_CASUSOVERLEG"),
                List.of(DataCategory.POLICE), "Art. 20 WPG", null, from, to, null, null, null, null, Map.of(), null, null,
                null, null, null, null, null, null, null, List.of());
    }

    static Protocol draft() {
        return Protocol.draft("PROT-2026-0001", content(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)), ADMIN, NOW);
    }

    static Protocol active() {
        Protocol protocol = draft();
        protocol.activate(ADMIN, NOW, TODAY);
        return protocol;
    }

    @Test
    void aNewProtocolIsADraftOfVersionOneWithItsCreationOnRecord() {
        Protocol protocol = draft();
        assertThat(protocol.current().number()).isEqualTo(1);
        assertThat(protocol.current().status()).isEqualTo(DRAFT);
        assertThat(protocol.pendingTransitions()).singleElement()
                .satisfies(t -> assertThat(t.from()).isNull())
                .satisfies(t -> assertThat(t.to()).isEqualTo(DRAFT))
                .satisfies(t -> assertThat(t.actor()).isEqualTo("admin"));
    }

    @Test
    void aDraftActivatesSuspendsReactivatesAndTerminates() {
        Protocol protocol = active();
        assertThat(protocol.current().status()).isEqualTo(ACTIVE);
        protocol.suspend(ADMIN, NOW, TODAY);
        assertThat(protocol.current().status()).isEqualTo(SUSPENDED);
        protocol.reactivate(ADMIN, NOW, TODAY);
        assertThat(protocol.current().status()).isEqualTo(ACTIVE);
        protocol.terminate(ADMIN, NOW, TODAY);
        assertThat(protocol.current().status()).isEqualTo(TERMINATED);
        assertThat(protocol.pendingTransitions()).extracting(ProtocolTransition::to)
                .containsExactly(DRAFT, ACTIVE, SUSPENDED, ACTIVE, TERMINATED);
    }

    @Test
    void aSuspendedProtocolCanBeTerminatedAndADraftWithdrawn() {
        Protocol suspended = active();
        suspended.suspend(ADMIN, NOW, TODAY);
        suspended.terminate(ADMIN, NOW, TODAY);
        assertThat(suspended.current().status()).isEqualTo(TERMINATED);

        Protocol withdrawn = draft();
        withdrawn.terminate(ADMIN, NOW, TODAY);
        assertThat(withdrawn.current().status()).isEqualTo(TERMINATED);
    }

    @Test
    void illegalMovesAreRefused() {
        assertRefused(draft(), "suspend", "protocol.error.illegal.suspend");
        assertRefused(draft(), "reactivate", "protocol.error.illegal.reactivate");
        assertRefused(draft(), "amend", "protocol.error.draftExists");
        assertRefused(active(), "activate", "protocol.error.illegal.activate");
        assertRefused(active(), "reactivate", "protocol.error.illegal.reactivate");
        Protocol suspended = active();
        suspended.suspend(ADMIN, NOW, TODAY);
        assertRefused(suspended, "suspend", "protocol.error.illegal.suspend");
        assertRefused(suspended, "activate", "protocol.error.illegal.activate");
        Protocol terminated = active();
        terminated.terminate(ADMIN, NOW, TODAY);
        for (String move : List.of("activate", "suspend", "reactivate", "terminate", "amend")) {
            assertRefused(terminated, move, "protocol.error.illegal." + move);
        }
    }

    @Test
    void onlyADraftIsEditable() {
        Protocol protocol = draft();
        protocol.edit(content(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 12, 31)));
        assertThat(protocol.current().content().validFrom()).isEqualTo(LocalDate.of(2026, 2, 1));
        protocol.activate(ADMIN, NOW, TODAY);
        assertThatThrownBy(() -> protocol.edit(content(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 12, 31))))
                .isInstanceOf(ProtocolStateException.class)
                .extracting("messageKey").isEqualTo("protocol.error.notEditable");
    }

    @Test
    void activationNamesEveryMissingRequiredField() {
        ProtocolContent empty = new ProtocolContent(" ", "PZ_ANTWERPEN", List.of(), List.of(), List.of(), null, null,
                LocalDate.of(2026, 1, 1), null, null, null, null, null, Map.of(), null, null, null, null, null, null, null,
                null, null, List.of());
        Protocol protocol = Protocol.draft("PROT-2026-0002", empty, ADMIN, NOW);
        assertThatThrownBy(() -> protocol.activate(ADMIN, NOW, TODAY))
                .isInstanceOfSatisfying(ProtocolStateException.class, e -> assertThat(e.missing())
                        .containsExactly("title", "recipients", "purposes", "categories", "legalBasis", "validTo"));
    }

    @Test
    void aValidityThatEndedBlocksActivationAndExpiresAnActiveVersion() {
        Protocol late = Protocol.draft("PROT-2026-0003", content(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 27)), ADMIN, NOW);
        assertThatThrownBy(() -> late.activate(ADMIN, NOW, TODAY)).isInstanceOf(ProtocolStateException.class)
                .extracting("messageKey").isEqualTo("protocol.error.validityPassed");

        Protocol protocol = active();
        LocalDate afterEnd = LocalDate.of(2028, 1, 1);
        assertThat(protocol.current().effectiveStatus(LocalDate.of(2027, 12, 31))).isEqualTo(ACTIVE);
        assertThat(protocol.current().effectiveStatus(afterEnd)).isEqualTo(EXPIRED);
        assertThat(protocol.expire(ADMIN, NOW, LocalDate.of(2027, 12, 31))).isEmpty();
        assertRefusedOn(protocol, "suspend", afterEnd);
        assertThat(protocol.expire(ADMIN, NOW, afterEnd)).isPresent();
        assertThat(protocol.current().status()).isEqualTo(EXPIRED);
        assertRefusedOn(protocol, "reactivate", afterEnd);
        assertRefusedOn(protocol, "terminate", afterEnd);
    }

    @Test
    void anAmendmentIsANewDraftThatSupersedesTheActiveVersionWhenActivated() {
        Protocol protocol = active();
        ProtocolVersion first = protocol.current();
        ProtocolVersion amendment = protocol.amend(ADMIN, NOW, TODAY);
        assertThat(amendment.number()).isEqualTo(2);
        assertThat(amendment.status()).isEqualTo(DRAFT);
        assertThat(amendment.id()).isNotEqualTo(first.id());
        assertThat(amendment.content()).isEqualTo(first.content());
        assertThat(protocol.current()).isSameAs(first);
        assertRefused(protocol, "amend", "protocol.error.draftExists");

        protocol.edit(content(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)));
        assertThat(first.content().validTo()).isEqualTo(LocalDate.of(2027, 12, 31));
        protocol.activate(ADMIN, NOW, TODAY);
        assertThat(first.status()).isEqualTo(SUPERSEDED);
        assertThat(protocol.current()).isSameAs(amendment);
        assertThat(amendment.status()).isEqualTo(ACTIVE);
        assertThat(protocol.versions()).hasSize(2);
    }

    @Test
    void terminatingAProtocolWithAPendingAmendmentEndsBoth() {
        Protocol protocol = active();
        protocol.amend(ADMIN, NOW, TODAY);
        protocol.terminate(ADMIN, NOW, TODAY);
        assertThat(protocol.versions()).extracting(ProtocolVersion::status).containsOnly(TERMINATED);
    }

    @Test
    void anExpiredProtocolCanBeRenewedByAmendment() {
        Protocol protocol = active();
        LocalDate afterEnd = LocalDate.of(2028, 1, 1);
        protocol.expire(ADMIN, NOW, afterEnd);
        protocol.amend(ADMIN, NOW, afterEnd);
        protocol.edit(content(LocalDate.of(2028, 1, 1), LocalDate.of(2029, 12, 31)));
        protocol.activate(ADMIN, NOW, afterEnd);
        assertThat(protocol.versions()).extracting(ProtocolVersion::status).containsExactly(EXPIRED, ACTIVE);
    }

    static void assertRefused(Protocol protocol, String move, String key) {
        assertThatThrownBy(() -> apply(protocol, move, TODAY)).isInstanceOf(ProtocolStateException.class)
                .extracting("messageKey").isEqualTo(key);
    }

    static void assertRefusedOn(Protocol protocol, String move, LocalDate today) {
        assertThatThrownBy(() -> apply(protocol, move, today)).isInstanceOf(ProtocolStateException.class);
    }

    static ProtocolStatus apply(Protocol protocol, String move, LocalDate today) {
        return switch (move) {
            case "activate" -> protocol.activate(ADMIN, NOW, today).status();
            case "suspend" -> protocol.suspend(ADMIN, NOW, today).status();
            case "reactivate" -> protocol.reactivate(ADMIN, NOW, today).status();
            case "terminate" -> protocol.terminate(ADMIN, NOW, today).status();
            case "amend" -> protocol.amend(ADMIN, NOW, today).status();
            default -> throw new IllegalArgumentException(move);
        };
    }
}

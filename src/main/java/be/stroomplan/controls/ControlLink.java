package be.stroomplan.controls;

import java.util.UUID;

import be.stroomplan.protocols.CompartmentKind;

/** A MAHO case or KALI dossier the action is linked to (results flow there under protocol). */
public record ControlLink(UUID compartment, CompartmentKind kind, String title) {
}

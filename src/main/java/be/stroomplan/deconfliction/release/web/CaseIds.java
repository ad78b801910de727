package be.stroomplan.deconfliction.release.web;

import java.util.UUID;

import be.stroomplan.cases.CaseNotFound;

/** A case id in a path: one that is not even well-formed is an unknown case. */
final class CaseIds {

    private CaseIds() {
    }

    static UUID of(String id) {
        try {
            return UUID.fromString(id.trim());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CaseNotFound("case");
        }
    }
}

package be.stroomplan.protocols;

import be.stroomplan.partners.OrganisationKind;

/**
 * The categories of data a protocol covers and an information item carries (DESIGN.md §5).
 * Stored by name: append new constants, never rename existing ones.
 */
public enum DataCategory {
    JUDICIAL,
    POLICE,
    SOCIAL,
    FISCAL,
    CUSTOMS,
    ADMINISTRATIVE,
    PUBLIC;

    /** The category of what an organisation of this kind records itself (its own data, under its own regime). */
    public static DataCategory of(OrganisationKind kind) {
        return switch (kind) {
            case PROSECUTOR -> JUDICIAL;
            case LOCAL_POLICE, FEDERAL_POLICE -> POLICE;
            case SOCIAL_INSPECTION, LABOUR_AUDITORATE -> SOCIAL;
            case TAX -> FISCAL;
            case CUSTOMS -> CUSTOMS;
            case CITY, OTHER -> ADMINISTRATIVE;
        };
    }
}

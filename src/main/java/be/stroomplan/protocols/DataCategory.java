package be.stroomplan.protocols;

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
    PUBLIC
}

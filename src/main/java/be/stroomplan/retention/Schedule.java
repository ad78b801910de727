package be.stroomplan.retention;

import java.time.Period;

import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.DataCategory;

/**
 * One line of the retention table: data of this category in compartments of this kind is kept
 * this long, and where that comes from ({@code CONFIGURED} for a setting of that kind and
 * category, {@code DEFAULT} for the category's default).
 */
public record Schedule(DataCategory category, CompartmentKind kind, Period period, String source) {
}

package be.stroomplan.sharing.internal;

import java.time.LocalDate;

import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.retention.RetentionSchedules;

import org.springframework.stereotype.Component;

/**
 * An item's retention date: its creation date plus the period of the retention schedules for its
 * category, its compartment's kind and its owning organisation (see {@link RetentionSchedules}).
 */
@Component
public class RetentionDates {

    private final RetentionSchedules schedules;

    RetentionDates(RetentionSchedules schedules) {
        this.schedules = schedules;
    }

    public LocalDate until(String owner, DataCategory category, CompartmentKind kind, LocalDate created, LocalDate today) {
        return schedules.until(category, kind, owner, created, today);
    }
}

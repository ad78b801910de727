package be.stroomplan.retention.web;

import java.util.List;

import be.stroomplan.retention.RetentionSchedules;
import be.stroomplan.retention.Schedule;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The configured retention table for the DPO and the functional administrator: per compartment
 * kind and data category, the period and whether it is configured or the category's default.
 * Protocols may state a period for their provider's data of a category; that one then applies.
 */
@RestController
@RequestMapping("/api/v1/retention")
@PreAuthorize("hasAnyRole('DPO', 'FUNCTIONAL_ADMIN')")
class RetentionApiController {

    private final RetentionSchedules schedules;

    RetentionApiController(RetentionSchedules schedules) {
        this.schedules = schedules;
    }

    @GetMapping("/schedules")
    List<Schedule> schedules() {
        return schedules.table();
    }
}

package be.stroomplan.controls;

import java.util.List;

import be.stroomplan.deconfliction.OperationClash;

/** An action as a participant sees it: the record, targets, services, links, history, results, feedback and clashes. */
public record ControlView(ControlAction action, List<ControlTarget> targets, List<ParticipatingService> services,
                          List<ControlLink> links, List<ControlTransition> history, List<ControlResult> results,
                          List<FeedbackRecord> feedback, List<OperationClash> clashes, boolean coordinator) {
}

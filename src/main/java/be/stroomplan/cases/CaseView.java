package be.stroomplan.cases;

import java.util.List;
import java.util.Optional;

import be.stroomplan.sharing.Acknowledgement;

/**
 * A case as one participant may see it: the record, the participants they may see, the history,
 * information requests, decisions, actions and outcome, their own acknowledgement and whether they
 * coordinate it. Items are not in it: they are listed through the policy decision point.
 */
public record CaseView(MahoCase kase, List<String> participants, boolean participantsReduced, List<CaseTransition> history,
                       List<InformationRequest> requests, List<Decision> decisions, List<CaseAction> actions,
                       Optional<Outcome> outcome, Acknowledgement acknowledgement, boolean coordinator) {
}

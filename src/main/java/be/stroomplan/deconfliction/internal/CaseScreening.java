package be.stroomplan.deconfliction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import be.stroomplan.cases.ScreeningCheck;
import be.stroomplan.deconfliction.CheckItem;
import be.stroomplan.deconfliction.CheckRequest;
import be.stroomplan.deconfliction.CheckResult;
import be.stroomplan.deconfliction.CheckStatus;
import be.stroomplan.deconfliction.InvalidDeconflictionInput;
import be.stroomplan.deconfliction.PlannedAction;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.CurrentActor;
import be.stroomplan.subjects.PostalAddress;
import be.stroomplan.subjects.Subject;
import be.stroomplan.subjects.SubjectIdentifier;
import be.stroomplan.subjects.SubjectRegister;
import be.stroomplan.subjects.SubjectType;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Screening of a MAHO case entering SCREENING: the identifiers of its subjects (or the targets given)
 * are checked as the coordinator who moves the case. The case’s history shows only CLEAR, or ON_HOLD
 * with the tickets. {@link Primary}, so that it wins over the cases module’s ‘not checked’ fallback.
 */
@Component
@Primary
class CaseScreening implements ScreeningCheck {

    private final Checking checking;
    private final SubjectRegister subjects;
    private final PartnerDirectory partners;

    CaseScreening(Checking checking, SubjectRegister subjects, PartnerDirectory partners) {
        this.checking = checking;
        this.subjects = subjects;
        this.partners = partners;
    }

    @Override
    public Result screen(UUID caseId, List<Target> targets) {
        UserProfile user = partners.profile(CurrentActor.get().username()).orElse(null);
        if (user == null || !Checking.mayCheck(user)) {
            return Result.notChecked();
        }
        List<CheckItem> items = new ArrayList<>();
        if (targets != null && !targets.isEmpty()) {
            targets.forEach(t -> items.add(CheckItem.of(t.type(), t.value())));
        } else {
            for (Subject subject : subjects.subjectsForIndex(subjects.subjectIdsIn(caseId))) {
                items.addAll(items(subject));
            }
        }
        if (items.isEmpty()) {
            return new Result("CLEAR", "no identifiers to check");
        }
        CheckResult result;
        try {
            result = checking.check(user, new CheckRequest("MAHO_CASUSOVERLEG", items,
                    new PlannedAction("MAHO case screening", null, null, null, caseId.toString())));
        } catch (InvalidDeconflictionInput invalid) {
            return new Result("NOT_CHECKED", "invalid identifiers");
        }
        List<String> tickets = result.results().stream().filter(r -> r.status() == CheckStatus.ON_HOLD)
                .map(r -> r.ticket().toString()).toList();
        return tickets.isEmpty() ? new Result("CLEAR", "deconfliction check clear")
                : new Result("ON_HOLD", "deconfliction ticket " + String.join(", ", tickets));
    }

    private static List<CheckItem> items(Subject subject) {
        List<CheckItem> items = new ArrayList<>();
        for (SubjectIdentifier identifier : subject.identifiers()) {
            items.add(CheckItem.of(identifier.type().name(), identifier.value()));
        }
        for (PostalAddress address : subject.addresses()) {
            items.add(CheckItem.of("ADDRESS", address.line()));
        }
        if (subject.type() == SubjectType.PERSON && subject.name() != null && subject.birthDate() != null) {
            items.add(new CheckItem(IndexKeys.NAME, subject.name(), subject.birthDate()));
        }
        return items;
    }
}

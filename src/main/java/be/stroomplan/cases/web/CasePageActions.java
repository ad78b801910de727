package be.stroomplan.cases.web;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import be.stroomplan.cases.CaseConflict;
import be.stroomplan.cases.CaseNotFound;
import be.stroomplan.cases.CaseRefused;
import be.stroomplan.cases.InvalidCaseInput;
import be.stroomplan.sharing.SharingNotFound;
import be.stroomplan.sharing.SharingRefused;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms of the case pages: run one change, come back with a notice or the problem in the user's language. */
@Component
class CasePageActions {

    private final MessageSource messages;

    CasePageActions(MessageSource messages) {
        this.messages = messages;
    }

    /** A refused change in the user's language: each field's problem, or the conflict or refusal. */
    String text(RuntimeException e) {
        Locale locale = LocaleContextHolder.getLocale();
        if (e instanceof InvalidCaseInput invalid) {
            return String.join("; ", invalid.problems().stream()
                    .map(p -> messages.getMessage("cases.field." + p.field(), null, p.field(), locale) + ": " + p.message(messages, locale))
                    .toList());
        }
        if (e instanceof CaseConflict conflict) {
            return messages.getMessage(conflict.code(), null, conflict.getMessage(), locale);
        }
        if (e instanceof SharingRefused refused) {
            return String.join("; ", refused.explanations().stream()
                    .map(x -> messages.getMessage(x.reason().messageKey(), null, x.reason().name(), locale)).toList());
        }
        return messages.getMessage("policy.reason." + e.getMessage(), null, e.getMessage(), locale);
    }

    /** Runs one change of the case page and comes back to it with a notice or the problem. */
    String act(String id, RedirectAttributes redirect, String notice, Consumer<UUID> change) {
        UUID caseId = CaseUsers.id(id, "case");
        try {
            change.accept(caseId);
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidCaseInput | CaseConflict | CaseRefused | SharingRefused e) {
            redirect.addFlashAttribute("problemText", text(e));
        } catch (CaseNotFound | SharingNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/cases/" + caseId;
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

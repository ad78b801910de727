package be.stroomplan.partners.web;

import org.springframework.validation.BindingResult;

/** Puts a refused change on the form, next to the field at fault or above the form. */
final class AdminForms {

    private AdminForms() {
    }

    static void reject(BindingResult binding, AdministrationRefused refused) {
        if (refused.field() == null) {
            binding.reject(refused.messageKey());
        } else {
            binding.rejectValue(refused.field(), refused.messageKey());
        }
    }
}

package be.stroomplan.partners.web;

import java.time.LocalDate;

import be.stroomplan.partners.Classification;
import be.stroomplan.partners.Clearance;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** A user's clearance as an administrator sets it: a level, and optionally until when. */
class ClearanceForm {

    @NotNull
    private Classification level;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validUntil;

    static ClearanceForm of(Clearance clearance) {
        ClearanceForm form = new ClearanceForm();
        form.setLevel(clearance.level());
        form.setValidUntil(clearance.validUntil());
        return form;
    }

    Clearance clearance() {
        return new Clearance(level, validUntil);
    }

    public Classification getLevel() {
        return level;
    }

    public void setLevel(Classification level) {
        this.level = level;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}

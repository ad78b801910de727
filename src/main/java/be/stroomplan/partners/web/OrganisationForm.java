package be.stroomplan.partners.web;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import be.stroomplan.partners.Organisation;
import be.stroomplan.partners.OrganisationKind;

/** The organisation form; the code is set on creation and never changes (partner systems use it). */
class OrganisationForm {

    @NotBlank(groups = OnCreate.class)
    @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,63}$", groups = OnCreate.class)
    private String code;
    @NotBlank
    @Size(max = 200)
    private String nameNl;
    @NotBlank
    @Size(max = 200)
    private String nameFr;
    @NotBlank
    @Size(max = 200)
    private String nameEn;
    @NotNull
    private OrganisationKind kind;
    private boolean active = true;

    static OrganisationForm of(Organisation organisation) {
        OrganisationForm form = new OrganisationForm();
        form.code = organisation.code();
        form.nameNl = organisation.nameNl();
        form.nameFr = organisation.nameFr();
        form.nameEn = organisation.nameEn();
        form.kind = organisation.kind();
        form.active = organisation.active();
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    public String getNameNl() {
        return nameNl;
    }

    public void setNameNl(String nameNl) {
        this.nameNl = trim(nameNl);
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = trim(nameFr);
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = trim(nameEn);
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    static String trim(String value) {
        return value == null ? null : value.trim();
    }
}

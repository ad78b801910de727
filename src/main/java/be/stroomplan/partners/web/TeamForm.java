package be.stroomplan.partners.web;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import be.stroomplan.partners.Team;

/** The team form; the code is set on creation and never changes. */
class TeamForm {

    @NotBlank(groups = OnCreate.class)
    @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,31}$", groups = OnCreate.class)
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

    static TeamForm of(Team team) {
        TeamForm form = new TeamForm();
        form.code = team.code();
        form.nameNl = team.nameNl();
        form.nameFr = team.nameFr();
        form.nameEn = team.nameEn();
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
        this.nameNl = OrganisationForm.trim(nameNl);
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = OrganisationForm.trim(nameFr);
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = OrganisationForm.trim(nameEn);
    }
}

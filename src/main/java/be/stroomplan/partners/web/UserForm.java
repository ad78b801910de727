package be.stroomplan.partners.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import be.stroomplan.partners.internal.UserAccount;

/**
 * The user form. User name and initial password are given on creation only; the user name is
 * stored in lower case and never changes.
 */
class UserForm {

    @NotBlank(groups = OnCreate.class)
    @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{1,63}$", groups = OnCreate.class)
    private String username;
    @NotBlank
    @Size(max = 200)
    private String displayName;
    @Email
    @Size(max = 254)
    private String email;
    @NotNull
    private UUID organisationId;
    @AcceptablePassword(groups = OnCreate.class)
    private String password;

    static UserForm of(UserAccount account) {
        UserForm form = new UserForm();
        form.username = account.username();
        form.displayName = account.displayName();
        form.email = account.email();
        form.organisationId = account.organisationId();
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = OrganisationForm.trim(displayName);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        String trimmed = OrganisationForm.trim(email);
        this.email = trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(UUID organisationId) {
        this.organisationId = organisationId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

package be.stroomplan.partners.web;

/** A new password for a user, set by the administrator. */
class PasswordForm {

    @AcceptablePassword
    private String password;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

package be.stroomplan.partners.internal;

/** The orders in which the user list can be shown; each maps to a fixed SQL expression. */
public enum UserSort {
    USERNAME("u.username"),
    DISPLAY_NAME("lower(u.display_name)"),
    ORGANISATION("o.code"),
    ENABLED("u.enabled");

    private final String column;

    UserSort(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}

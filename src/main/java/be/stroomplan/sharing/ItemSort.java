package be.stroomplan.sharing;

/** The columns a compartment's listing sorts on (then by id, for a stable order). */
public enum ItemSort {
    CREATED("i.created_at"),
    UPDATED("i.updated_at"),
    TITLE("i.title"),
    CLASSIFICATION("i.classification_rank"),
    CATEGORY("i.category");

    private final String column;

    ItemSort(String column) {
        this.column = column;
    }

    /** The SQL expression; a constant, never user input. */
    public String column() {
        return column;
    }
}

package be.stroomplan.platform;

import java.util.Set;

/**
 * An entry of the main navigation. A module adds a page to the navigation by declaring a bean of
 * this type; the layout shows the entries a user may use, in {@link #order()}, and marks the one
 * that contains the current page with {@code aria-current="page"}.
 * <pre>
 * &#64;Bean
 * NavigationItem casesNavigation() {
 *     return NavigationItem.of("nav.cases", "/cases", 300, "MAHO_COORDINATOR", "MAHO_PARTNER");
 * }
 * </pre>
 * Showing an entry is a convenience, not a permission: the page itself still checks access.
 */
public interface NavigationItem {

    /** The message key of the label, in the application's message bundles. */
    String labelKey();

    /** The path the entry links to, relative to the context path; its sub-paths count as "current". */
    String path();

    /**
     * The role names (without {@code ROLE_}) of which the user needs at least one; empty means
     * every authenticated user.
     */
    Set<String> requiredRoles();

    /** Lower comes first. Start is 0, the API documentation 1000. */
    int order();

    /** An entry shown to every authenticated user, or only to holders of one of the roles. */
    static NavigationItem of(String labelKey, String path, int order, String... requiredRoles) {
        return new Entry(labelKey, path, Set.of(requiredRoles), order);
    }

    /** The plain implementation behind {@link #of}. */
    record Entry(String labelKey, String path, Set<String> requiredRoles, int order) implements NavigationItem {

        public Entry {
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("A navigation path starts with '/': " + path);
            }
            requiredRoles = Set.copyOf(requiredRoles);
        }
    }
}

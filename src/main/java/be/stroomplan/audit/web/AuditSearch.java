package be.stroomplan.audit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit page's filter form and position (page, page size, order), bound from the query
 * string. Every value is kept as text, so that nothing a user types ends in a binding error; the
 * filter is read by {@link AuditFilters}, the position is put right by {@link #normalise()}.
 */
public class AuditSearch {

    static final List<Integer> SIZES = List.of(20, 50, 100);
    static final String ASC = "asc";
    static final String DESC = "desc";

    private String user;
    private String object;
    private String organisation;
    private String action;
    private String from;
    private String to;
    private String page;
    private String size;
    private String sort;

    /** A page number of 0 or more, one of {@link #SIZES}, and {@code asc} or {@code desc} (the default). */
    void normalise() {
        page = String.valueOf(Math.max(0, number(page, 0)));
        int requested = number(size, SIZES.get(0));
        size = String.valueOf(SIZES.contains(requested) ? requested : SIZES.get(0));
        sort = ASC.equalsIgnoreCase(sort == null ? null : sort.trim()) ? ASC : DESC;
    }

    int pageNumber() {
        return Math.max(0, number(page, 0));
    }

    int pageSize() {
        int requested = number(size, SIZES.get(0));
        return SIZES.contains(requested) ? requested : SIZES.get(0);
    }

    public boolean isAscending() {
        return ASC.equals(sort);
    }

    /** The link to this search at another page, in the same order. */
    public String pageLink(int page) {
        return link(page, sort);
    }

    /** The link to the first page of this search in the other order. */
    public String sortLink() {
        return link(0, isAscending() ? DESC : ASC);
    }

    /** The link to this search as it stands. */
    public String link() {
        return link(pageNumber(), sort);
    }

    private String link(int page, String order) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("user", user);
        values.put("object", object);
        values.put("organisation", organisation);
        values.put("action", action);
        values.put("from", from);
        values.put("to", to);
        values.put("size", String.valueOf(pageSize()));
        values.put("sort", order);
        values.put("page", String.valueOf(page));
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/audit");
        Map<String, String> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                builder.queryParam(name, "{" + name + "}");
                variables.put(name, value.trim());
            }
        });
        return builder.encode().buildAndExpand(variables).toUriString();
    }

    private static int number(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getObject() {
        return object;
    }

    public void setObject(String object) {
        this.object = object;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}

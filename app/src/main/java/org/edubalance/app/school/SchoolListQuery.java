package org.edubalance.app.school;

import org.jspecify.annotations.Nullable;

/**
 * The school list's filter, search, sort and page as the page's form sends them; every field optional. Unknown
 * values are ignored rather than refused, so an edited address bar shows a list instead of an error.
 *
 * @param year the school year (default: the latest)
 * @param county six-digit county code
 * @param township township name
 * @param segment PRIMARY or JUNIOR
 * @param location URBAN, TOWN or RURAL
 * @param compliant {@code yes} or {@code no}
 * @param q text searched in the school's name and code
 * @param sort {@code name}, {@code code}, {@code county} or {@code compliance} (non-compliant first)
 * @param page the page, from 0
 */
public record SchoolListQuery(
        @Nullable Integer year,
        @Nullable String county,
        @Nullable String township,
        @Nullable String segment,
        @Nullable String location,
        @Nullable String compliant,
        @Nullable String q,
        @Nullable String sort,
        @Nullable Integer page) {

    /** The sort in use. */
    public String sortOrDefault() {
        return sort == null || sort.isBlank() ? "county" : sort;
    }

    /** The page in use. */
    public int pageOrFirst() {
        return page == null || page < 0 ? 0 : page;
    }
}

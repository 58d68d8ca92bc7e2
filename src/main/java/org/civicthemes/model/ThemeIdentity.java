package org.civicthemes.model;

import java.util.List;
import java.util.Objects;

/**
 * The ids a run's themes carry in files. A run found from scratch numbers its themes by position (largest first,
 * from 1); a run placed by a {@link Codebook} keeps the codebook's ids, and its proposed new themes get ids from the
 * codebook's next free id on. Immutable.
 *
 * @param ids      the file id of each theme, by position; empty: ids are positions plus one
 * @param proposed for each theme, whether it is a proposed new theme (found among the requests no codebook theme
 *                 fits); empty with {@code ids}
 * @param nextId   the id the next new theme would get (0 without a codebook)
 * @param codebook the codebook's file name; empty without one
 * @param departments the department each theme's requests go to, by position ("" for none); empty: no theme names
 *                    one
 */
public record ThemeIdentity(List<Integer> ids, List<Boolean> proposed, int nextId, String codebook,
                            List<String> departments) {

    /** Ids are positions plus one: a run found from scratch. */
    public static final ThemeIdentity POSITIONS = new ThemeIdentity(List.of(), List.of(), 0, "");

    /** Without departments. */
    public ThemeIdentity(List<Integer> ids, List<Boolean> proposed, int nextId, String codebook) {
        this(ids, proposed, nextId, codebook, List.of());
    }

    public ThemeIdentity {
        ids = List.copyOf(ids);
        proposed = List.copyOf(proposed);
        Objects.requireNonNull(codebook, "codebook");
        departments = departments.stream().map(String::strip).toList();
        if (departments.stream().allMatch(String::isEmpty)) {
            departments = List.of();
        }
        if (!ids.isEmpty() && !departments.isEmpty() && departments.size() != ids.size()) {
            throw new IllegalArgumentException("One department per theme: " + departments.size() + " for "
                    + ids.size() + " themes");
        }
        if (ids.size() != proposed.size()) {
            throw new IllegalArgumentException("One id and one proposed flag per theme: " + ids.size() + " ids, "
                    + proposed.size() + " flags");
        }
        if (ids.stream().distinct().count() != ids.size() || ids.stream().anyMatch(id -> id < 1 || id >= nextId)) {
            throw new IllegalArgumentException("Theme ids must be distinct, from 1 and below the next free id "
                    + nextId + ": " + ids);
        }
    }

    /** Whether the ids come from a codebook. */
    public boolean fromCodebook() {
        return !codebook.isEmpty();
    }

    /** The id files show for the theme at {@code position}. */
    public int idOf(int position) {
        return ids.isEmpty() ? position + 1 : ids.get(position);
    }

    /** The department the theme at {@code position} goes to; empty for none. */
    public String departmentOf(int position) {
        return departments.isEmpty() ? "" : departments.get(position);
    }

    /** These ids with other departments (one per theme, or empty for none). */
    public ThemeIdentity withDepartments(List<String> byPosition) {
        return new ThemeIdentity(ids, proposed, nextId, codebook, byPosition);
    }

    /** Whether the theme at {@code position} is a proposed new theme. */
    public boolean isProposed(int position) {
        return !proposed.isEmpty() && proposed.get(position);
    }
}

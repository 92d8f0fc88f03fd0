package org.ogireview.gui.reportlist;

import java.util.Objects;

/**
 * One entry of a filter's drop-down: the value it filters by (null: no filtering) and the words shown. Equal by
 * value only, so a choice stays selected when the list is rebuilt with fresh counts in its labels.
 */
public record Choice<T>(T value, String label) {

    public boolean any() {
        return value == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Choice<?> other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return label;
    }
}

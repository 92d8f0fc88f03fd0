package org.ogireview.export;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheets from running cell text as a formula (CSV injection): a cell that starts with = + - @ (or a tab
 * or carriage return, which some spreadsheets strip first) and is not a number gets a leading apostrophe, which
 * Excel and LibreOffice show as text. Numbers such as -3 or +5 are left alone, so Stata and R read them as numbers.
 */
final class SafeCells {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private SafeCells() {
    }

    static String guard(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        if (first != '=' && first != '+' && first != '-' && first != '@' && first != '\t' && first != '\r') {
            return cell;
        }
        return NUMBER.matcher(cell).matches() ? cell : "'" + cell;
    }
}

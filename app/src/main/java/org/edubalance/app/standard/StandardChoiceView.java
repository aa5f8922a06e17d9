package org.edubalance.app.standard;

import java.util.List;

/**
 * The pack selector of the navigation.
 *
 * @param current the pack in use
 * @param ids every shipped pack
 * @param path the current page's path, where the selector sends the choice
 */
public record StandardChoiceView(String current, List<String> ids, String path) {}

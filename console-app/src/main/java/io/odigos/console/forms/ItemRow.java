package io.odigos.console.forms;

import java.util.List;

/**
 * One object of a list view: what the cell shows and the object itself.
 *
 * @param name the object's name (its identity)
 * @param title the display name
 * @param detail one line of what it does
 * @param problems its False conditions, "Type: Reason — message", shown in red beside it
 * @param health from its conditions
 * @param resource the object as last seen
 */
public record ItemRow<T>(
    String name, String title, String detail, List<String> problems, Health health, T resource) {
  public ItemRow {
    problems = List.copyOf(problems);
  }
}

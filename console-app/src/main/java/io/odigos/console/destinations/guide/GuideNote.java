package io.odigos.console.destinations.guide;

import java.util.List;

/**
 * A hand-written part of a setup guide: plain-text paragraphs (escaped when rendered) and links to
 * the vendor's own documentation.
 */
public record GuideNote(List<String> paragraphs, List<Link> links) {
  /** A link shown under the note; opened in the system browser. */
  public record Link(String label, String url) {}

  public GuideNote {
    paragraphs = List.copyOf(paragraphs);
    links = List.copyOf(links);
  }

  static GuideNote of(String... paragraphs) {
    return new GuideNote(List.of(paragraphs), List.of());
  }

  GuideNote linking(String label, String url) {
    List<Link> more = new java.util.ArrayList<>(links);
    more.add(new Link(label, url));
    return new GuideNote(paragraphs, more);
  }
}

package io.odigos.console.destinations;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.events.EventTarget;

/**
 * The setup guide in a WebView (created only when a form opens: a WebView costs about a second of
 * CPU). The page is our own HTML with JavaScript off; a click on a link opens it in the system
 * browser, never inside the guide.
 */
final class GuideView {
  private final WebView web = new WebView();
  private final java.util.function.Function<Boolean, String> pages;
  private final Consumer<String> openLink;
  private final javafx.collections.ListChangeListener<String> themeListener =
      c -> showTheme(c.getList().contains("dark"));
  private javafx.collections.ObservableList<String> followed;
  private String html;
  private boolean dark;

  /**
   * @param pages the guide's HTML for the light ({@code false}) or dark ({@code true}) theme
   * @param dark whether the console is dark now
   */
  GuideView(
      java.util.function.Function<Boolean, String> pages, boolean dark, Consumer<String> openLink) {
    this.pages = pages;
    this.openLink = openLink;
    this.dark = dark;
    this.html = pages.apply(dark);
    web.setId("destinationGuide");
    web.setMinWidth(260);
    web.setContextMenuEnabled(false);
    WebEngine engine = web.getEngine();
    engine.setJavaScriptEnabled(false);
    engine
        .getLoadWorker()
        .stateProperty()
        .addListener(
            (o, was, state) -> {
              if (state == Worker.State.SUCCEEDED) {
                hookLinks(engine.getDocument());
              }
            });
    // a navigation that slipped past the link hook still goes to the browser, not in here
    engine
        .locationProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null && now.toLowerCase(Locale.ROOT).startsWith("http")) {
                openLink.accept(now);
                javafx.application.Platform.runLater(() -> engine.loadContent(html));
              }
            });
    // follow the console's theme: the scene root carries the "dark" class
    web.sceneProperty()
        .addListener(
            (o, was, scene) -> {
              if (followed != null) {
                followed.removeListener(themeListener); // a closed form leaves no listener behind
                followed = null;
              }
              if (scene != null) {
                followed = scene.getRoot().getStyleClass();
                followed.addListener(themeListener);
                showTheme(followed.contains("dark"));
              }
            });
    engine.loadContent(html);
  }

  private void showTheme(boolean nowDark) {
    if (nowDark != dark) {
      dark = nowDark;
      html = pages.apply(nowDark);
      web.getEngine().loadContent(html);
    }
  }

  private void hookLinks(Document doc) {
    if (doc == null) {
      return;
    }
    NodeList links = doc.getElementsByTagName("a");
    for (int i = 0; i < links.getLength(); i++) {
      Element a = (Element) links.item(i);
      String href = a.getAttribute("href");
      ((EventTarget) a)
          .addEventListener(
              "click",
              ev -> {
                ev.preventDefault();
                openLink.accept(href);
              },
              false);
    }
  }

  Node node() {
    return web;
  }

  WebEngine engine() {
    return web.getEngine();
  }

  String html() {
    return html;
  }
}

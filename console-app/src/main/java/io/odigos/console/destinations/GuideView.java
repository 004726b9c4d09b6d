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
  private final String html;
  private final Consumer<String> openLink;

  GuideView(String html, Consumer<String> openLink) {
    this.html = html;
    this.openLink = openLink;
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
    engine.loadContent(html);
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

package io.github.tcia4j.examples;

import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.testkit.TciaSandbox;

/**
 * The README's first example: start the offline sandbox and list its collections. Replace
 * {@code NbiaClient.connect(sandbox.nbiaUrl())} by {@code NbiaClient.create()} to ask the real
 * public NBIA instead.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (TciaSandbox sandbox = TciaSandbox.start();                       // offline; drop it and use
         NbiaClient nbia = NbiaClient.connect(sandbox.nbiaUrl())) {       // NbiaClient.create() for the real NBIA
      nbia.getCollections().forEach(c -> System.out.println(c.name()));
    }
  }
}

package org.xbarlab.notebook;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Progress of a long loop: one bar updated in place inside a notebook, plain periodic lines
 * elsewhere (headless runs, tests, logs). Not thread-safe; close it (try-with-resources) to show
 * the final state.
 *
 * <pre>{@code
 * try (Progress p = Progress.start("training", epochs)) {
 *   for (int e = 0; e < epochs; e++) { ...; p.advance("loss 0.41"); }
 * }
 * }</pre>
 */
public final class Progress implements AutoCloseable {
  private static final long NOTEBOOK_INTERVAL_NANOS = 250_000_000L;
  private static final long CONSOLE_INTERVAL_NANOS = 10_000_000_000L;

  private final String task;
  private final long total;
  private final Optional<KernelBridge> kernel;
  private final String displayId;
  private final LongSupplier clock;
  private final long startNanos;
  private long done;
  private String message = "";
  private long lastShownNanos;
  private boolean closed;

  private Progress(String task, long total, Optional<KernelBridge> kernel, LongSupplier clock) {
    if (total <= 0) {
      throw new org.xbarlab.ConfigException("total", total, "a positive number of steps");
    }
    this.task = task;
    this.total = total;
    this.kernel = kernel;
    this.clock = clock;
    this.displayId = "xbarlab-progress-" + UUID.randomUUID();
    this.startNanos = clock.getAsLong();
    this.lastShownNanos = startNanos;
    kernel.ifPresent(k -> k.display(bundle(), displayId));
  }

  /**
   * Starts a progress display.
   *
   * @param task what is running, shown before the bar
   * @param total number of steps, positive
   */
  public static Progress start(String task, long total) {
    return new Progress(task, total, KernelBridge.detect(), System::nanoTime);
  }

  /** Starts a console-only progress display driven by the given clock (for tests). */
  static Progress console(String task, long total, LongSupplier clock) {
    return new Progress(task, total, Optional.empty(), clock);
  }

  /** Advances by one step. */
  public void advance() {
    advance(1, message);
  }

  /** Advances by one step and shows {@code newMessage} beside the bar. */
  public void advance(String newMessage) {
    advance(1, newMessage);
  }

  /** Advances by {@code steps} and shows {@code newMessage} beside the bar. */
  public void advance(long steps, String newMessage) {
    done = Math.min(total, done + steps);
    message = newMessage == null ? "" : newMessage;
    long now = clock.getAsLong();
    long interval = kernel.isPresent() ? NOTEBOOK_INTERVAL_NANOS : CONSOLE_INTERVAL_NANOS;
    if (done == total || now - lastShownNanos >= interval) {
      lastShownNanos = now;
      show();
    }
  }

  /** Returns the steps done so far. */
  public long done() {
    return done;
  }

  /** Returns the status line as shown (task, count, percent, elapsed, estimate, message). */
  public String statusLine() {
    long elapsed = clock.getAsLong() - startNanos;
    String eta = done == 0 ? "?" : format(Duration.ofNanos((long) (elapsed * ((double) (total - done) / done))));
    String line = String.format(java.util.Locale.ROOT, "%s: %d/%d (%.0f%%) elapsed %s, left %s",
        task, done, total, 100.0 * done / total, format(Duration.ofNanos(elapsed)), eta);
    return message.isEmpty() ? line : line + " | " + message;
  }

  /** Shows the final state once. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      show();
    }
  }

  private void show() {
    if (kernel.isPresent()) {
      kernel.get().update(displayId, bundle());
    } else {
      System.out.println(statusLine());
    }
  }

  private Map<String, Object> bundle() {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("text/html", "<div style=\"font-family:monospace\"><progress value=\"" + done + "\" max=\"" + total
        + "\" style=\"width:40%\"></progress> " + TableHtml.escape(statusLine()) + "</div>");
    b.put("text/plain", statusLine());
    return b;
  }

  private static String format(Duration d) {
    long s = d.getSeconds();
    return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
  }
}

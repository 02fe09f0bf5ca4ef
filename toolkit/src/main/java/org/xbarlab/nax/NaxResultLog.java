package org.xbarlab.nax;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.xbarlab.ResumeException;

/**
 * Append-only log of finished NAX evaluations, so that a study interrupted after hours keeps every
 * trained and measured design: a CSV file with a commented header naming the problem's settings
 * (network, training, chips, chip config, data sizes, seed), then one line per design, written
 * and fsync-ed as soon as the design is measured. Reopening a log of the same settings returns its
 * results; a torn last line (the process died while writing it) is dropped and cut; a damaged
 * line before it, a non-finite value or a header of other settings is a {@link ResumeException}
 * naming the file and the line.
 *
 * <pre>
 * # xbarlab-nax-results 1
 * # settings=channels=8/16/32 epochs=2 batch=32 chips=2 train=1500 test=300 seed=42
 * # chip=CrossbarConfig[...]
 * # columns=kernels,crossbar_sizes,accuracy,accuracy_sem,clean_accuracy,energy_pJ,latency_ns,...
 * 0,3/3/.../3,64/64/.../64,0.605,0.004,0.612,1.2E7,3.1E5,0.52,2.0E12,41.5
 * </pre>
 */
final class NaxResultLog {
  static final String MAGIC = "# xbarlab-nax-results 1";
  static final String COLUMNS = "# columns=repeat,kernels,crossbar_sizes,accuracy,accuracy_sem,"
      + "clean_accuracy,energy_pJ,latency_ns,area_mm2,edap_pJ_ns_mm2,eval_time_s";
  private static final int FIELDS = 11;

  /** One logged measurement: {@code repeat} 0 is the study's seed, {@code r} its r-th retraining. */
  record Entry(int repeat, NaxResult result) {}

  private final Path path;
  private final List<Entry> existing;

  private NaxResultLog(Path path, List<Entry> existing) {
    this.path = path;
    this.existing = existing;
  }

  /**
   * Opens (creating if absent) the log at {@code path} for a problem with these header lines
   * (without the magic and columns lines).
   */
  static NaxResultLog open(Path path, List<String> settingsHeader) {
    List<String> expected = new ArrayList<>();
    expected.add(MAGIC);
    expected.addAll(settingsHeader);
    expected.add(COLUMNS);
    try {
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      List<Entry> results = new ArrayList<>();
      long keep = 0;
      boolean fresh = !Files.exists(path) || Files.size(path) == 0;
      if (!fresh) {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1); // last element: text after the last newline
        for (int n = 0; n < lines.length; n++) {
          boolean complete = n < lines.length - 1;
          String line = lines[n];
          if (!complete && line.isEmpty()) {
            break; // the file ends with a newline
          }
          if (n < expected.size()) {
            if (!complete) {
              fresh = true; // torn header: nothing was measured yet
              break;
            }
            if (!line.equals(expected.get(n))) {
              throw new ResumeException("NAX result log " + path + " line " + (n + 1)
                  + " was written for other settings: found \"" + line + "\" but this study has \""
                  + expected.get(n) + "\"; use a new file or the original settings");
            }
          } else {
            Entry r = complete ? parse(path, n + 1, line) : null;
            if (r == null) {
              System.getLogger(NaxResultLog.class.getName()).log(System.Logger.Level.WARNING,
                  "NAX result log {0}: dropping the incomplete last line \"{1}\"", path, line);
              break;
            }
            results.add(r);
          }
          keep += line.getBytes(StandardCharsets.UTF_8).length + 1;
        }
      }
      try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE)) {
        if (fresh) {
          results.clear();
          ch.truncate(0);
          write(ch, String.join("\n", expected) + "\n");
        } else {
          ch.truncate(keep); // cuts a torn last line
        }
        ch.force(true);
      }
      return new NaxResultLog(path, List.copyOf(results));
    } catch (IOException e) {
      throw new ResumeException("cannot open NAX result log " + path + ": " + e.getMessage(), e);
    }
  }

  /** Returns the results found when the log was opened, in order. */
  List<Entry> existing() {
    return existing;
  }

  /** Appends one result and forces it to disk (results are minutes apart: open per append). */
  void append(int repeat, NaxResult r) {
    NaxDesign d = r.design();
    String line = repeat + "," + join(d.kernels()) + "," + join(d.crossbarSizes()) + "," + r.accuracy() + ","
        + r.accuracySem() + "," + r.cleanAccuracy() + "," + r.energyPicojoules() + ","
        + r.latencyNanoseconds() + "," + r.areaSquareMillimetres() + "," + r.edap() + ","
        + r.seconds() + "\n";
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND)) {
      write(ch, line);
      ch.force(false);
    } catch (IOException e) {
      throw new ResumeException("cannot append to NAX result log " + path + ": " + e.getMessage(),
          e);
    }
  }

  /** Parses a complete line; a damaged one is an error because complete lines were fsync-ed. */
  private static Entry parse(Path path, int lineNo, String line) {
    String[] f = line.split(",", -1);
    try {
      if (f.length != FIELDS) {
        throw new IllegalArgumentException(f.length + " fields instead of " + FIELDS);
      }
      int repeat = Integer.parseInt(f[0]);
      if (repeat < 0) {
        throw new IllegalArgumentException("negative repeat " + repeat);
      }
      NaxDesign design = new NaxDesign(ints(f[1]), ints(f[2]));
      double[] v = new double[FIELDS - 3];
      for (int i = 0; i < v.length; i++) {
        v[i] = Double.parseDouble(f[i + 3]);
        if (!Double.isFinite(v[i])) {
          throw new IllegalArgumentException("non-finite " + COLUMNS.split("[=,]")[i + 4]);
        }
      }
      return new Entry(repeat,
          new NaxResult(design, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]));
    } catch (RuntimeException e) {
      throw new ResumeException("NAX result log " + path + " line " + lineNo + " is damaged ("
          + e.getMessage() + "): \"" + line + "\"; repair or remove that line to resume", e);
    }
  }

  private static int[] ints(String s) {
    return Arrays.stream(s.split("/")).mapToInt(Integer::parseInt).toArray();
  }

  private static String join(int[] v) {
    return Arrays.stream(v).mapToObj(Integer::toString).collect(Collectors.joining("/"));
  }

  private static void write(FileChannel ch, String s) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
    while (buf.hasRemaining()) {
      ch.write(buf);
    }
  }
}

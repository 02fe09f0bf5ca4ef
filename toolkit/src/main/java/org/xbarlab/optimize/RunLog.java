package org.xbarlab.optimize;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.xbarlab.ResumeException;

/**
 * Append-only run log: a CSV file with a commented header naming the problem, algorithm (with
 * settings), seed and columns, then one line per finished evaluation, written and fsync-ed before
 * the optimiser continues. Reopening a log of the same problem/algorithm/seed returns its records
 * so the run resumes without repeating any evaluation; a torn last line (the process was killed
 * while writing) is dropped with a warning and cut from the file. A complete line holding a
 * non-finite number (NaN, infinity) is rejected with a {@link ResumeException} naming the file and
 * the line: such a value can only come from an edited or corrupted file, and resuming it would
 * carry a NaN into the results.
 *
 * <p>Format (version 1):
 * <pre>
 * # xbarlab-runlog 1
 * # problem=branin-currin-cf
 * # algorithm=cf-mesmo(...)
 * # seed=7
 * # columns=index,iteration,fidelity,eval_cost,u_0,...,u_(d-1),&lt;objective names&gt;
 * 0,0,1.0,2.1,0.25,0.75,-12.5,-7.1
 * </pre>
 * Unit coordinates and values are written with {@link Double#toString} and therefore round-trip
 * exactly.
 */
public final class RunLog implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(RunLog.class.getName());
  static final String MAGIC = "# xbarlab-runlog 1";

  private final Path path;
  private final FileChannel channel;
  private final List<Observation> existing;
  private final int dimension;

  private RunLog(Path path, FileChannel channel, List<Observation> existing, int dimension) {
    this.path = path;
    this.channel = channel;
    this.existing = existing;
    this.dimension = dimension;
  }

  static List<String> header(Problem problem, String algorithm, long seed) {
    StringBuilder cols = new StringBuilder("index,iteration,fidelity,eval_cost");
    for (int i = 0; i < problem.space().dimension(); i++) {
      cols.append(",u_").append(i);
    }
    for (Objective o : problem.objectives()) {
      cols.append(',').append(o.name());
    }
    return List.of(MAGIC, "# problem=" + problem.name(), "# algorithm=" + algorithm,
        "# seed=" + seed, "# columns=" + cols);
  }

  /**
   * Opens (creating if absent) the log at {@code path} for this problem, algorithm and seed.
   *
   * @throws ResumeException if the file was written for another problem, algorithm or seed, or is
   *     damaged before its last line
   */
  static RunLog open(Path path, Problem problem, String algorithm, long seed) {
    List<String> expected = header(problem, algorithm, seed);
    try {
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      List<Observation> records = new ArrayList<>();
      long keepBytes = 0;
      boolean fresh = !Files.exists(path) || Files.size(path) == 0;
      if (!fresh) {
        byte[] bytes = Files.readAllBytes(path);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int pos = 0;
        int lineNo = 0;
        while (pos < text.length()) {
          int nl = text.indexOf('\n', pos);
          boolean complete = nl >= 0;
          String line = complete ? text.substring(pos, nl) : text.substring(pos);
          if (lineNo < expected.size()) {
            if (!complete) {
              fresh = true; // header torn: nothing was evaluated yet
              break;
            }
            checkHeader(path, lineNo, line, expected.get(lineNo));
          } else {
            Observation o = complete ? parse(path, lineNo + 1, line, problem, records.size()) : null;
            if (o == null) {
              if (complete && text.indexOf('\n', nl + 1) >= 0) {
                throw new ResumeException("run log " + path + " line " + (lineNo + 1)
                    + " is damaged (" + line + ") and is not the last line; cannot resume");
              }
              LOG.log(System.Logger.Level.WARNING, "run log {0}: ignoring incomplete last line "
                  + "\"{1}\" (the run was interrupted while writing it)", path, line);
              break;
            }
            records.add(o);
          }
          pos = complete ? nl + 1 : text.length();
          keepBytes += complete ? line.getBytes(StandardCharsets.UTF_8).length + 1 : 0;
          lineNo++;
        }
      }
      FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      if (fresh) {
        ch.truncate(0);
        StringBuilder sb = new StringBuilder();
        for (String h : expected) {
          sb.append(h).append('\n');
        }
        ch.write(ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)), 0);
        ch.force(true);
        records.clear();
      } else {
        ch.truncate(keepBytes);
        ch.force(true);
      }
      ch.position(ch.size());
      return new RunLog(path, ch, List.copyOf(records), problem.space().dimension());
    } catch (IOException e) {
      throw new ResumeException("cannot open run log " + path + ": " + e.getMessage(), e);
    }
  }

  private static void checkHeader(Path path, int lineNo, String actual, String expected) {
    if (actual.equals(expected)) {
      return;
    }
    String what = lineNo == 0 ? "format" : expected.substring(2, expected.indexOf('='));
    throw new ResumeException("run log " + path + " was written for a different " + what
        + ": found \"" + actual.replaceFirst("^# ", "") + "\" but this run has \""
        + expected.replaceFirst("^# ", "") + "\"; use a new log file or the original settings");
  }

  /** Returns the record of one line, or null if the line is malformed (torn or damaged). */
  private static Observation parse(Path path, int lineNumber, String line, Problem problem,
      int expectedIndex) {
    String[] f = line.split(",", -1);
    int d = problem.space().dimension();
    int k = problem.objectiveCount();
    if (f.length != 4 + d + k) {
      return null;
    }
    try {
      int index = Integer.parseInt(f[0]);
      if (index != expectedIndex) {
        return null;
      }
      int iteration = Integer.parseInt(f[1]);
      double z = finite(path, lineNumber, "fidelity", f[2]);
      double cost = finite(path, lineNumber, "eval_cost", f[3]);
      double[] u = new double[d];
      for (int i = 0; i < d; i++) {
        u[i] = finite(path, lineNumber, "u_" + i, f[4 + i]);
      }
      double[] y = new double[k];
      double[] m = new double[k];
      for (int j = 0; j < k; j++) {
        y[j] = finite(path, lineNumber, problem.objectives().get(j).name(), f[4 + d + j]);
        m[j] = problem.objectives().get(j).toMinimized(y[j]);
      }
      return new Observation(index, iteration, u, z, cost, y, m);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static double finite(Path path, int lineNumber, String column, String text) {
    double v = Double.parseDouble(text);
    if (!Double.isFinite(v)) {
      throw new ResumeException("run log " + path + " line " + lineNumber + ": column " + column
          + " is " + text + "; a run log holds finite values only (evaluators must not return NaN"
          + " or infinity), so the file was edited or corrupted; fix or delete that line");
    }
    return v;
  }

  /** Returns the records found when the log was opened, in order. */
  List<Observation> existing() {
    return existing;
  }

  /** Appends one record and forces it to disk. */
  void append(Observation o) {
    StringBuilder sb = new StringBuilder();
    sb.append(o.index()).append(',').append(o.iteration()).append(',').append(o.fidelity())
        .append(',').append(o.cost());
    double[] u = o.unit();
    if (u.length != dimension) {
      throw new IllegalArgumentException("dimension " + u.length + " != " + dimension);
    }
    for (double v : u) {
      sb.append(',').append(v);
    }
    for (double v : o.objectives()) {
      sb.append(',').append(v);
    }
    sb.append('\n');
    try {
      ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new ResumeException("cannot append to run log " + path + ": " + e.getMessage(), e);
    }
  }

  /** Returns the log's path. */
  public Path path() {
    return path;
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new ResumeException("cannot close run log " + path, e);
    }
  }
}

package org.xbarlab.train;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.xbarlab.ResumeException;

/**
 * One training checkpoint: parameters, updater state, DL4J iteration/epoch counters, epochs done,
 * the history so far and a configuration fingerprint. Written atomically (temporary file in the
 * same directory, then rename), so a crash leaves either the previous or the new checkpoint.
 * Nothing DL4J serialises as JSON is written, so the noise hook can never leak into a file.
 *
 * @param fingerprint ordered settings that must match to resume (method, noise, seed, ...)
 * @param epochsCompleted epochs finished, &gt;= 1
 * @param iterationCount DL4J's iteration counter (drives Adam's bias correction)
 * @param epochCount DL4J's epoch counter
 * @param params flat parameter vector {@code [1 x nParams]}
 * @param updaterState flat updater state, empty for stateless updaters
 * @param history rows {epoch, train_loss, accuracy_top1, train_time_s} of the epochs done
 */
record Checkpoint(Map<String, String> fingerprint, int epochsCompleted, int iterationCount,
    int epochCount, INDArray params, Optional<INDArray> updaterState, List<double[]> history) {
  static final String FILE_NAME = "noise-aware-training.ckpt";
  private static final String MAGIC = "XBARLAB-TRAIN-CKPT-1";

  /** Returns the checkpoint file inside {@code directory}. */
  static Path file(Path directory) {
    return directory.resolve(FILE_NAME);
  }

  /** Writes this checkpoint to {@code directory} atomically. */
  void write(Path directory) {
    Path target = file(directory);
    try {
      Files.createDirectories(directory);
      Path tmp = Files.createTempFile(directory, FILE_NAME, ".tmp");
      try (OutputStream os = Files.newOutputStream(tmp);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os))) {
        out.writeUTF(MAGIC);
        out.writeInt(fingerprint.size());
        for (Map.Entry<String, String> e : fingerprint.entrySet()) {
          out.writeUTF(e.getKey());
          out.writeUTF(e.getValue());
        }
        out.writeInt(epochsCompleted);
        out.writeInt(iterationCount);
        out.writeInt(epochCount);
        out.writeInt(history.size());
        for (double[] row : history) {
          out.writeInt(row.length);
          for (double v : row) {
            out.writeDouble(v);
          }
        }
        Nd4j.write(params, out);
        out.writeBoolean(updaterState.isPresent());
        if (updaterState.isPresent()) {
          Nd4j.write(updaterState.get(), out);
        }
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException atomicFailed) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new ResumeException("cannot write checkpoint " + target + ": " + e.getMessage(), e);
    }
  }

  /** Returns the checkpoint in {@code directory}, or empty if there is none. */
  static Optional<Checkpoint> read(Path directory) {
    Path f = file(directory);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try (InputStream is = Files.newInputStream(f);
        DataInputStream in = new DataInputStream(new BufferedInputStream(is))) {
      String magic = in.readUTF();
      if (!MAGIC.equals(magic)) {
        throw new ResumeException(f + " is not a noise-aware training checkpoint (header " + magic + ")");
      }
      int n = in.readInt();
      Map<String, String> fp = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        fp.put(in.readUTF(), in.readUTF());
      }
      int epochs = in.readInt();
      int iterations = in.readInt();
      int epochCount = in.readInt();
      int rows = in.readInt();
      List<double[]> history = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        double[] row = new double[in.readInt()];
        for (int k = 0; k < row.length; k++) {
          row[k] = in.readDouble();
        }
        history.add(row);
      }
      INDArray params = Nd4j.read(in);
      Optional<INDArray> updater = in.readBoolean() ? Optional.of(Nd4j.read(in)) : Optional.empty();
      return Optional.of(new Checkpoint(fp, epochs, iterations, epochCount, params, updater, history));
    } catch (IOException | RuntimeException e) {
      if (e instanceof ResumeException re) {
        throw re;
      }
      throw new ResumeException("checkpoint " + f + " is damaged: " + e.getMessage()
          + "; delete it to start over", e);
    }
  }

  /**
   * Throws {@link ResumeException} naming the first setting where {@code expected} and this
   * checkpoint's fingerprint differ.
   */
  void requireFingerprint(Map<String, String> expected, Path directory) {
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String had = fingerprint.get(e.getKey());
      if (!e.getValue().equals(had)) {
        throw new ResumeException("checkpoint " + file(directory) + " was written with " + e.getKey()
            + " = " + had + " but this run has " + e.getKey() + " = " + e.getValue()
            + "; use another checkpoint directory or the original setting");
      }
    }
    for (String k : fingerprint.keySet()) {
      if (!expected.containsKey(k)) {
        throw new ResumeException("checkpoint " + file(directory) + " has setting " + k
            + " that this run does not know");
      }
    }
  }
}

package org.xbarlab.bench;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.xbarlab.data.FashionMnist;
import org.xbarlab.data.ImageDataset;
import org.xbarlab.nn.Models;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Benchmark (a plain main, not a test): DL4J LeNet-5 training throughput on Fashion-MNIST for
 * minibatch sizes 32, 64 and 128. Per batch size: a fresh LeNet-5 (seed 1), one warm-up epoch on
 * 1 000 images, then {@code epochs} timed epochs on a balanced subset of {@code perClass * 10}
 * images; reports images/s of every timed epoch and their best.
 *
 * <pre>
 * cd /work/wt-train &amp;&amp; mvn -B -o -q -pl toolkit test-compile
 * cd toolkit &amp;&amp; mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.xbarlab.bench.LeNetThroughput [perClass] [epochs]
 * </pre>
 */
public final class LeNetThroughput {
  private LeNetThroughput() {}

  /** Runs the benchmark; args: images per class (default 600), timed epochs (default 2). */
  public static void main(String[] args) {
    int perClass = args.length > 0 ? Integer.parseInt(args[0]) : 600;
    int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    ImageDataset all = FashionMnist.train();
    ImageDataset data = all.subsetPerClass(perClass, 1L);
    ImageDataset warm = all.subsetPerClass(100, 2L);
    IntColumn batchCol = IntColumn.create("batch_size");
    IntColumn epochCol = IntColumn.create("epoch");
    IntColumn imagesCol = IntColumn.create("images");
    DoubleColumn secondsCol = DoubleColumn.create("train_time_s");
    DoubleColumn ipsCol = DoubleColumn.create("train_images_per_s");
    for (int batch : new int[] {32, 64, 128}) {
      MultiLayerNetwork net = Models.lenet5(28, 28, 1, 10, 1);
      net.fit(warm.iterator(batch, 3L));
      for (int e = 1; e <= epochs; e++) {
        long start = System.nanoTime();
        net.fit(data.iterator(batch, 10L + e));
        double s = (System.nanoTime() - start) / 1e9;
        batchCol.append(batch);
        epochCol.append(e);
        imagesCol.append(data.size());
        secondsCol.append(s);
        ipsCol.append(data.size() / s);
        System.out.printf("batch %d epoch %d: %.0f images/s%n", batch, e, data.size() / s);
      }
    }
    System.out.println("cores " + Runtime.getRuntime().availableProcessors() + ", OMP_NUM_THREADS="
        + System.getenv("OMP_NUM_THREADS"));
    System.out.println(Table.create("LeNet-5 training throughput (Fashion-MNIST)", batchCol, epochCol, imagesCol,
        secondsCol, ipsCol).printAll());
  }
}

package org.xbarlab.nax;

import java.util.ArrayList;
import java.util.List;
import org.xbarlab.ConfigException;
import org.xbarlab.nn.ResNet20;
import org.xbarlab.optimize.DesignSpace;
import org.xbarlab.optimize.Variable;

/**
 * NAX's search space over ResNet-20: for each searchable convolution ({@link ResNet20#convolutionNames()})
 * a kernel side and a crossbar (tile) size, either per layer (19 genes, the paper's reading) or per
 * residual stage (3 genes; the stem shares stage 1's), which shrinks the space for a quick search.
 *
 * <pre>{@code
 * NaxSpace space = NaxSpace.paper().withGranularity(NaxSpace.Granularity.PER_STAGE);
 * NaxDesign d = space.decode(new double[] {3, 5, 7, 64, 32, 16});   // kernels, then sizes
 * }</pre>
 *
 * @param kernelSizes candidate kernel sides, each one of {@link #SUPPORTED_KERNEL_SIZES}
 * @param crossbarSizes candidate square tile sides, each one of {@link #SUPPORTED_CROSSBAR_SIZES}
 * @param granularity one gene per layer or per stage
 */
public record NaxSpace(List<Integer> kernelSizes, List<Integer> crossbarSizes,
    Granularity granularity) {
  /** Tile sides the engine and cost model support in a NAX search. */
  public static final List<Integer> SUPPORTED_CROSSBAR_SIZES = List.of(16, 32, 64, 128, 256);
  /** Kernel sides a NAX search may pick (odd, "same" padding keeps the feature maps). */
  public static final List<Integer> SUPPORTED_KERNEL_SIZES = List.of(1, 3, 5, 7);

  /** How many genes the search has: one per convolution, or one per residual stage. */
  public enum Granularity { PER_LAYER, PER_STAGE }

  /** Validates the candidates; throws {@link ConfigException} naming the value and valid set. */
  public NaxSpace {
    kernelSizes = requireSubset("kernelSizes", kernelSizes, SUPPORTED_KERNEL_SIZES);
    crossbarSizes = requireSubset("crossbarSizes", crossbarSizes, SUPPORTED_CROSSBAR_SIZES);
    if (granularity == null) {
      throw new ConfigException("granularity", null, "PER_LAYER or PER_STAGE");
    }
  }

  /** Returns the paper's reading: kernels {3, 5, 7}, tiles {16, ..., 256}, one gene per layer. */
  public static NaxSpace paper() {
    return new NaxSpace(List.of(3, 5, 7), SUPPORTED_CROSSBAR_SIZES, Granularity.PER_LAYER);
  }

  /** Returns a copy with another granularity. */
  public NaxSpace withGranularity(Granularity value) {
    return new NaxSpace(kernelSizes, crossbarSizes, value);
  }

  /** Returns a copy with other candidate tile sides. */
  public NaxSpace withCrossbarSizes(List<Integer> sizes) {
    return new NaxSpace(kernelSizes, sizes, granularity);
  }

  /** Returns the number of genes: 19 per layer, 3 per stage. */
  public int genes() {
    return granularity == Granularity.PER_LAYER ? ResNet20.CONVOLUTIONS : 3;
  }

  /** Returns the gene convolution {@code conv} (index into {@link ResNet20#convolutionNames()}) follows. */
  public int geneOf(int conv) {
    if (granularity == Granularity.PER_LAYER) {
      return conv;
    }
    return conv == 0 ? 0 : (conv - 1) / 6; // 6 convolutions per stage after the stem
  }

  /** Returns the names of the genes: the convolutions, or {@code stage1..stage3}. */
  public List<String> geneNames() {
    if (granularity == Granularity.PER_LAYER) {
      return ResNet20.convolutionNames();
    }
    return List.of("stage1", "stage2", "stage3");
  }

  /**
   * Returns the optimisers' design space: {@code kernel_<gene>} for every gene, then
   * {@code crossbar_<gene>}, each an ordinal variable over the candidates.
   */
  public DesignSpace designSpace() {
    List<Variable> vars = new ArrayList<>();
    for (String g : geneNames()) {
      vars.add(Variable.ordinal("kernel_" + g, toDoubles(kernelSizes)));
    }
    for (String g : geneNames()) {
      vars.add(Variable.ordinal("crossbar_" + g, toDoubles(crossbarSizes)));
    }
    return DesignSpace.of(vars);
  }

  /** Returns the design of a vector of {@link #designSpace()} (kernels, then tile sizes). */
  public NaxDesign decode(double[] x) {
    if (x == null || x.length != 2 * genes()) {
      throw new ConfigException("design.length", x == null ? null : x.length,
          2 * genes() + " values: " + genes() + " kernels, then " + genes() + " crossbar sizes");
    }
    int[] kernels = new int[ResNet20.CONVOLUTIONS];
    int[] sizes = new int[ResNet20.CONVOLUTIONS];
    for (int c = 0; c < kernels.length; c++) {
      kernels[c] = pick("kernel", x[geneOf(c)], kernelSizes);
      sizes[c] = pick("crossbar size", x[genes() + geneOf(c)], crossbarSizes);
    }
    return new NaxDesign(kernels, sizes);
  }

  /** Returns the vector of {@link #designSpace()} for a design that follows this space's genes. */
  public double[] encode(NaxDesign design) {
    double[] x = new double[2 * genes()];
    int[] kernels = design.kernels();
    int[] sizes = design.crossbarSizes();
    for (int c = 0; c < ResNet20.CONVOLUTIONS; c++) {
      x[geneOf(c)] = kernels[c];
      x[genes() + geneOf(c)] = sizes[c];
    }
    return x;
  }

  /** Returns the number of designs, {@code (|kernels| * |sizes|)^genes}. */
  public double designCount() {
    return Math.pow((double) kernelSizes.size() * crossbarSizes.size(), genes());
  }

  private static int pick(String what, double value, List<Integer> candidates) {
    int v = (int) Math.round(value);
    if (v != value || !candidates.contains(v)) {
      throw new ConfigException(what, value, "one of " + candidates);
    }
    return v;
  }

  private static List<Integer> requireSubset(String field, List<Integer> values,
      List<Integer> supported) {
    if (values == null || values.isEmpty() || values.stream().anyMatch(v -> v == null
        || !supported.contains(v)) || values.stream().distinct().count() != values.size()) {
      throw new ConfigException(field, values, "distinct values from " + supported);
    }
    return List.copyOf(values);
  }

  private static double[] toDoubles(List<Integer> values) {
    return values.stream().mapToDouble(Integer::doubleValue).toArray();
  }
}

package org.xbarlab.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dimension-sweep hypervolume algorithms behind {@link Hypervolume}. Every method takes points that
 * strictly dominate the reference point (the caller filters) and tolerates dominated points and
 * duplicates.
 *
 * <ul>
 *   <li>2 objectives: sort and sweep, O(n log n).
 *   <li>3 objectives: HV3D (Fonseca, Paquete and Lopez-Ibanez, CEC 2006; Beume et al., IEEE TEVC
 *       13(5), 2009): sweep up the third objective keeping the 2-D staircase of the points seen so
 *       far in a balanced tree (TreeMap) and its area updated per insertion, O(n log n).
 *   <li>k &ge; 4 objectives: sweep up the last objective, keeping the (k-1)-D front of the points
 *       seen so far and its hypervolume updated by each new point's exclusive contribution
 *       (its box minus the hypervolume of its limit set, as in HV4D of Guerreiro and Fonseca,
 *       IEEE TEVC 22(3), 2018, and WFG). 4 objectives cost O(n^2 log n).
 * </ul>
 */
final class HypervolumeSweep {
  private HypervolumeSweep() {}

  /** Returns the hypervolume of {@code pts} [n x k], k = ref.length >= 1. */
  static double volume(double[][] pts, double[] ref) {
    int k = ref.length;
    if (pts.length == 0) {
      return 0.0;
    }
    switch (k) {
      case 1:
        return oneD(pts, ref);
      case 2:
        return sweep2d(pts, ref);
      case 3:
        return sweep3d(pts, ref);
      default:
        return sweepLast(pts, ref, k);
    }
  }

  private static double oneD(double[][] pts, double[] ref) {
    double best = ref[0];
    for (double[] p : pts) {
      best = Math.min(best, p[0]);
    }
    return ref[0] - best;
  }

  /** Exact 2-D hypervolume by a sweep over the first objective. */
  static double sweep2d(double[][] pts, double[] ref) {
    double[][] sorted = pts.clone();
    Arrays.sort(sorted, Comparator.comparingDouble((double[] p) -> p[0])
        .thenComparingDouble(p -> p[1]));
    double area = 0.0;
    double lastY = ref[1];
    for (double[] p : sorted) {
      if (p[1] < lastY) {
        area += (ref[0] - p[0]) * (lastY - p[1]);
        lastY = p[1];
      }
    }
    return area;
  }

  /** HV3D: sweep up objective 2, the (x, y) staircase in a TreeMap from x to y. */
  static double sweep3d(double[][] pts, double[] ref) {
    double[][] sorted = pts.clone();
    Arrays.sort(sorted, Comparator.comparingDouble((double[] p) -> p[2]));
    Staircase front = new Staircase(ref[0], ref[1]);
    double volume = 0.0;
    double lastZ = sorted[0][2];
    for (double[] p : sorted) {
      volume += front.area() * (p[2] - lastZ);
      lastZ = p[2];
      front.insert(p[0], p[1]);
    }
    return volume + front.area() * (ref[2] - lastZ);
  }

  /**
   * The non-dominated (x, y) points seen so far, x ascending and y descending, with the area
   * they dominate below (refX, refY), kept up to date on insertion.
   */
  private static final class Staircase {
    private final TreeMap<Double, Double> steps = new TreeMap<>();
    private final double refX;
    private final double refY;
    private double area;

    Staircase(double refX, double refY) {
      this.refX = refX;
      this.refY = refY;
    }

    double area() {
      return area;
    }

    /** Adds (x, y) unless dominated, removing the points it dominates and adding its new area. */
    void insert(double x, double y) {
      Map.Entry<Double, Double> floor = steps.floorEntry(x);
      if (floor != null && floor.getValue() <= y) {
        return; // weakly dominated: nothing new
      }
      Map.Entry<Double, Double> left = steps.lowerEntry(x);
      double height = left == null ? refY : left.getValue(); // staircase height just right of x
      double fromX = x;
      Iterator<Map.Entry<Double, Double>> it = steps.tailMap(x, true).entrySet().iterator();
      double toX = refX;
      while (it.hasNext()) {
        Map.Entry<Double, Double> q = it.next();
        if (q.getValue() < y) {
          toX = q.getKey(); // first point not dominated by (x, y): the new area ends here
          break;
        }
        area += (q.getKey() - fromX) * (height - y);
        fromX = q.getKey();
        height = q.getValue();
        it.remove();
      }
      area += (toX - fromX) * (height - y);
      steps.put(x, y);
    }
  }

  /** Sweep up the last objective; the (k-1)-D front grows by exclusive contributions. */
  private static double sweepLast(double[][] pts, double[] ref, int k) {
    double[][] sorted = pts.clone();
    Arrays.sort(sorted, Comparator.comparingDouble((double[] p) -> p[k - 1]));
    double[] lowerRef = Arrays.copyOf(ref, k - 1);
    List<double[]> front = new ArrayList<>();
    double lowerVolume = 0.0;
    double volume = 0.0;
    double lastZ = sorted[0][k - 1];
    for (double[] p : sorted) {
      volume += lowerVolume * (p[k - 1] - lastZ);
      lastZ = p[k - 1];
      double[] q = Arrays.copyOf(p, k - 1);
      if (front.stream().noneMatch(r -> weaklyDominates(r, q))) {
        lowerVolume += contribution(front, q, lowerRef);
        front.removeIf(r -> weaklyDominates(q, r));
        front.add(q);
      }
    }
    return volume + lowerVolume * (ref[k - 1] - lastZ);
  }

  /**
   * Returns the hypervolume {@code p} [k] adds to {@code front} (points [m x k], any order): its
   * box minus the hypervolume of the limit set {max(p, q)}; 0 if a front point weakly dominates p.
   */
  static double contribution(List<double[]> front, double[] p, double[] ref) {
    int k = ref.length;
    double[][] limit = new double[front.size()][];
    int m = 0;
    for (double[] q : front) {
      if (weaklyDominates(q, p)) {
        return 0.0;
      }
      double[] l = new double[k];
      for (int j = 0; j < k; j++) {
        l[j] = Math.max(p[j], q[j]);
      }
      limit[m++] = l;
    }
    double box = 1.0;
    for (int j = 0; j < k; j++) {
      box *= ref[j] - p[j];
    }
    return m == 0 ? box : box - volume(limit, ref);
  }

  static boolean weaklyDominates(double[] a, double[] b) {
    for (int j = 0; j < a.length; j++) {
      if (a[j] > b[j]) {
        return false;
      }
    }
    return true;
  }
}

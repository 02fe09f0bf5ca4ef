package org.xbarlab;

import static org.xbarlab.TableRows.Type.STRING;

import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * The "paper vs. measured" table every curated notebook ends with: one row per claim with the
 * paper's number and where it is stated, our measurement with its uncertainty and conditions, and
 * a verdict.
 *
 * <p><b>Verdict</b> of a numeric claim (paper value {@code p}, measured {@code m} with standard
 * error {@code u}): when {@code |m - p| <= max(2u, 0.1 |p|)} (the paper lies within two standard
 * errors, or within a tenth of its own value) the verdict is {@code matches}, unless {@code m} is
 * also within {@code 2u} of 0 ({@code inconclusive}: the measurement cannot tell the paper's
 * effect from none); otherwise {@code same direction} when {@code m} and {@code p} have the same
 * sign and {@code m} is more than {@code 2u} away from 0; otherwise {@code differs}. A claim in words carries the verdict its
 * caller states ({@link #addText}).
 *
 * <pre>{@code
 * PaperVsMeasured.titled("NAX: paper vs. measured")
 *     .add("accuracy gain", 0.8, "pp", "Table 2", 1.8, 3.1, "3 training seeds, Fashion-MNIST")
 *     .table();
 * }</pre>
 */
public final class PaperVsMeasured {
  /** The verdict of a claim. */
  public enum Verdict {
    MATCHES("matches"), SAME_DIRECTION("same direction"), DIFFERS("differs"),
    INCONCLUSIVE("inconclusive"), NOT_COMPARABLE("not comparable");

    private final String text;

    Verdict(String text) {
      this.text = text;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private final TableRows rows;

  private PaperVsMeasured(String title) {
    this.rows = TableRows.of(title, Columns.CLAIM, STRING, Columns.PAPER, STRING,
        Columns.PAPER_SOURCE, STRING, Columns.MEASURED, STRING, Columns.CONDITIONS, STRING,
        Columns.VERDICT, STRING);
  }

  /** Returns an empty table with this title. */
  public static PaperVsMeasured titled(String title) {
    if (title == null || title.isBlank()) {
      throw new ConfigException("title", title, "a non-blank table title");
    }
    return new PaperVsMeasured(title);
  }

  /**
   * Adds a numeric claim; the verdict follows from the numbers (see the class description).
   *
   * @param unit unit of both values as printed, e.g. {@code "%"}, {@code "pp"}, {@code ""}
   * @param standardError standard error of {@code measured}, {@code >= 0} (0: exact, printed
   *     without ±), or NaN if unknown (treated as 0 by the verdict)
   */
  public PaperVsMeasured add(String claim, double paper, String unit, String paperSource,
      double measured, double standardError, String conditions) {
    if (!Double.isFinite(paper)) {
      throw new ConfigException("paper", paper, "a finite number (use addText for words)");
    }
    if (standardError < 0) {
      throw new ConfigException("standardError", standardError, ">= 0, or NaN if unknown");
    }
    String shown = !Double.isFinite(measured) ? "not measured"
        : Double.isNaN(standardError) || standardError == 0 ? format(measured, unit)
        : format(measured, unit) + " ± " + String.format(Locale.ROOT, "%.2g", standardError);
    rows.add(claim, format(paper, unit), paperSource, shown, conditions,
        verdict(paper, measured, standardError).toString());
    return this;
  }

  /** Adds a claim in words with the verdict its caller judges. */
  public PaperVsMeasured addText(String claim, String paper, String paperSource, String measured,
      String conditions, Verdict verdict) {
    if (verdict == null) {
      throw new ConfigException("verdict", null, "one of " + java.util.List.of(Verdict.values()));
    }
    rows.add(claim, paper, paperSource, measured, conditions, verdict.toString());
    return this;
  }

  /** Returns the table: claim, paper, paper_source, measured, conditions, verdict. */
  public Table table() {
    return rows.table();
  }

  /** The verdict rule of the class description. */
  public static Verdict verdict(double paper, double measured, double standardError) {
    if (!Double.isFinite(measured)) {
      return Verdict.NOT_COMPARABLE;
    }
    double u = Double.isNaN(standardError) ? 0 : standardError;
    if (Math.abs(measured - paper) <= Math.max(2 * u, 0.1 * Math.abs(paper))) {
      return paper != 0 && Math.abs(measured) <= 2 * u ? Verdict.INCONCLUSIVE : Verdict.MATCHES;
    }
    if (Math.signum(measured) == Math.signum(paper) && Math.abs(measured) > 2 * u) {
      return Verdict.SAME_DIRECTION;
    }
    return Verdict.DIFFERS;
  }

  private static String format(double v, String unit) {
    String number = String.format(Locale.ROOT, Math.abs(v) >= 100 || v == Math.rint(v) ? "%+.0f"
        : "%+.2f", v);
    return unit == null || unit.isEmpty() ? number : number + " " + unit;
  }
}

package org.xbarlab.cost;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.xbarlab.XbarLabException;

/**
 * One published DNN+NeuroSim figure and the settings it was produced with, read from the bundled
 * resource {@value #RESOURCE} (reference data by others, never a measured value of ours).
 * Package-private; {@link Calibration#referenceData()} shows it as a table.
 *
 * @param id reference point id, e.g. R1
 * @param neuroSimVersion NeuroSim release that produced it, e.g. V1.3
 * @param network network and data set
 * @param memoryCell memory technology
 * @param nodeNm technology node in nm
 * @param crossbarSize square sub-array side
 * @param cellBits bits per cell
 * @param weightBits weight precision in bits
 * @param inputBits input precision in bits
 * @param adcBits ADC resolution in bits
 * @param columnsPerAdc columns sharing one ADC
 * @param onResistanceOhms R_on of the cell in Ohm (NaN for SRAM)
 * @param onOffRatio R_off / R_on (NaN for SRAM)
 * @param figure compared figure, a column name such as area_mm2
 * @param value published value in {@code unit}
 * @param unit unit of the figure
 * @param comparable yes, approximate or no
 * @param url where the figure is published
 * @param note provenance and why a row is (not) comparable
 */
record ReferencePoint(String id, String neuroSimVersion, String network, String memoryCell,
    int nodeNm, int crossbarSize, int cellBits, int weightBits, int inputBits, int adcBits,
    int columnsPerAdc, double onResistanceOhms, double onOffRatio, String figure, double value,
    String unit, String comparable, String url, String note) {

  /** Classpath resource next to {@link Calibration} with the published reference numbers. */
  static final String RESOURCE = "reference-dnn-neurosim-vgg8.csv";
  private static final int FIELDS = 19;

  /** Returns whether our model can be evaluated for this row ({@code comparable} is not "no"). */
  boolean evaluated() {
    return !"no".equals(comparable);
  }

  /** Returns the bundled reference points in file order. */
  static List<ReferencePoint> readAll() {
    InputStream in = Calibration.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new XbarLabException("reference data " + RESOURCE
          + " not found on the classpath next to " + Calibration.class.getName());
    }
    List<ReferencePoint> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(",", FIELDS);
        if (f.length != FIELDS) {
          throw new XbarLabException(RESOURCE + " line " + lineNumber + " has " + f.length
              + " fields, expected " + FIELDS);
        }
        rows.add(new ReferencePoint(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]),
            Integer.parseInt(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]),
            Integer.parseInt(f[8]), Integer.parseInt(f[9]), Integer.parseInt(f[10]),
            Double.parseDouble(f[11]), Double.parseDouble(f[12]), f[13],
            Double.parseDouble(f[14]), f[15], f[16], f[17], f[18].replace("\"", "")));
      }
    } catch (IOException | NumberFormatException e) {
      throw new XbarLabException("cannot read reference data " + RESOURCE, e);
    }
    return rows;
  }
}

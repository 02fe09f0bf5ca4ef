package org.xbarlab.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.xbarlab.ConfigException;
import org.xbarlab.nn.LayerKind;

/** Invalid inputs fail fast with a ConfigException naming the field, the value and the rule. */
class CostValidationTest {

  private static ConfigException expect(String field, String value, Executable call) {
    ConfigException e = assertThrows(ConfigException.class, call);
    assertEquals(field, e.field());
    assertEquals(value, e.value());
    assertTrue(e.getMessage().contains(field) && e.getMessage().contains(value), e.getMessage());
    return e;
  }

  @Test
  void designFieldsAreRangeChecked() {
    CostDesign d = CostDesign.defaults();
    expect("adcBits", "0", () -> d.withAdcBits(0));
    expect("adcBits", "17", () -> d.withAdcBits(17));
    expect("crossbarRows", "4", () -> d.withCrossbar(4, 128));
    expect("cellBits", "9", () -> d.withCellBits(9));
    expect("weightBits", "1", () -> d.withWeightBits(1)); // below cellBits = 2
    ConfigException dac = expect("dacBits", "9", () -> d.withDacBits(9));
    assertTrue(dac.rule().contains("inputBits = 8"), dac.rule());
    expect("columnsPerAdc", "256", () -> d.withColumnsPerAdc(256));
    expect("frequencyHertz", "0.0", () -> d.withFrequencyHertz(0));
    expect("frequencyHertz", "NaN", () -> d.withFrequencyHertz(Double.NaN));
    ConfigException celsius = expect("temperatureKelvin", "85.0", () -> d.withTemperatureKelvin(85));
    assertTrue(celsius.rule().contains("Celsius"), celsius.rule());
    expect("technologyNodeNm", "3", () -> d.withTechnologyNodeNm(3));
    expect("weightMapping", "null", () -> d.withWeightMapping(null));
    expect("interconnectWidthBits", "0", () -> d.withInterconnectWidthBits(0));
  }

  @Test
  void workloadsAreChecked() {
    expect("rows", "0", () -> LayerWorkload.dense("fc", 0, 10));
    expect("cols", "-1", () -> LayerWorkload.dense("fc", 10, -1));
    expect("mvmsPerInference", "4", () -> new LayerWorkload("fc", LayerKind.DENSE, 10, 10, 4));
    expect("name", "null", () -> LayerWorkload.dense(null, 10, 10));
    expect("kernelSize", "0", () -> LayerWorkload.conv("c", 0, 3, 16, 32, 32));
    ConfigException pool = expect("poolingWindow", "0", () -> LayerWorkload.dense("fc", 2, 2).withPoolingWindow(0));
    assertTrue(pool.rule().contains("1 (no pooling)"), pool.rule());
    expect("layers", "[]", () -> NetworkWorkload.of("empty", List.of()));
    expect("copies", "0", () -> NetworkWorkload.repeated(LayerWorkload.dense("fc", 2, 2), 0));
  }

  @Test
  void circuitParametersAndOptionsAreChecked() {
    CircuitParameters c = CircuitParameters.neuroSimV13();
    ConfigException e = expect("senseTimeNs", "0.0", () -> c.withSenseTimeNs(0));
    assertTrue(e.rule().contains("> 0"), e.rule());
    expect("levelShifterAreaF2", "-1.0", () -> c.withLevelShifterAreaF2(-1));
    expect("mlsaPowerPerLevelMicrowatts", "NaN", () -> c.withMlsaPowerPerLevelMicrowatts(Double.NaN));
    CostOptions o = CostOptions.xbarlab();
    expect("adcKind", "null", () -> o.withAdcKind(null));
    expect("arrayEnergyConvention", "null", () -> o.withArrayEnergyConvention(null));
    expect("clockMode", "null", () -> o.withClockMode(null));
    expect("shiftAdd", "null", () -> o.withShiftAdd(null));
  }

  @Test
  void technologyAndSweepsAreChecked() {
    TechnologyParameters t = TechnologyParameters.nm32();
    expect("readVoltageVolts", "-0.5", () -> t.withReadVoltageVolts(-0.5));
    expect("cellOnOffRatio", "0.5", () -> t.withCellOnOffRatio(0.5));
    expect("inputBitActivity", "1.5", () -> t.withInputBitActivity(1.5));
    expect("adcEnergyPerLevelFemtojoules", "Infinity",
        () -> t.withAdcEnergyPerLevelFemtojoules(Double.POSITIVE_INFINITY));
    expect("adcBits", "4.5", () -> DesignField.ADC_BITS.apply(CostDesign.defaults(), 4.5));
    expect("values", "none", () -> CostSweep.over(NetworkWorkload.resnet20Cifar10(),
        CostDesign.defaults(), DesignField.ADC_BITS));
    expect("technology", "null", () -> CostModel.create(null));
    expect("options", "null", () -> CostModel.create(TechnologyParameters.nm32(), null));
    expect("circuits", "null", () -> t.withCircuits(null));
    expect("design", "null", () -> CostModel.nm32().evaluate(NetworkWorkload.resnet20Cifar10(), null));
  }
}

package org.xbarlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xbarlab.XbarLabException;

/** The Plotly JSON writer: exact output for the supported types, a clear error for any other. */
class JsonTest {
  @Test
  void writesTheSupportedTypesExactly() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("s", "a\"b</script>");
    m.put("i", 3);
    m.put("d", 0.5);
    m.put("whole", 2.0);
    m.put("nan", Double.NaN);
    m.put("b", true);
    m.put("n", null);
    m.put("l", List.of(1, "x"));
    m.put("arr", new double[] {1.5, Double.POSITIVE_INFINITY});
    assertEquals("{\"s\":\"a\\\"b\\u003c/script>\",\"i\":3,\"d\":0.5,\"whole\":2,\"nan\":null,"
        + "\"b\":true,\"n\":null,\"l\":[1,\"x\"],\"arr\":[1.5,null]}", Json.write(m));
  }

  @Test
  void rejectsAnUnknownTypeNamingIt() {
    XbarLabException e = assertThrows(XbarLabException.class,
        () -> Json.write(Map.of("when", java.time.LocalDate.of(2026, 12, 4))));
    assertTrue(e.getMessage().contains("java.time.LocalDate") && e.getMessage().contains("2026-12-04"),
        e.getMessage());
    assertThrows(XbarLabException.class, () -> Json.write(List.of(new int[] {1})));
  }
}

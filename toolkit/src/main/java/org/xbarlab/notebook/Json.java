package org.xbarlab.notebook;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Writes a tree of maps, lists, strings, numbers and booleans as compact JSON. */
final class Json {
  private Json() {}

  /** Returns {@code value} as JSON text; non-finite numbers become {@code null} (JSON has no NaN). */
  static String write(Object value) {
    StringBuilder out = new StringBuilder(256);
    append(out, value);
    return out.toString();
  }

  private static void append(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      appendString(out, s);
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isFinite(d)) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
          out.append((long) d);
        } else {
          out.append(d);
        }
      } else {
        out.append("null");
      }
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> e = it.next();
        appendString(out, String.valueOf(e.getKey()));
        out.append(':');
        append(out, e.getValue());
        if (it.hasNext()) {
          out.append(',');
        }
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        append(out, list.get(i));
      }
      out.append(']');
    } else if (value instanceof double[] arr) {
      out.append('[');
      for (int i = 0; i < arr.length; i++) {
        if (i > 0) {
          out.append(',');
        }
        append(out, arr[i]);
      }
      out.append(']');
    } else {
      // A silent toString() would hide a wrong value in a figure; say what arrived instead.
      throw new org.xbarlab.XbarLabException("cannot write a " + value.getClass().getName()
          + " as JSON (value " + value + "): supported are null, String, Number, Boolean, Map, List"
          + " and double[]");
    }
  }

  private static void appendString(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        // Escaping '<' keeps "</script>" inside a string from closing an HTML script block.
        case '<' -> out.append("\\u003c");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}

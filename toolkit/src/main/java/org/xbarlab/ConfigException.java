package org.xbarlab;

/**
 * An invalid configuration value: carries the field, the rejected value and the rule it broke,
 * for example {@code adcBits = 0 is outside 1..16}.
 */
public final class ConfigException extends XbarLabException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String value;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param field the configuration field, as spelled in the API (for example {@code "adcBits"})
   * @param value the rejected value
   * @param rule what a valid value looks like (for example {@code "an integer in 1..16"})
   */
  public ConfigException(String field, Object value, String rule) {
    super(field + " = " + value + " is invalid: expected " + rule);
    this.field = field;
    this.value = String.valueOf(value);
    this.rule = rule;
  }

  /** Returns the name of the rejected field. */
  public String field() {
    return field;
  }

  /** Returns the rejected value as text. */
  public String value() {
    return value;
  }

  /** Returns the rule the value broke. */
  public String rule() {
    return rule;
  }
}

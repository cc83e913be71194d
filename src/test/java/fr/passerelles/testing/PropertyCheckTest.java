package fr.passerelles.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyCheckTest {
  /** Fails on any text with a lone surrogate: about one text in ten of {@link Unicode#anyString}. */
  private static final PropertyCheck.Check<String> NO_LONE_SURROGATE = text -> {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      assertTrue(!Character.isSurrogate(c) || paired, "lone surrogate at " + i);
      i += paired ? 1 : 0;
    }
  };

  @Test
  void a_failure_names_the_property_the_try_the_seed_and_the_escaped_input() {
    AssertionError failure = assertThrows(AssertionError.class,
        () -> PropertyCheck.run("no lone surrogate", 300, 42, Unicode.anyString(0, 20), NO_LONE_SURROGATE));
    String message = failure.getMessage();
    assertTrue(message.startsWith("property 'no lone surrogate' failed on try "), message);
    assertTrue(message.contains(" of 300; replay: -Dfuzz.seed=42"), message);
    assertTrue(message.matches("(?s).*input: \".*\\\\ud[89a-f][0-9a-f]{2}.*\".*lone surrogate at .*"), message);
    assertTrue(failure.getCause() instanceof AssertionError, String.valueOf(failure.getCause()));
  }

  @Test
  void the_same_seed_replays_the_same_failure_and_another_seed_draws_other_inputs() {
    String first = failureOf(42);
    assertEquals(first, failureOf(42));
    assertNotEquals(first, failureOf(43));
    assertNotEquals(drawn("a", 7), drawn("b", 7), "each property has its own stream");
    assertEquals(drawn("a", 7), drawn("a", 7));
  }

  @Test
  void a_passing_property_runs_every_try_and_a_check_that_throws_fails_it() {
    List<Integer> seen = new ArrayList<>();
    PropertyCheck.run("counts", 123, 0, Gen.ints(0, 9), seen::add);
    assertEquals(123, seen.size());
    AssertionError failure = assertThrows(AssertionError.class, () -> PropertyCheck.run("throws", 10, 0, Gen.ints(0, 9), i -> {
      throw new java.io.IOException("boom");
    }));
    assertTrue(failure.getMessage().contains("failed on try 1 of 10"), failure.getMessage());
    assertTrue(failure.getMessage().contains("java.io.IOException: boom"), failure.getMessage());
  }

  @Test
  void a_long_input_is_cut_and_control_chars_and_surrogates_are_escaped() {
    assertEquals("\"a\\u0000b\\ud83d\\ude00\\u200b\\u2028é\"", PropertyCheck.shown("a\u0000b\ud83d\ude00\u200b\u2028é"));
    assertEquals("[x, [y]]", PropertyCheck.shown(new Object[] {"x", new String[] {"y"}}));
    String shown = PropertyCheck.shown("z".repeat(5000));
    assertTrue(shown.length() < PropertyCheck.SHOWN + 20 && shown.endsWith("… (5002 chars)"), shown);
  }

  private static String failureOf(long seed) {
    return assertThrows(AssertionError.class,
        () -> PropertyCheck.run("no lone surrogate", 300, seed, Unicode.anyString(0, 20), NO_LONE_SURROGATE)).getMessage();
  }

  private static List<String> drawn(String name, long seed) {
    List<String> out = new ArrayList<>();
    PropertyCheck.run(name, 20, seed, Unicode.anyString(0, 20), out::add);
    return out;
  }
}

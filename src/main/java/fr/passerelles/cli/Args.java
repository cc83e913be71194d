package fr.passerelles.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Command-line arguments: {@code --name value} or {@code --name=value} flags and positionals. */
public record Args(List<String> positionals, Map<String, String> flags) {

  public static Args parse(List<String> argv) {
    List<String> positionals = new ArrayList<>();
    Map<String, String> flags = new LinkedHashMap<>();
    for (int i = 0; i < argv.size(); i++) {
      String a = argv.get(i);
      if (a.startsWith("--") && a.length() > 2) {
        String name = a.substring(2);
        int eq = name.indexOf('=');
        if (eq > 0) {
          flags.put(name.substring(0, eq), name.substring(eq + 1));
        } else if (i + 1 < argv.size() && !argv.get(i + 1).startsWith("--")) {
          flags.put(name, argv.get(++i));
        } else {
          flags.put(name, "true");
        }
      } else {
        positionals.add(a);
      }
    }
    return new Args(List.copyOf(positionals), Map.copyOf(flags));
  }

  public String positional(int i, String usage) {
    if (i >= positionals.size()) {
      throw new UsageException(usage);
    }
    return positionals.get(i);
  }

  public int intFlag(String name, int defaultValue) {
    String v = flags.get(name);
    if (v == null) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " expects a number, got " + v);
    }
  }
}

package fr.passerelles;

import fr.passerelles.cli.Cli;

/** Entry point: {@code bin/passerelles <command> [options]}; see {@link Cli} for the commands. */
public final class Main {
  private Main() {}

  public static void main(String[] argv) {
    int status = Cli.run(argv);
    if (status != 0) {
      System.exit(status);
    }
  }
}

package fr.passerelles.corpus;

/** Bad corpus input: names the file, the field (JSON path) and the problem. */
public final class CorpusException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient CorpusProblem problem;

  public CorpusException(CorpusProblem problem, Throwable cause) {
    super(problem.toString(), cause);
    this.problem = problem;
  }

  public CorpusProblem problem() {
    return problem;
  }
}

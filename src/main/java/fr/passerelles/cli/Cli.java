package fr.passerelles.cli;

import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.CorpusException;
import fr.passerelles.match.NotFrenchException;
import java.io.IOException;
import fr.passerelles.rome.RomeImportException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Dispatches sub-commands. Output goes to a UTF-8 writer on stdout, errors to stderr. */
public final class Cli {
  static final String USAGE =
      """
      usage: bin/passerelles <command> [options]
        corpus check [--corpus DIR] [--rome DIR|none]   validate the referential, print counts
        index                                           build the indexes (only if inputs changed)
        rome install RefRomeCsv.zip [RefRomeJson.zip] [--to DIR] [--sha256 HEX] [--force]
                                                        install a downloaded ROME release, rebuild the index
        match "texte" | --file F | -                    closest métiers with evidence
                [--limit N] [--type branch|rome] [--family CODE]
        eval [--queries FILE] [--split dev|test|all] [--chains stock,light,minimal,light-nosyn,light-branchnosyn,light-romefusion,light-nobranchvocab]
                                                        match quality on the labelled set
        serve [--port 8080] [--host 127.0.0.1] [--corpus DIR] [--rome DIR|none] [--index DIR]
              [--cors-origins https://a,https://b] [--max-body-bytes N] [--max-text-chars N]
              [--max-page-size N] [--shutdown-timeout SECONDS] [--engine-concurrency N]
                                                     HTTP API (docs/api.md); env PASSERELLES_PORT…
        passerelles CODE [--scope branch|rome|all]      passerelles of a métier by degree
        gap FROM TO                                     shared and missing competences, degree
        personal "CV" | --file F | - [--type branch|rome] [--scope branch|rome|all] [--wish CODE] [--exclude ID,...] [--include ID,...] [--origin CODE]
                                                        closest métier, passerelles minus what the CV shows
        training-needs CODE | CODE=HEADCOUNT ... [--limit N]
                                                        competences to train for, by passerelles per degree
        synthesis > synthesis.csv                       métier × degree × target × competence (CSV)
        sample-cvs [--count 100] [--seed 14]            distinct one-page CVs (NDJSON) for bench/batch.sh
        align                                           alignment of branch competences (CSV)
        eval-mobility [--cases] [--write]               degree agreement, ROME recall@10, latency
          [--key-gaps N [--seed S]] [--ranking-grid] [--ranking-dump N] [--degree-grid]
                                                        key gaps to grade, ranking bonuses, ranking dump,
                                                        field thresholds against the judged degrees
        bench [--folds 5] [--split test|train] [--write docs/quality.md] [--dump FILE.tsv]
              [--sheets N] [--fold F]                   (partial: first N sheets, one fold)
              [--tasks title,masked,...]                (partial: these tasks only)
              [--mask title]                            (partial: mask the title's words only)
                                                        held-out ROME benchmarks, project vs stock
        eval-evidence [--fit] [--write FILE] [--candidates] [--set FILE [--blind]]
                                                        evidence precision / recall on the graded set
                                                        (--blind: every pair of FILE, a batch kept apart)
        eval-search [--split dev|test|all] [--write docs/quality.md] [--dump FILE.tsv] [--queries FILE] [--rules [--sample N]]
                                                        recruiter skill search vs stock: strict P@10, branch métiers
        mine-equivalences [--limit N]                   candidate skill-search equivalences from ROME's tree, to review
        conflation [--pairs FILE]                       word → verb pairs of the derivational conflation
        fit-score [--bench] [--write]                   fit the matcher's fusion on the benchmark's train sheets
        fit-score --branch-extra FILES [--split dev] [--branch-by-kind] [--branch-dev-shares D,... | --branch-dev-share D [--write]]
        fit-score --branch-extra FILES --split all (--branch-confidence | --branch-affinity) [--write]
                                                        the branch fusion fitted on the development set and FILES' branch texts
      options: --corpus DIR (default corpus/), --rome DIR|ARCHIVE|none (env PASSERELLES_ROME_DIR; default
               the release `rome install` installed, else the embedded data/rome/rome-4.0-v460.tar.xz),
               --index DIR (default index/)
      """;

  private Cli() {}

  public static int run(String... argv) {
    PrintWriter out = writer(FileDescriptor.out);
    PrintWriter err = writer(FileDescriptor.err);
    try {
      return run(Arrays.asList(argv), out, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  static int run(List<String> argv, PrintWriter out, PrintWriter err) {
    Args args = Args.parse(argv);
    List<String> pos = args.positionals();
    try {
      if (pos.isEmpty()) {
        throw new UsageException("no command given");
      }
      DataPaths paths = DataPaths.resolve(args.flags(), System.getenv());
      String command = pos.get(0);
      return switch (command) {
        case "corpus" -> {
          if (pos.size() < 2 || !pos.get(1).equals("check")) {
            throw new UsageException("corpus expects: corpus check");
          }
          yield CorpusCheckCommand.run(args, paths, out);
        }
        case "index" -> IndexCommand.run(args, paths, out);
        case "rome" -> {
          if (pos.size() < 2 || !pos.get(1).equals("install")) {
            throw new UsageException("rome expects: " + RomeInstallCommand.USAGE);
          }
          yield RomeInstallCommand.run(args, paths, System.getenv(), out);
        }
        case "match" -> MatchCommand.run(args, paths, out, System.in);
        case "eval" -> EvalCommand.run(args, paths, out);
        case "fit-score" -> FitScoreCommand.run(args, paths, out);
        case "serve" -> ServeCommand.run(args, paths);
        case "align" -> AlignCommand.run(args, paths, out);
        case "gap" -> GapCommand.run(args, paths, out);
        case "passerelles" -> PasserellesCommand.run(args, paths, out);
        case "personal" -> PersonalCommand.run(args, paths, out, System.in);
        case "training-needs" -> TrainingNeedsCommand.run(args, paths, out);
        case "synthesis" -> SynthesisCommand.run(args, paths, out);
        case "sample-cvs" -> SampleCvsCommand.run(args, paths, out);
        case "eval-mobility" -> EvalMobilityCommand.run(args, paths, out);
        case "bench" -> BenchCommand.run(args, paths, out);
        case "eval-evidence" -> EvalEvidenceCommand.run(args, paths, out);
        case "conflation" -> ConflationCommand.run(args, paths, out);
        case "eval-search" -> EvalSearchCommand.run(args, paths, out);
        case "mine-equivalences" -> MineEquivalencesCommand.run(args, paths, out);
        default -> throw new UsageException("unknown command: " + command);
      };
    } catch (UsageException e) {
      err.println(e.getMessage());
      err.print(USAGE);
      return 2;
    } catch (CorpusException | RomeImportException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (NotFrenchException e) {
      err.println("texte refusé : " + e.verdict().reason().description());
      return 3;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private static PrintWriter writer(FileDescriptor fd) {
    return new PrintWriter(new java.io.OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
  }
}

package fr.passerelles.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * CPU time of the one-page CV match for several builds in one JVM, alternated in blocks of {@link
 * #BLOCK} matches: on a shared machine whose load drifts from one minute to the next, runs of two
 * builds one after the other differ by as much as the change measured; alternating them in one
 * process puts both under the same load. Each build is a folder holding {@code target/classes} and
 * {@code target/test-classpath.txt} (as {@code bench/cpu.sh} leaves them), loaded by a class loader
 * of its own; all open the same corpus, ROME release and index folder. The first quarter of the
 * rounds is warm-up. Run with {@code bench/cpu-ab.sh}.
 */
public class MatchCpuAb {
  static final int BLOCK = 20;

  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    List<Path> builds = Arrays.stream(args).skip(1).map(Path::of).toList();
    Path rome = Path.of(System.getProperty("rome.dir", "../shared/data/rome"));
    String cv = Files.readString(Path.of("src/test/resources/bench/cv-one-page.txt"), StandardCharsets.UTF_8);
    int n = builds.size();
    Object[] matchers = new Object[n];
    Object[] options = new Object[n];
    Method[] match = new Method[n];
    for (int i = 0; i < n; i++) {
      List<URL> urls = new ArrayList<>();
      urls.add(builds.get(i).resolve("target/classes/").toUri().toURL());
      for (String jar : Files.readString(builds.get(i).resolve("target/test-classpath.txt")).trim().split(":")) {
        urls.add(Path.of(jar).toUri().toURL());
      }
      ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      Thread.currentThread().setContextClassLoader(loader); // OpenNLP loads the feature generators through it
      Class<?> paths = loader.loadClass("fr.passerelles.config.DataPaths");
      Object dataPaths = paths.getConstructor(Path.class, Optional.class, Path.class)
          .newInstance(Path.of("corpus"), Optional.of(rome), Path.of("index/jmh"));
      Class<?> passerelles = loader.loadClass("fr.passerelles.Passerelles");
      Object engine = passerelles.getMethod("open", paths).invoke(null, dataPaths);
      matchers[i] = passerelles.getMethod("textMatcher").invoke(engine);
      Class<?> matchOptions = loader.loadClass("fr.passerelles.match.MatchOptions");
      options[i] = matchOptions.getField("DEFAULT").get(null);
      match[i] = matchers[i].getClass().getMethod("match", String.class, matchOptions);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<List<Double>> ms = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ms.add(new ArrayList<>());
    }
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < n; i++) {
        for (int b = 0; b < BLOCK; b++) {
          long t = mx.getCurrentThreadCpuTime();
          match[i].invoke(matchers[i], cv, options[i]);
          double cpu = (mx.getCurrentThreadCpuTime() - t) / 1e6;
          if (r >= rounds / 4) {
            ms.get(i).add(cpu);
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      double[] v = ms.get(i).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf("%s matchOnePageCv CPU ms/op: p10 %.2f p25 %.2f p50 %.2f mean %.2f (%d measured, alternated)%n",
          builds.get(i), v[v.length / 10], v[v.length / 4], v[v.length / 2], Arrays.stream(v).average().orElse(0), v.length);
    }
  }
}

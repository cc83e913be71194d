package fr.passerelles.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Latent semantic analysis of the indexed sheets: the sheet × term matrix of the body fields
 * (log tf · idf, each sheet's row of unit length), reduced by a truncated SVD to {@code k}
 * dimensions, so that two words the sheets use in the same company (a trade's tasks and its
 * tools) land near each other and a text can be near a sheet whose words it does not share.
 *
 * <p>Built from what the sheets index holds, when a generation is opened, never from the raw
 * release: a text held out of the index (the benchmark's definitions) cannot enter it. A query is
 * folded in ({@code q · V_k}) and compared by cosine with each sheet's row of {@code U_k Σ_k}.
 * Immutable once built; {@link #similarities} is thread-safe.
 */
public final class LatentModel {
  /** Dimensions kept. */
  public static final int DEFAULT_RANK = 200;
  /**
   * Fields read, each occurrence counting by its weight: the body only. With the names (title,
   * appellations) the texts that name no job ranked worse (docs/matching.md §4).
   */
  static final Map<String, Float> DEFAULT_FIELDS = Map.of(
      IndexFields.DESCRIPTION, 1f, IndexFields.ACTIVITIES, 1f, IndexFields.COMPETENCES, 1f);
  /** Oversampling and power iterations of the randomized range finder (Halko et al. 2011). */
  private static final int OVERSAMPLE = 10;
  private static final int POWER_ITERATIONS = 3;
  private static final long SEED = 20261205L;

  /** Term → its column; a term in fewer than two sheets has idf 0 and is left out. */
  private final Map<String, Integer> termIndex;
  private final double[] idf;
  /** Term → its row of {@code V_k}, row-major {@code [term * rank + j]}. */
  private final float[] termVectors;
  /** Sheet doc → its row of {@code U_k Σ_k}, unit length (zeros for an empty sheet). */
  private final float[] sheetVectors;
  /**
   * The same rows by dimension ({@code [j * sheets + d]}): the cosines with every sheet then run
   * one dimension at a time over all sheets, loops the JIT turns into vector instructions.
   */
  private final float[] byDimension;
  private final int rank;
  private final int sheets;

  private LatentModel(Map<String, Integer> termIndex, double[] idf, float[] termVectors, float[] sheetVectors, int rank,
      int sheets) {
    this.termIndex = termIndex;
    this.idf = idf;
    this.termVectors = termVectors;
    this.sheetVectors = sheetVectors;
    this.rank = rank;
    this.sheets = sheets;
    this.byDimension = byDimension(sheetVectors, sheets, rank);
  }

  /** The default model of a sheets index. */
  static LatentModel of(IndexReader reader) throws IOException {
    return of(reader, DEFAULT_FIELDS, DEFAULT_RANK);
  }

  /**
   * @param fields field → weight of one occurrence there
   * @param rank dimensions kept (fewer when the matrix has fewer sheets)
   */
  public static LatentModel of(IndexReader reader, Map<String, Float> fields, int rank) throws IOException {
    int n = reader.maxDoc();
    // sheet × term weighted frequencies, read from the postings of each field
    Map<String, Integer> termIndex = new HashMap<>();
    List<Map<Integer, Double>> rows = new ArrayList<>(n);
    for (int d = 0; d < n; d++) {
      rows.add(new HashMap<>());
    }
    for (Map.Entry<String, Float> field : new java.util.TreeMap<>(fields).entrySet()) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field.getKey());
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          String term = t.utf8ToString();
          if (!isWord(term)) {
            continue;
          }
          int col = termIndex.computeIfAbsent(term, k -> termIndex.size());
          pe = te.postings(pe, PostingsEnum.FREQS);
          for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
            rows.get(leaf.docBase + doc).merge(col, (double) field.getValue() * pe.freq(), Double::sum);
          }
        }
      }
    }
    int m = termIndex.size();
    int[] df = new int[m];
    for (Map<Integer, Double> row : rows) {
      row.keySet().forEach(c -> df[c]++);
    }
    double[] idf = new double[m];
    for (int c = 0; c < m; c++) {
      // a word of a single sheet relates nothing: it only adds noise to the factorisation
      idf[c] = df[c] < 2 ? 0 : Math.log((double) n / df[c]);
    }
    Sparse a = Sparse.of(rows, idf, m);
    int r = Math.max(1, Math.min(rank, Math.min(n, m) - OVERSAMPLE));
    double[][] v = a.topRightSingularVectors(r, SEED); // m × r
    float[] termVectors = new float[m * r];
    for (int c = 0; c < m; c++) {
      for (int j = 0; j < r; j++) {
        termVectors[c * r + j] = (float) v[c][j];
      }
    }
    float[] sheetVectors = new float[n * r];
    for (int d = 0; d < n; d++) {
      double[] x = a.rowTimes(d, v, r); // A V = U Σ
      normalise(x);
      for (int j = 0; j < r; j++) {
        sheetVectors[d * r + j] = (float) x[j];
      }
    }
    return new LatentModel(Map.copyOf(termIndex), idf, termVectors, sheetVectors, r, n);
  }

  /** Numbers and one-letter tokens say nothing of a trade. */
  private static boolean isWord(String term) {
    return term.length() > 1 && Character.isLetter(term.charAt(0));
  }

  public int rank() {
    return rank;
  }

  /** Whether the model relates this analyzed term to others (it is in at least two sheets). */
  public boolean knows(String term) {
    Integer c = termIndex.get(term);
    return c != null && idf[c] > 0;
  }

  /** Terms the model knows (in at least two sheets). */
  public int terms() {
    return (int) java.util.Arrays.stream(idf).filter(x -> x > 0).count();
  }

  /**
   * Cosine between the folded-in text and every sheet, by sheet doc; all zeros when no term of
   * the text is known.
   *
   * @param counts analyzed term → its (weighted) frequency in the text
   */
  public double[] similarities(Map<String, Double> counts) {
    double[] q = new double[rank];
    boolean any = false;
    for (Map.Entry<String, Double> e : counts.entrySet()) {
      Integer c = termIndex.get(e.getKey());
      if (c == null || idf[c] == 0 || e.getValue() <= 0) {
        continue;
      }
      double w = logTf(e.getValue()) * idf[c];
      int base = c * rank;
      for (int j = 0; j < rank; j++) {
        q[j] += w * termVectors[base + j];
      }
      any = true;
    }
    if (!any || normalise(q) == 0) {
      return new double[sheets];
    }
    return cosines(q);
  }

  /**
   * Cosine between one sheet's latent row and every sheet's, by sheet doc (rows are unit length, so
   * the dot product is the cosine): how near two sheets are in meaning, not only in shared words.
   */
  public double[] sheetSimilarities(int doc) {
    double[] q = new double[rank];
    for (int j = 0; j < rank; j++) {
      q[j] = sheetVectors[doc * rank + j];
    }
    return cosines(q);
  }

  /**
   * The unit vector {@code q}'s dot product with every sheet's row, by sheet doc: for each sheet,
   * four running sums (dimension j into sum j mod 4, the dimensions past the last multiple of four
   * into the first), added as (s0 + s1) + (s2 + s3). Four sums keep the core busy where one would
   * wait on each addition; the order is fixed, so the result does not depend on the machine. The
   * sums of all sheets advance together, one dimension at a time over {@link #byDimension}: each
   * sheet's additions are the same, in the same order, as a row-by-row loop's.
   */
  private double[] cosines(double[] q) {
    return cosines(q, byDimension, sheets);
  }

  /** Rows of {@code rank} values, {@code [d * rank + j]}, by dimension: {@code [j * rows + d]}. */
  static float[] byDimension(float[] rowMajor, int rows, int rank) {
    float[] out = new float[rowMajor.length];
    for (int d = 0; d < rows; d++) {
      for (int j = 0; j < rank; j++) {
        out[j * rows + d] = rowMajor[d * rank + j];
      }
    }
    return out;
  }

  /** {@link #cosines(double[])} over rows laid out by {@link #byDimension}. */
  static double[] cosines(double[] q, float[] byDimension, int sheets) {
    int n = q.length;
    int full = n - n % 4;
    double[][] sums = new double[4][sheets];
    for (int j = 0; j < n; j++) {
      double[] s = sums[j < full ? j % 4 : 0];
      double qj = q[j];
      int base = j * sheets;
      for (int d = 0; d < sheets; d++) {
        s[d] += qj * byDimension[base + d];
      }
    }
    double[] out = new double[sheets];
    for (int d = 0; d < sheets; d++) {
      out[d] = (sums[0][d] + sums[1][d]) + (sums[2][d] + sums[3][d]);
    }
    return out;
  }

  static double logTf(double tf) {
    return tf >= 1 ? 1 + Math.log(tf) : tf;
  }

  private static double normalise(double[] x) {
    double norm = 0;
    for (double v : x) {
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int i = 0; i < x.length; i++) {
        x[i] /= norm;
      }
    }
    return norm;
  }

  /** The weighted sheet × term matrix in compressed rows, each row of unit length. */
  private record Sparse(int[][] cols, double[][] vals, int m) {
    static Sparse of(List<Map<Integer, Double>> rows, double[] idf, int m) {
      int n = rows.size();
      int[][] cols = new int[n][];
      double[][] vals = new double[n][];
      for (int d = 0; d < n; d++) {
        List<Integer> cs = new ArrayList<>(new java.util.TreeSet<>(rows.get(d).keySet()));
        cs.removeIf(c -> idf[c] == 0);
        cols[d] = cs.stream().mapToInt(Integer::intValue).toArray();
        vals[d] = new double[cols[d].length];
        for (int i = 0; i < cols[d].length; i++) {
          vals[d][i] = logTf(rows.get(d).get(cols[d][i])) * idf[cols[d][i]];
        }
        normalise(vals[d]);
      }
      return new Sparse(cols, vals, m);
    }

    int n() {
      return cols.length;
    }

    /** Row {@code d} times the m × r matrix {@code x}. */
    double[] rowTimes(int d, double[][] x, int r) {
      double[] out = new double[r];
      for (int i = 0; i < cols[d].length; i++) {
        double v = vals[d][i];
        double[] xr = x[cols[d][i]];
        for (int j = 0; j < r; j++) {
          out[j] += v * xr[j];
        }
      }
      return out;
    }

    /** A (n × m) times x (m × l). */
    double[][] times(double[][] x, int l) {
      double[][] out = new double[n()][];
      for (int d = 0; d < n(); d++) {
        out[d] = rowTimes(d, x, l);
      }
      return out;
    }

    /** Aᵀ (m × n) times y (n × l). */
    double[][] transposeTimes(double[][] y, int l) {
      double[][] out = new double[m][l];
      for (int d = 0; d < n(); d++) {
        double[] yr = y[d];
        for (int i = 0; i < cols[d].length; i++) {
          double v = vals[d][i];
          double[] o = out[cols[d][i]];
          for (int j = 0; j < l; j++) {
            o[j] += v * yr[j];
          }
        }
      }
      return out;
    }

    /**
     * The first {@code r} right singular vectors (m × r), by a randomized range finder with power
     * iterations, then the eigenvectors of the small {@code B Bᵀ} (Jacobi).
     */
    double[][] topRightSingularVectors(int r, long seed) {
      int l = Math.min(r + OVERSAMPLE, Math.min(n(), m));
      SplittableRandom random = new SplittableRandom(seed);
      double[][] omega = new double[m][l];
      for (double[] row : omega) {
        for (int j = 0; j < l; j++) {
          row[j] = gaussian(random);
        }
      }
      double[][] y = orthonormalColumns(times(omega, l));
      for (int p = 0; p < POWER_ITERATIONS; p++) {
        y = orthonormalColumns(times(transposeTimes(y, l), l)); // subspace iteration on A Aᵀ
      }
      double[][] bt = transposeTimes(y, l); // Bᵀ = Aᵀ Q, m × l
      double[][] c = new double[l][l]; // B Bᵀ
      for (double[] row : bt) {
        for (int i = 0; i < l; i++) {
          double ri = row[i];
          if (ri == 0) {
            continue;
          }
          for (int j = i; j < l; j++) {
            c[i][j] += ri * row[j];
          }
        }
      }
      for (int i = 0; i < l; i++) {
        for (int j = 0; j < i; j++) {
          c[i][j] = c[j][i];
        }
      }
      SymmetricEigen eigen = SymmetricEigen.of(c);
      int[] order = eigen.descending();
      // V = Bᵀ W Σ⁻¹
      double[][] v = new double[m][r];
      for (int j = 0; j < r; j++) {
        int e = order[j];
        double sigma = Math.sqrt(Math.max(eigen.values()[e], 0));
        if (sigma < 1e-12) {
          continue;
        }
        for (int t = 0; t < m; t++) {
          double s = 0;
          double[] row = bt[t];
          for (int i = 0; i < l; i++) {
            s += row[i] * eigen.vectors()[i][e];
          }
          v[t][j] = s / sigma;
        }
      }
      return v;
    }
  }

  private static double gaussian(SplittableRandom random) {
    double u = random.nextDouble();
    double w = random.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * w);
  }

  /** Gram–Schmidt (modified, twice) on the columns of x (rows × l); returns x, orthonormal. */
  static double[][] orthonormalColumns(double[][] x) {
    int rows = x.length;
    int l = rows == 0 ? 0 : x[0].length;
    double[][] col = new double[l][rows]; // column-major: each column contiguous
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < l; j++) {
        col[j][i] = x[i][j];
      }
    }
    for (int j = 0; j < l; j++) {
      double[] cj = col[j];
      for (int pass = 0; pass < 2; pass++) {
        for (int k = 0; k < j; k++) {
          double[] ck = col[k];
          double dot = 0;
          for (int i = 0; i < rows; i++) {
            dot += cj[i] * ck[i];
          }
          for (int i = 0; i < rows; i++) {
            cj[i] -= dot * ck[i];
          }
        }
      }
      double norm = 0;
      for (double v : cj) {
        norm += v * v;
      }
      norm = Math.sqrt(norm);
      for (int i = 0; i < rows; i++) {
        cj[i] = norm > 1e-12 ? cj[i] / norm : 0;
      }
    }
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < l; j++) {
        x[i][j] = col[j][i];
      }
    }
    return x;
  }
}

package fr.passerelles.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * The French stemmers the chain can use; both keep tokens marked as keywords. Which one serves is
 * decided by the evaluation, {@link #LIGHT} until then.
 */
public enum StemmerVariant {
  /**
   * Savoy's "UniNE" light stemmer: plurals, feminines and the common derivational endings ({@code
   * animatrice → animateur}, {@code infirmière → infirmier}, {@code régulation → régul}).
   */
  LIGHT {
    @Override
    public TokenStream wrap(TokenStream in) {
      return new FrenchLightStemFilter(in);
    }
  },
  /** Savoy's minimal stemmer: plurals and a final {@code e}/{@code é}/{@code r} only. */
  MINIMAL {
    @Override
    public TokenStream wrap(TokenStream in) {
      return new FrenchMinimalStemFilter(in);
    }
  },
  /**
   * The Snowball (Porter-style) French stemmer, heavier than {@link #LIGHT}: a variant for the
   * evaluation's ablation ({@code eval --chains snowball}), never a default by itself.
   */
  SNOWBALL {
    @Override
    public TokenStream wrap(TokenStream in) {
      return new SnowballFilter(in, new FrenchStemmer());
    }
  };

  /** The default until the evaluation decides. */
  public static final StemmerVariant DEFAULT = LIGHT;

  /** Returns {@code in} followed by this stemmer. */
  public abstract TokenStream wrap(TokenStream in);
}

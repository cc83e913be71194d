/**
 * The French analysis chain of Passerelles: job sheets and CVs of the <i>branche Assistance</i>.
 *
 * <p>One concern per component. Each step of our own is a triad: a pure {@code …Normalizer} (no
 * Lucene types), a final {@code …CharFilter} that only wraps it, and a {@code …Factory} registered
 * by SPI name. {@link fr.passerelles.analysis.PasserellesAnalyzer} assembles the chain; {@link
 * fr.passerelles.analysis.FrenchBaseline} is the stock Lucene analyzer the evaluation compares it
 * with. See {@code docs/analysis.md}.
 */
package fr.passerelles.analysis;

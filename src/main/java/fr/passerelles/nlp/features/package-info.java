/**
 * Drop-in replacements for two OpenNLP feature generators of the French POS model, producing the
 * very same features faster; {@link fr.passerelles.nlp.NlpModels} names them in the model's
 * feature descriptor in place of the stock ones.
 */
package fr.passerelles.nlp.features;

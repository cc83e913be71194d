package fr.passerelles.api.dto;

import java.util.List;

/**
 * Body of {@code POST /passerelles}.
 *
 * @param type {@code branch} (default) or {@code rome}: where the closest métier is sought
 * @param scope {@code branch}, {@code rome} or {@code all}: where computed passerelles are sought
 *     (default: the closest métier's kind)
 * @param wish code of the métier the person wants to reach (branch métier, sub-sheet or ROME)
 * @param exclude competence ids the person says they do not master
 * @param include competence ids the person holds that the text did not show
 * @param full every missing competence of each passerelle (as {@code ?full=true})
 * @param origin code of the métier the person chose as theirs: passerelles and gaps are computed
 *     from it, with what the text shows and the corrections, instead of from the text's closest one
 */
public record PersonalRequest(
    String text, String type, String scope, String wish, List<String> exclude, List<String> include, Boolean full,
    String origin) {}

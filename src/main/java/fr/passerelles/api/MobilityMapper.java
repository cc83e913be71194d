package fr.passerelles.api;

import fr.passerelles.api.dto.AiExposureDto;
import fr.passerelles.api.dto.ClassificationDto;
import fr.passerelles.api.dto.DegreeDto;
import fr.passerelles.api.dto.DegreeGroupDto;
import fr.passerelles.api.dto.EvidencedDto;
import fr.passerelles.api.dto.FieldDto;
import fr.passerelles.api.dto.FieldGapDto;
import fr.passerelles.api.dto.GapCompetenceDto;
import fr.passerelles.api.dto.GapDto;
import fr.passerelles.api.dto.MobilityTargetDto;
import fr.passerelles.api.dto.MobilityAreaDto;
import fr.passerelles.api.dto.MobilityPasserelleDto;
import fr.passerelles.api.dto.PersonalMobilityDto;
import fr.passerelles.api.dto.StatedMoveDto;
import fr.passerelles.mobility.AiExposure;
import fr.passerelles.mobility.ClassificationCheck;
import fr.passerelles.mobility.CompetenceField;
import fr.passerelles.mobility.Gap;
import fr.passerelles.mobility.GapCompetence;
import fr.passerelles.mobility.MetierRef;
import fr.passerelles.mobility.MobilityArea;
import fr.passerelles.mobility.Passerelle;
import fr.passerelles.mobility.PersonalMobility;

/** Mobility results → DTOs (no domain object leaves the API). */
final class MobilityMapper {
  /** Prerequisites listed per passerelle unless the full lists are asked for (heaviest first). */
  static final int KEY_PREREQUISITES = 3;

  private MobilityMapper() {}

  /** @param full every missing competence of each passerelle, else only its key gaps */
  static MobilityAreaDto area(MobilityArea a, boolean full) {
    return new MobilityAreaDto(ref(a.origin()), a.classificationLevel(),
        a.degrees().stream().map(g -> new DegreeGroupDto(g.degree(), g.label(),
            g.passerelles().stream().map(p -> passerelle(p, full)).toList())).toList(),
        a.unresolved().stream().map(m -> new StatedMoveDto(m.text(), m.reference())).toList(),
        a.classification() == null ? null : a.classification().grade(),
        a.classification() == null ? null : a.classification().basis(), full);
  }

  static PersonalMobilityDto personal(PersonalMobility p, boolean full) {
    return new PersonalMobilityDto(wish(p.wish(), full), ref(p.closest()), p.matchScore(), p.matchConfident(),
        p.scope().json(),
        corrections(p.corrections()), area(p.area(), full));
  }

  private static fr.passerelles.api.dto.WishDto wish(fr.passerelles.mobility.WishRoute w, boolean full) {
    return w == null ? null : new fr.passerelles.api.dto.WishDto(ref(w.target()), w.amongPasserelles(),
        w.move() == null ? null : passerelle(w.move(), full),
        w.path().stream().map(s -> new fr.passerelles.api.dto.WishStepDto(ref(s.from()), ref(s.to()), s.degree(),
            s.source())).toList(), w.pathDegree());
  }

  private static fr.passerelles.api.dto.CorrectionsDto corrections(PersonalMobility.Corrections c) {
    return new fr.passerelles.api.dto.CorrectionsDto(
        c.excluded().stream().map(x -> new fr.passerelles.api.dto.CorrectedCompetenceDto(x.id(), x.text())).toList(),
        c.included().stream().map(x -> new fr.passerelles.api.dto.CorrectedCompetenceDto(x.id(), x.text())).toList(),
        ref(c.textClosest()), c.textScore());
  }

  static GapDto gap(Gap g) {
    return new GapDto(ref(g.from()), ref(g.to()), g.overlap(), g.coverage(), g.comparable(),
        g.shared().stream().map(c -> competence(c, false)).toList(),
        g.missing().stream().map(c -> competence(c, keyIds(g.keyGaps()).contains(c.id()))).toList(),
        g.fields().stream().map(f -> new FieldGapDto(field(f.field()), f.targetShare(), f.originShare(), f.missing(), f.isNew())).toList(),
        g.newFields().stream().map(MobilityMapper::field).toList(),
        g.degree() == null ? null : new DegreeDto(g.degree().value(), g.degree().label(), g.degree().newFields()),
        classification(g.classification()),
        g.keyGaps().stream().map(c -> competence(c, true)).toList(),
        g.prerequisites().stream().map(c -> competence(c, false)).toList(),
        g.regulation() == null ? null : g.regulation().basis());
  }

  private static java.util.Set<String> keyIds(java.util.List<GapCompetence> keys) {
    return keys.stream().map(GapCompetence::id).collect(java.util.stream.Collectors.toSet());
  }

  /** Needs listed per module (highest score first); the flat list has them all. */
  static final int MODULE_NEEDS = 10;

  static fr.passerelles.api.dto.TrainingNeedsDto trainingNeeds(fr.passerelles.mobility.TrainingNeeds t) {
    return new fr.passerelles.api.dto.TrainingNeedsDto(
        t.population().stream().map(h -> new fr.passerelles.api.dto.HeadcountDto(h.metier(), h.people())).toList(),
        t.modules().stream().map(m -> new fr.passerelles.api.dto.TrainingModuleDto(field(m.area()), m.label(), m.score(),
            m.needs().size(), m.needs().stream().limit(MODULE_NEEDS).map(MobilityMapper::need).toList(), m.targets(),
            m.certifications())).toList(),
        t.needs().stream().map(MobilityMapper::need).toList(),
        t.certifications().stream().map(c -> new fr.passerelles.api.dto.CertificationDto(c.id(), c.text(), c.source(),
            c.weight(), c.targets())).toList());
  }

  static fr.passerelles.api.dto.TrainingNeedDto need(fr.passerelles.mobility.TrainingNeed n) {
    return new fr.passerelles.api.dto.TrainingNeedDto(n.competenceId(), n.text(), n.kind(), field(n.field()),
        field(n.area()), n.degree1(), n.degree2(), n.degree3(), n.toAcquire(), n.toDeepen(), n.weight(), n.score(),
        n.targets());
  }

  private static MobilityPasserelleDto passerelle(Passerelle p, boolean full) {
    java.util.Set<String> keys = keyIds(p.keyGaps());
    int acquire = (int) p.missing().stream().filter(c -> c.action() == GapCompetence.Action.ACQUIRE).count();
    return new MobilityPasserelleDto(ref(p.target()), p.degree(), p.statedDegree(), p.computedDegree(), p.source(),
        p.references(), p.statedText(), p.overlap(), p.coverage(),
        (full ? p.missing() : p.keyGaps()).stream().map(c -> competence(c, keys.contains(c.id()))).toList(),
        p.newFields().stream().map(MobilityMapper::field).toList(),
        classification(p.classification()), exposure(p.aiExposure()), p.gapKnown(),
        p.evidenced().stream().map(e -> new EvidencedDto(e.competenceId(), e.text(),
            e.sentence().start(), e.sentence().end(), e.sentence().text(), e.strength())).toList(),
        p.missing().size(), acquire, p.missing().size() - acquire,
        p.prerequisites().stream().limit(full ? Long.MAX_VALUE : KEY_PREREQUISITES).map(c -> competence(c, false)).toList(),
        p.prerequisites().size(),
        p.regulation() == null ? null : p.regulation().basis(), p.degreeContradicted());
  }

  static MobilityTargetDto target(MetierRef r) {
    return ref(r);
  }

  private static MobilityTargetDto ref(MetierRef r) {
    return r == null ? null : new MobilityTargetDto(r.id(), r.type().json(), r.title(), r.metier2024());
  }

  private static FieldDto field(CompetenceField f) {
    return f == null ? null : new FieldDto(f.code(), f.label(), f.domaine(), f.domaineLabel());
  }

  private static GapCompetenceDto competence(GapCompetence c, boolean key) {
    return new GapCompetenceDto(c.id(), c.text(), c.kind(), Math.round(c.weight() * 10_000) / 10_000.0, field(c.field()),
        c.action() == null ? null : c.action().json(), c.coveredBy(), field(c.area()), c.relatedTo(), key);
  }

  private static ClassificationDto classification(ClassificationCheck c) {
    return c == null ? null : new ClassificationDto(c.status().json(), c.fromLevel(), c.toLevel(), c.fromGrade(),
        c.toGrade());
  }

  private static AiExposureDto exposure(AiExposure e) {
    return e == null ? null : new AiExposureDto(e.metier2024(), e.pwcScore(), e.pwcClassification(),
        e.expertScore(), e.expertClassification());
  }
}

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
  private MobilityMapper() {}

  static MobilityAreaDto area(MobilityArea a) {
    return new MobilityAreaDto(ref(a.origin()), a.classificationLevel(),
        a.degrees().stream().map(g -> new DegreeGroupDto(g.degree(), g.label(),
            g.passerelles().stream().map(MobilityMapper::passerelle).toList())).toList(),
        a.unresolved().stream().map(m -> new StatedMoveDto(m.text(), m.reference())).toList());
  }

  static PersonalMobilityDto personal(PersonalMobility p) {
    return new PersonalMobilityDto(ref(p.closest()), p.matchScore(), area(p.area()));
  }

  static GapDto gap(Gap g) {
    return new GapDto(ref(g.from()), ref(g.to()), g.overlap(), g.coverage(), g.comparable(),
        g.shared().stream().map(MobilityMapper::competence).toList(),
        g.missing().stream().map(MobilityMapper::competence).toList(),
        g.fields().stream().map(f -> new FieldGapDto(field(f.field()), f.targetShare(), f.originShare(), f.missing(), f.isNew())).toList(),
        g.newFields().stream().map(MobilityMapper::field).toList(),
        new DegreeDto(g.degree().value(), g.degree().label(), g.degree().newFields()),
        classification(g.classification()));
  }

  static fr.passerelles.api.dto.TrainingNeedsDto trainingNeeds(fr.passerelles.mobility.TrainingNeeds t) {
    return new fr.passerelles.api.dto.TrainingNeedsDto(
        t.population().stream().map(h -> new fr.passerelles.api.dto.HeadcountDto(h.metier(), h.people())).toList(),
        t.needs().stream().map(n -> new fr.passerelles.api.dto.TrainingNeedDto(n.competenceId(), n.text(), n.kind(),
            field(n.field()), n.degree1(), n.degree2(), n.degree3(), n.toAcquire(), n.toDeepen(), n.weight(),
            n.targets())).toList());
  }

  private static MobilityPasserelleDto passerelle(Passerelle p) {
    return new MobilityPasserelleDto(ref(p.target()), p.degree(), p.statedDegree(), p.computedDegree(), p.source(),
        p.references(), p.statedText(), p.overlap(), p.coverage(),
        p.missing().stream().map(MobilityMapper::competence).toList(),
        p.newFields().stream().map(MobilityMapper::field).toList(),
        classification(p.classification()), exposure(p.aiExposure()), p.gapKnown(),
        p.evidenced().stream().map(e -> new EvidencedDto(e.competenceId(), e.text(),
            e.sentence().start(), e.sentence().end(), e.sentence().text(), e.strength())).toList());
  }

  private static MobilityTargetDto ref(MetierRef r) {
    return r == null ? null : new MobilityTargetDto(r.id(), r.type().json(), r.title(), r.metier2024());
  }

  private static FieldDto field(CompetenceField f) {
    return f == null ? null : new FieldDto(f.code(), f.label(), f.domaine(), f.domaineLabel());
  }

  private static GapCompetenceDto competence(GapCompetence c) {
    return new GapCompetenceDto(c.id(), c.text(), c.kind(), c.weight(), field(c.field()),
        c.action() == null ? null : c.action().json(), c.coveredBy());
  }

  private static ClassificationDto classification(ClassificationCheck c) {
    return c == null ? null : new ClassificationDto(c.status().json(), c.fromLevel(), c.toLevel());
  }

  private static AiExposureDto exposure(AiExposure e) {
    return e == null ? null : new AiExposureDto(e.metier2024(), e.pwcScore(), e.pwcClassification(),
        e.expertScore(), e.expertClassification());
  }
}

package org.edubalance.core.zoningstudy;

import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;

/**
 * A block found on the public zone page: its zone in the approved plan of the latest plan year of its county and
 * grade. No person is named; the zone's id is its school's code.
 *
 * @param studyId the study whose approved plan it is
 * @param county the county
 * @param grade the entry grade
 * @param planYear the year the zones are for
 * @param blockId the block
 * @param blockName its name
 * @param school the school of its zone
 */
public record PublicBlockZone(
        long studyId,
        RegionCode county,
        EntryGrade grade,
        int planYear,
        String blockId,
        String blockName,
        String school) {}

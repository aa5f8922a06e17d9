package org.edubalance.core.pairingrecord;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.edubalance.core.region.RegionCode;

/**
 * Port: the pairings of the counties and their activity logs (implemented by the persistence module). Writes join
 * the caller's transaction, so a caller writing several pairings and their audit entries keeps all or none.
 */
public interface Pairings {

    /** Stores {@code pairing} (its id is ignored); answers its id. */
    long add(Pairing pairing);

    /** The pairing {@code id}. */
    Optional<Pairing> find(long id);

    /** The pairings of {@code county}, by start year, segment, mentor and mentee. */
    List<Pairing> ofCounty(RegionCode county);

    /** Replaces the agreement of pairing {@code id}; false when there is none. */
    boolean updateAgreement(long id, Agreement agreement);

    /** Ends pairing {@code id} after school year {@code endYear}; false when there is none. */
    boolean end(long id, int endYear);

    /** Deletes pairing {@code id} with its activity log; false when there is none. */
    boolean delete(long id);

    /** Appends {@code activity} to its pairing's log (its id is ignored); answers its id. */
    long addActivity(PairingActivity activity);

    /** The log of pairing {@code pairingId}, newest first. */
    List<PairingActivity> activities(long pairingId);

    /** How many log entries each pairing of {@code county} has, by pairing id (pairings without entries left out). */
    Map<Long, Integer> activityCounts(RegionCode county);
}

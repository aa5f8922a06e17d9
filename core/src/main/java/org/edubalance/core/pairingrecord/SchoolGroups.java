package org.edubalance.core.pairingrecord;

import java.util.List;
import java.util.Optional;
import org.edubalance.core.region.RegionCode;

/** Port: the school groups of the counties (implemented by the persistence module); writes join the caller's transaction. */
public interface SchoolGroups {

    /** Stores {@code group} (its id is ignored); answers its id. */
    long add(SchoolGroup group);

    /** The group {@code id}. */
    Optional<SchoolGroup> find(long id);

    /** The groups of {@code county}, by start year and name. */
    List<SchoolGroup> ofCounty(RegionCode county);

    /** Ends group {@code id} after school year {@code endYear}; false when there is none. */
    boolean end(long id, int endYear);

    /** Deletes group {@code id}; false when there is none. */
    boolean delete(long id);
}

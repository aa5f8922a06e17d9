package org.edubalance.core.rotation;

import java.util.List;
import java.util.Optional;
import org.edubalance.core.region.RegionCode;

/**
 * Port: the rotation planning jobs with their rotation inputs (implemented by the persistence module). Their
 * lifecycle — claim, progress, result, approval — is every kind's, {@link org.edubalance.core.planning.PlanningJobs}.
 */
public interface RotationJobs {

    /** Stores {@code request} as a new queued rotation job with its locks; returns its id. */
    long add(RotationJobRequest request);

    /** The rotation job {@code id}, with its result, when held (a job of another kind is not one). */
    Optional<RotationJob> find(long id);

    /** The newest jobs of {@code county} and {@code year} first, at most {@code limit}, without their results. */
    List<RotationJob> ofCounty(RegionCode county, int year, int limit);
}

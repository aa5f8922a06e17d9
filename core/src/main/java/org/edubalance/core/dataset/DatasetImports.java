package org.edubalance.core.dataset;

import java.util.List;

/** Port: the provenance of every imported file (implemented by the persistence module). */
public interface DatasetImports {

    /** Stores {@code provenance} and returns it with its id. */
    DatasetImport add(DatasetImport provenance);

    /** Every import, newest first. */
    List<DatasetImport> all();
}

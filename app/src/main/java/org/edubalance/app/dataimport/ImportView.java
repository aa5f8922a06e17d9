package org.edubalance.app.dataimport;

import java.util.List;
import org.edubalance.app.web.IssueResponse;
import org.jspecify.annotations.Nullable;

/**
 * The import page: the upload form, the outcome of the last upload, and the imports so far.
 *
 * @param rejected the validation report of a refused file (nothing was stored); empty otherwise
 * @param rejectedFile the refused file's name
 * @param errorCount errors in the report (the table may be capped)
 * @param problem a refusal without a report (not a spreadsheet, too large, unknown county), as the service words it
 * @param pending an upload waiting for confirmation to replace years held
 * @param stored the import just stored
 * @param history every import, newest first
 */
public record ImportView(
        List<IssueResponse> rejected,
        @Nullable String rejectedFile,
        long errorCount,
        @Nullable String problem,
        @Nullable PendingImport pending,
        @Nullable ImportResponse stored,
        List<ImportResponse> history) {}

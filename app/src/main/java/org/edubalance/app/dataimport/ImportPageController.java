package org.edubalance.app.dataimport;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.Attachment;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.app.web.IssueResponse;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.school.SchoolTemplate;
import org.edubalance.dataimport.staff.TeacherTemplate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page (planners and administrators): upload a school or county-inputs file; a file with errors shows its
 * validation report and stores nothing; a file holding years already stored waits for an explicit confirmation before
 * it replaces them; the Excel template in the page's language.
 */
@Controller
final class ImportPageController {
    static final String PENDING = "edubalance.pendingImport";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImportService imports;
    private final UploadDirectory uploads;

    ImportPageController(ImportService imports, UploadDirectory uploads) {
        this.imports = imports;
        this.uploads = uploads;
    }

    @GetMapping("/import")
    String page(HttpSession session, Model model) {
        model.addAttribute("page", view(List.of(), null, 0, null, pending(session), null));
        return "dataimport/import";
    }

    @PostMapping("/import")
    String upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "schools") String kind,
            @AuthenticationPrincipal AccountDetails user,
            HttpSession session,
            HttpServletResponse response,
            Model model)
            throws IOException {
        discardPending(session);
        UploadedFile upload;
        try (InputStream content = file.getInputStream()) {
            upload = uploads.save(content, file.getOriginalFilename());
        } catch (ApiProblemException e) {
            response.setStatus(e.status().value());
            model.addAttribute("page", view(List.of(), null, 0, e.getMessage(), null, null));
            return "dataimport/import";
        }
        String name = upload.originalName();
        // The upload is deleted when this request ends, however it ends, unless it waits for a confirmation.
        boolean waits = false;
        try {
            ImportResponse stored = run(upload, kind, user, false);
            model.addAttribute("page", view(List.of(), null, 0, null, null, stored));
        } catch (ImportRejectedException e) {
            response.setStatus(422);
            model.addAttribute(
                    "page",
                    view(
                            e.report().issues().stream().map(IssueResponse::of).toList(),
                            name,
                            e.report().errorCount(),
                            null,
                            null,
                            null));
        } catch (ApiProblemException e) {
            if (e.code() == ErrorCode.YEAR_EXISTS) {
                // Kept for the confirmation step; nothing is stored until the person confirms.
                var pending = new PendingImport(
                        upload.path().toString(),
                        upload.originalName(),
                        upload.sha256(),
                        kind,
                        imports.heldYearsOf(upload, kind),
                        "county-inputs".equals(kind) || "teachers".equals(kind)
                                ? List.of()
                                : imports.rostersRemovedBy(upload));
                session.setAttribute(PENDING, pending);
                waits = true;
                response.setStatus(409);
                model.addAttribute("page", view(List.of(), null, 0, null, pending, null));
            } else {
                response.setStatus(e.status().value());
                model.addAttribute("page", view(List.of(), null, 0, e.getMessage(), null, null));
            }
        } finally {
            if (!waits) {
                upload.close();
            }
        }
        return "dataimport/import";
    }

    /** Replaces the years held with the waiting upload (the person confirmed), or drops it (cancelled). */
    @PostMapping("/import/confirm")
    String confirm(
            @RequestParam(defaultValue = "false") boolean replace,
            @AuthenticationPrincipal AccountDetails user,
            HttpSession session,
            HttpServletResponse response,
            Model model)
            throws IOException {
        PendingImport pending = pending(session);
        if (pending == null || !replace) {
            // Leaving the session deletes the waiting file (PendingImport is a session binding listener).
            session.removeAttribute(PENDING);
            return "redirect:/import";
        }
        try (UploadedFile upload = pending.file()) {
            model.addAttribute("page", view(List.of(), null, 0, null, null, run(upload, pending.kind(), user, true)));
        } catch (ApiProblemException e) {
            response.setStatus(e.status().value());
            model.addAttribute("page", view(List.of(), null, 0, e.getMessage(), null, null));
        } finally {
            session.removeAttribute(PENDING);
        }
        return "dataimport/import";
    }

    /** The Excel template of the school file, or of the teacher roster ({@code kind=teachers}), in the page's language. */
    @GetMapping("/import/template")
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "schools") String kind, Locale locale)
            throws IOException {
        var out = new ByteArrayOutputStream();
        boolean zh = "zh".equals(locale.getLanguage());
        String name;
        switch (kind) {
            case "schools" -> {
                SchoolTemplate.write(locale, out);
                name = zh ? "学校数据模板.xlsx" : "school-template.xlsx";
            }
            case "teachers" -> {
                TeacherTemplate.write(locale, out);
                name = zh ? "教师名册模板.xlsx" : "teacher-roster-template.xlsx";
            }
            default -> throw new IllegalArgumentException("kind is schools or teachers, got '" + kind + "'");
        }
        return Attachment.of(name, XLSX, out.toByteArray());
    }

    private ImportResponse run(UploadedFile upload, String kind, AccountDetails user, boolean replace) {
        return switch (kind) {
            case "county-inputs" -> imports.importCountyInputs(upload, user.getUsername(), replace);
            case "teachers" -> imports.importTeachers(upload, user.getUsername(), replace);
            default -> imports.importSchools(upload, user.getUsername(), replace);
        };
    }

    private ImportView view(
            List<IssueResponse> rejected,
            @Nullable String rejectedFile,
            long errorCount,
            @Nullable String problem,
            @Nullable PendingImport pending,
            @Nullable ImportResponse stored) {
        return new ImportView(rejected, rejectedFile, errorCount, problem, pending, stored, imports.all());
    }

    private static @Nullable PendingImport pending(HttpSession session) {
        return session.getAttribute(PENDING) instanceof PendingImport p ? p : null;
    }

    /** A new upload replaces a waiting one; leaving the session deletes the waiting file. */
    private static void discardPending(HttpSession session) {
        session.removeAttribute(PENDING);
    }
}

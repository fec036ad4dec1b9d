package vn.parcomms.sites;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.multipart.MultipartFile;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.shared.FieldViolation;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.files.FileStore;

/** What every upload to a site shares: only its writers upload, and the file store's refusals name the form's field. */
final class SiteUploads {

    private SiteUploads() {
    }

    static void checkWriter(AccessPolicy access, Site site) {
        if (!SiteManagement.canWrite(access.currentActor(), site.organizationPath())) {
            throw new AccessDeniedException(SiteActions.WRITE.code());
        }
    }

    /** Stores the upload (checked by content), with any refusal on {@code field}. */
    static FileStore.StoredFile store(FileStore files, MultipartFile upload, String field) {
        if (upload == null || upload.isEmpty()) {
            throw new InvalidInputException(field, "validation.required");
        }
        try {
            return files.store(upload);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.violations().stream()
                    .map(v -> new FieldViolation(field, v.messageKey(), v.arguments())).toList());
        }
    }
}

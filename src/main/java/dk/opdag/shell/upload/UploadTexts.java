package dk.opdag.shell.upload;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * The texts of Vaadin's upload component from our bundles, so the Danish UI never shows its built-in English
 * ("Upload File...", "Drop file here"). Call it for every {@link Upload}.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static Upload localise(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(upload, "upload.drop-one"))
                .setMany(t(upload, "upload.drop-many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(upload, "upload.add-one"))
                .setMany(t(upload, "upload.add-many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t(upload, "upload.error.too-many"))
                .setFileIsTooBig(t(upload, "upload.error.too-big"))
                .setIncorrectFileType(t(upload, "upload.error.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(upload, "upload.status.connecting"))
                        .setStalled(t(upload, "upload.status.stalled"))
                        .setProcessing(t(upload, "upload.status.processing"))
                        .setHeld(t(upload, "upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t(upload, "upload.remaining")).setUnknown(t(upload, "upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t(upload, "upload.error.server-unavailable"))
                        .setUnexpectedServerError(t(upload, "upload.error.server"))
                        .setForbidden(t(upload, "upload.error.forbidden"))
                        .setFileTooLarge(t(upload, "upload.error.too-big"))));
        i18n.setFile(new UploadI18N.File().setRetry(t(upload, "upload.file.retry"))
                .setStart(t(upload, "upload.file.start")).setRemove(t(upload, "upload.file.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        upload.setI18n(i18n);
        return upload;
    }

    private static String t(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}

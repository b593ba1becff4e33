package dk.opdag.lab.ui;

import dk.opdag.account.SignedInUser;
import dk.opdag.lab.LabCatalog;
import dk.opdag.lab.LabExperiment;
import dk.opdag.lab.LabService;
import dk.opdag.lab.LabWorkSource;
import dk.opdag.lab.SaveResult;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The last autosave when a page is closed or reloaded: the editor posts its unsaved workspace here with
 * {@code navigator.sendBeacon} (a normal Vaadin round trip cannot finish while the page goes away). Same rules as
 * every autosave: the signed-in pupil's own work only, revision-checked, refused when unusable. The session
 * cookie and Spring Security's CSRF token (sent as a form field) authenticate it.
 */
@RestController
class AutosaveBeacon {

    static final String PATH = "lab/autosave";

    private final LabService lab;
    private final LabCatalog catalog;
    private final List<LabWorkSource> otherWork;

    AutosaveBeacon(LabService lab, LabCatalog catalog, List<LabWorkSource> otherWork) {
        this.lab = lab;
        this.catalog = catalog;
        this.otherWork = otherWork;
    }

    @PostMapping("/" + PATH)
    ResponseEntity<Void> save(@AuthenticationPrincipal SignedInUser user, @RequestParam String experiment,
                              @RequestParam(defaultValue = "") String level, @RequestParam int revision,
                              @RequestParam String workspace) {
        if (user == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        // Saving needs only the work's id: free play's toolbox (which depends on the band) plays no part in it.
        LabExperiment found = catalog.freeWorld(experiment, dk.opdag.curriculum.model.GradeBand.B7_9, "")
                .or(() -> catalog.find(experiment, level))
                .or(() -> otherWork.stream().flatMap(source -> source.find(user, experiment).stream()).findFirst())
                .orElse(null);
        if (found == null) {
            return ResponseEntity.notFound().build();
        }
        SaveResult result = lab.save(user, found, revision, workspace);
        return switch (result) {
            case SaveResult.Saved s -> ResponseEntity.noContent().build();
            case SaveResult.Unchanged s -> ResponseEntity.noContent().build();
            case SaveResult.Conflict c -> ResponseEntity.status(HttpStatus.CONFLICT).build();
            case SaveResult.Refused r -> ResponseEntity.status(422).build();
            case SaveResult.NotStored n -> ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        };
    }
}

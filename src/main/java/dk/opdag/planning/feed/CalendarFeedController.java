package dk.opdag.planning.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /kalender/<token>.ics}: the class plan for a calendar app. Unknown and stopped tokens get 404, the same
 * answer as a page that never existed, so the address cannot be probed.
 */
@RestController
public class CalendarFeedController {

    public static final String PATH = "/kalender/";
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;

    public CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping(PATH + "{token}.ics")
    public ResponseEntity<String> feed(@PathVariable String token) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return feeds.calendar(token, base)
                .map(body -> ResponseEntity.ok().contentType(CALENDAR)
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                        .header("X-Robots-Tag", "noindex").body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}

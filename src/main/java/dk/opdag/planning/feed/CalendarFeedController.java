package dk.opdag.planning.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /kalender/<token>.ics}: the class plan (or, for a leader, the school's plan) for a calendar app. Unknown and stopped tokens get 404, the same
 * answer as a page that never existed, so the address cannot be probed. Links in the events point at
 * {@code opdag.public-url} (the address the school gives the app); without it the events carry no link, because
 * the request's own Host header is whatever the sender wrote.
 */
@RestController
public class CalendarFeedController {

    public static final String PATH = "/kalender/";
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;
    private final SchoolFeedService schoolFeeds;

    private final String publicUrl;

    public CalendarFeedController(CalendarFeedService feeds, SchoolFeedService schoolFeeds,
                                  @org.springframework.beans.factory.annotation.Value("${opdag.public-url:}")
                                  String publicUrl) {
        this.feeds = feeds;
        this.schoolFeeds = schoolFeeds;
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
    }

    @GetMapping(PATH + "{token}.ics")
    public ResponseEntity<String> feed(@PathVariable String token) {
        // A class plan (a teacher's address) or the whole school's plan (a leader's): the token says which.
        return feeds.calendar(token, publicUrl).or(() -> schoolFeeds.calendar(token, publicUrl))
                .map(body -> ResponseEntity.ok().contentType(CALENDAR)
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                        .header("X-Robots-Tag", "noindex").body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}

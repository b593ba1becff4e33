package dk.opdag.classroom.privacy;

import static dk.opdag.db.Tables.APP_USER;
import static dk.opdag.db.Tables.PUPIL_ENROLMENT;
import static dk.opdag.db.Tables.SCHOOL_YEAR;

import dk.opdag.account.AuditLog;
import dk.opdag.account.Role;
import dk.opdag.shell.privacy.PupilData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention (GDPR), once a day: a pupil whose last class ended more than {@code opdag.retention.pupils-after-leaving}
 * ago (default a year: time to hand over work and answer parents) is erased like {@link PupilDataService#erase};
 * audit entries older than {@code opdag.retention.audit-log} are deleted. {@code P0D} turns a rule off.
 */
@Component
public class PrivacyRetention {

    private static final Logger LOG = LoggerFactory.getLogger(PrivacyRetention.class);

    private final DSLContext dsl;
    private final List<PupilData> parts;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Period pupilsAfterLeaving;
    private final Period auditLog;
    private ScheduledExecutorService daily;

    public PrivacyRetention(DSLContext dsl, List<PupilData> parts, AuditLog audit,
                            PlatformTransactionManager transactions, Clock clock,
                            @Value("${opdag.retention.pupils-after-leaving:P1Y}") Period pupilsAfterLeaving,
                            @Value("${opdag.retention.audit-log:P3Y}") Period auditLog) {
        this.dsl = dsl;
        this.parts = parts;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.pupilsAfterLeaving = pupilsAfterLeaving;
        this.auditLog = auditLog;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startDaily() {
        daily = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "privacy-retention");
            t.setDaemon(true);
            return t;
        });
        daily.scheduleWithFixedDelay(() -> {
            try {
                run();
            } catch (RuntimeException e) {
                LOG.warn("Retention run failed; next try tomorrow", e);
            }
        }, 1, 24 * 60, TimeUnit.MINUTES);
    }

    /** One retention pass; returns how many pupils were erased. */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        int erased = 0;
        if (!pupilsAfterLeaving.isZero()) {
            LocalDate leftBefore = today.minus(pupilsAfterLeaving);
            OffsetDateTime createdBefore = OffsetDateTime.now(clock).minus(pupilsAfterLeaving);
            List<Long> gone = dsl.select(APP_USER.ID).from(APP_USER)
                    .where(APP_USER.ROLE.eq(Role.PUPIL.name()))
                    .and(APP_USER.CREATED_AT.lt(createdBefore))
                    .andNotExists(DSL.selectOne().from(PUPIL_ENROLMENT).join(SCHOOL_YEAR)
                            .on(SCHOOL_YEAR.ID.eq(PUPIL_ENROLMENT.SCHOOL_YEAR_ID))
                            .where(PUPIL_ENROLMENT.PUPIL_ID.eq(APP_USER.ID))
                            .and(SCHOOL_YEAR.ENDS_ON.ge(leftBefore)))
                    .fetch(APP_USER.ID);
            for (long pupil : gone) {
                tx.executeWithoutResult(status -> parts.forEach(p -> p.erase(pupil)));
                erased++;
            }
            if (erased > 0) {
                audit.record(null, "RETENTION", null, erased + " elever slettet efter opbevaringstiden");
                LOG.info("Retention: {} pupils erased (left more than {} ago)", erased, pupilsAfterLeaving);
            }
        }
        if (!auditLog.isZero()) {
            audit.deleteOlderThan(OffsetDateTime.now(clock).minus(auditLog));
        }
        return erased;
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (daily != null) {
            daily.shutdownNow();
        }
    }
}

package dk.opdag.account;

import static dk.opdag.db.Tables.APP_USER;
import static dk.opdag.db.Tables.AUDIT_LOG;

import dk.opdag.shell.privacy.PupilData;
import dk.opdag.shell.privacy.PupilExport;
import org.jooq.DSLContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The account's part, last: the pupil's name and login, and the audit log. On erasure the user row goes (name,
 * code, everything); audit entries stay as anonymous facts ("a login", "a code reset", at this time) with the pupil's
 * id and any detail removed, so the school can still see how the system was used.
 */
@Component
@Order(100)
public class AccountPupilData implements PupilData {

    private final DSLContext dsl;
    private final ThrottleRepository throttle;

    public AccountPupilData(DSLContext dsl, ThrottleRepository throttle) {
        this.dsl = dsl;
        this.throttle = throttle;
    }

    @Override
    public void export(long pupilId, PupilExport export) {
        export.section("Eleven");
        dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(pupilId)).and(APP_USER.ROLE.eq(Role.PUPIL.name()))
                .fetchOptional().ifPresent(u -> export
                        .line("Navn: " + u.getName() + (u.getInitial() == null ? "" : " " + u.getInitial() + "."))
                        .line("Oprettet: " + export.when(u.getCreatedAt()))
                        .line("Login-kode: findes (står på klassens login-kort; den udleveres ikke her)"));
        export.section("Log over login og handlinger om eleven");
        dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.SUBJECT_USER_ID.eq(pupilId).or(AUDIT_LOG.ACTOR_ID.eq(pupilId)))
                .orderBy(AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ID).forEach(a -> export.line(export.when(a.getOccurredAt())
                        + "  " + a.getAction() + (a.getDetail() == null ? "" : "  " + a.getDetail())));
    }

    @Override
    public void erase(long pupilId) {
        dsl.update(AUDIT_LOG).setNull(AUDIT_LOG.SUBJECT_USER_ID).setNull(AUDIT_LOG.DETAIL)
                .where(AUDIT_LOG.SUBJECT_USER_ID.eq(pupilId)).execute();
        dsl.update(AUDIT_LOG).setNull(AUDIT_LOG.ACTOR_ID).setNull(AUDIT_LOG.DETAIL)
                .where(AUDIT_LOG.ACTOR_ID.eq(pupilId)).execute();
        String key = LoginThrottle.pupilKey(pupilId);
        throttle.clear(key);
        throttle.clearAll(key + "|");
        throttle.forgetDevices(key);
        dsl.deleteFrom(APP_USER).where(APP_USER.ID.eq(pupilId)).and(APP_USER.ROLE.eq(Role.PUPIL.name())).execute();
    }
}

package dk.opdag.classroom;

import dk.opdag.account.Role;

/** A teacher or leader of a school, as the staff list shows them. */
public record StaffRow(long id, String name, String username, Role role) {
}

package dk.opdag.shell;

import java.util.Optional;

/**
 * Who is signed in, as the frame around the pages shows it. The account feature provides it, so the shell needs
 * none of its types (the menu itself follows the views' access annotations, see {@code MainLayout}).
 */
public interface SignedIn {

    /** The name shown in the header and the bundle key of the role's name; empty for a visitor. */
    record Badge(String displayName, String roleKey) {
    }

    Optional<Badge> badge();

    void logout();
}

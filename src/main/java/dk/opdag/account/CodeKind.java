package dk.opdag.account;

/** How the pupils of a class prove who they are: two pictures (the youngest) or two words and a digit. */
public enum CodeKind {
    PICTURE, WORDS
}

package dev.atrium.doc;

import java.util.List;

/** Who of the people mentioned will be told, and who cannot read the page (and so is not told). */
public record MentionAnswer(List<PersonName> notified, List<PersonName> cannotRead) {}

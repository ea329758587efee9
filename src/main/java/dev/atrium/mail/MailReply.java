package dev.atrium.mail;

/** Whether a reply goes to everyone the mail went to, not only its sender. */
public record MailReply(boolean all) {}

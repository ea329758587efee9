package dev.atrium.mail;

import java.util.UUID;

public record MailLabel(UUID id, String name, String color) {}
